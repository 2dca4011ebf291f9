import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFileAtomically } from '../../src/atomic-write.js';
import { GOOD_HTML } from '../hostile/article-files.js';
import { readOutputDir } from '../support/report-files.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

// Reports that cannot be written end the run with exit code 2 and a message naming the path, and the
// reports of the previous run stay exactly as they were. Runs are offline so nothing but output matters.

/** A work dir with one article and a complete previous run's reports in out/. */
async function previousRun() {
  const work = await tempDir();
  await writeFile(join(work, 'good.html'), GOOD_HTML);
  const args = (out: string) => [
    'verify',
    'good.html',
    '--offline',
    '--cache-dir',
    'cache',
    '--out',
    out,
    '--format',
    'json,md',
    '--no-progress',
    // Offline nothing can be checked: only the writing of reports decides the exit code here.
    '--max-unverifiable',
    '100%',
  ];
  const first = await runCli(args('out'), { cwd: work });
  expect(first.code, first.stderr).toBe(0);
  const before = await readOutputDir(join(work, 'out'));
  expect(before.reports.size).toBe(2);
  return { work, args, before };
}

async function expectUntouched(dir: string, before: Awaited<ReturnType<typeof readOutputDir>>) {
  const after = await readOutputDir(dir);
  expect(after.reports).toEqual(before.reports);
  expect(after.others).toEqual(before.others);
}

describe('verify when reports cannot be written', () => {
  it('exits 2 naming the path when --out is a regular file, and leaves the previous reports alone', async () => {
    // Tests run as root, where chmod 0555 does not stop writes; a file where a directory must be always fails.
    const { work, args, before } = await previousRun();
    const run = await runCli(args('out/citecheck.json'), { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^citecheck: cannot write .*out\/citecheck\.json/m);
    await expectUntouched(join(work, 'out'), before);
  });

  it('exits 2 naming the file when the disk refuses part of the write (file size limit), never renaming a truncated report into place', async () => {
    // `ulimit -f` gives what a nearly full disk gives: a short write, then EFBIG (ENOSPC on a full disk).
    const { work, args, before } = await previousRun();
    const run = await runCli(args('out'), { cwd: work, shellPrefix: 'ulimit -f 2;' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^citecheck: cannot write .*out\/citecheck\.json: .*EFBIG/m);
    await expectUntouched(join(work, 'out'), before);
  });
});

describe('replaceFileAtomically', () => {
  it('fails when the final rename fails, and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'citecheck.json');
    await mkdir(target); // a directory where the report goes: the temp write succeeds, the rename cannot
    await writeFile(join(target, 'keep.txt'), 'kept');
    const failure = await replaceFileAtomically(target, '{"new":true}').catch((error: unknown) => error);
    expect((failure as NodeJS.ErrnoException).code).toMatch(/^E(ISDIR|NOTEMPTY|EXIST|NOTDIR)$/);
    expect(await readdir(dir)).toEqual(['citecheck.json']);
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('replaces a file whole: the content read back is the new content, with no temp files beside it', async () => {
    const dir = await tempDir();
    const target = join(dir, 'citecheck.md');
    await writeFile(target, 'old');
    await replaceFileAtomically(target, 'new report');
    expect(await readFile(target, 'utf8')).toBe('new report');
    expect(await readdir(dir)).toEqual(['citecheck.md']);
  });
});
