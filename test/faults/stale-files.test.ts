import { spawnSync } from 'node:child_process';
import { readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spoolFileName } from '../../src/cli/article-spool.js';
import { removeStaleFiles } from '../../src/cli/stale-files.js';
import { tempFileName } from '../../src/cli/write-report-files.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

/** The pid of a process that has exited (a kill -9'd run's, as far as its files can tell). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

const MINUTE = 60_000;

async function put(dir: string, name: string, ageMs: number): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, 'left by a killed run');
  const when = (Date.now() - ageMs) / 1000;
  await utimes(file, when, when);
  return name;
}

/** What killed runs leave, and what must survive: others' files, live runs' files, fresh files, links. */
async function leftovers(dir: string) {
  const dead = deadPid();
  const stale = [
    await put(dir, spoolFileName(dead), 2 * MINUTE),
    await put(dir, tempFileName('citecheck.html', dead), 2 * MINUTE),
    await put(dir, tempFileName('citecheck.junit.xml', dead), 2 * MINUTE),
    // Whoever made it, a day-old one is stale (a reused pid, another container's namespace).
    await put(dir, spoolFileName(process.pid + 1_000_000), 25 * 60 * MINUTE),
  ];
  const kept = [
    await put(dir, spoolFileName(process.pid), 2 * MINUTE), // a live run's (this test runner's)
    await put(dir, spoolFileName(dead), 5_000), // fresh: a run elsewhere may still own it
    await put(dir, tempFileName('notes.md', dead), 2 * MINUTE), // not one of our reports
    await put(dir, `.citecheck-spool-${dead}-zz.ndjson`, 2 * MINUTE), // not quite our name
    await put(dir, 'draft.tmp', 2 * MINUTE),
  ];
  const link = tempFileName('citecheck.md', dead);
  await symlink(path.join(dir, 'draft.tmp'), path.join(dir, link));
  kept.push(link);
  return { stale, kept };
}

describe('stale spool and temp files of killed runs', () => {
  it('removes only ours, only stale ones, and never follows a link', async () => {
    const dir = await tempDir();
    const { stale, kept } = await leftovers(dir);
    expect(await removeStaleFiles(dir)).toEqual([...stale].sort());
    expect((await readdir(dir)).sort()).toEqual([...kept].sort());
    expect(await removeStaleFiles(path.join(dir, 'missing'))).toEqual([]);
  });

  it('the next verify run removes them from its --out folder', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'out');
    await runCli(['verify', 'none.md', '--out', out, '--format', 'json'], { cwd: dir }).then((run) =>
      expect(run.code).toBe(1),
    );
    const { stale, kept } = await leftovers(out);
    await writeFile(path.join(dir, 'post.md'), 'nothing cited');
    const run = await runCli(['verify', 'post.md', '--offline', '--out', out, '--format', 'json'], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    const left = await readdir(out);
    for (const name of stale) expect(left).not.toContain(name);
    expect(left.sort()).toEqual(['citecheck.json', ...kept].sort());
  });
});
