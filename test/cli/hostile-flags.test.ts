import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFilesSince } from '../../src/cli/changed-since.js';
import { UsageError } from '../../src/cli/exit-code.js';
import { readReportFile } from '../../src/cli/read-report-file.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

// These flags used to hang the run: each test has a short hang guard of its own.
const HANG_GUARD = 10_000;

function gitRepo(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git(
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@example.invalid',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    'start',
  );
}

describe('--changed-since', () => {
  it.each(['-O/dev/zero', '-R', '--output=/tmp/x', '-'])(
    'refuses %s, which git would read as an option',
    async (ref) => {
      const dir = await tempDir();
      gitRepo(dir);
      await expect(changedFilesSince(ref, dir)).rejects.toThrow(UsageError);
      await expect(changedFilesSince(ref, dir)).rejects.toThrow(`--changed-since: "${ref}" is not a git ref`);
    },
    HANG_GUARD,
  );

  it('still takes refs with dashes inside and ref expressions', async () => {
    const dir = await tempDir();
    gitRepo(dir);
    execFileSync('git', ['branch', 'feature-1'], { cwd: dir });
    await writeFile(path.join(dir, 'new.md'), 'x');
    for (const ref of ['feature-1', 'HEAD', 'HEAD~0', 'feature-1@{0}']) {
      expect(await changedFilesSince(ref, dir)).toEqual(new Set([path.join(dir, 'new.md')]));
    }
  });
});

describe('reports read back (--baseline, merge)', () => {
  it(
    'refuses a FIFO and a link to /dev/zero as a report instead of waiting on them',
    async () => {
      const dir = await tempDir();
      const fifo = path.join(dir, 'baseline.json');
      execFileSync('mkfifo', [fifo]);
      await symlink('/dev/zero', path.join(dir, 'zero.json'));
      await expect(readReportFile(fifo, '--baseline x')).rejects.toThrow(
        '--baseline x: not a regular file (a named pipe): not read',
      );
      await expect(readReportFile(path.join(dir, 'zero.json'), 'zero.json')).rejects.toThrow(
        'zero.json: not a regular file (a character device): not read',
      );
      const run = await runCli(
        ['verify', dir, '--offline', '--baseline', fifo, '--out', path.join(dir, 'out')],
        {
          cwd: dir,
        },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--baseline ${fifo}: not a regular file (a named pipe)`);
      const merge = await runCli(['merge', fifo, '--out', path.join(dir, 'out')], { cwd: dir });
      expect(merge.code).toBe(2);
      expect(merge.stderr).toContain(`${fifo}: not a regular file (a named pipe)`);
    },
    HANG_GUARD,
  );
});
