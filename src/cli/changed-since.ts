import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from './exit-code.js';

const run = promisify(execFile);

/**
 * Absolute paths of files changed (added, copied, modified, renamed) between `ref` and the working tree,
 * so a pull-request job checks only the articles it touches.
 */
export async function changedFilesSince(ref: string, cwd: string): Promise<Set<string>> {
  // A leading `-` would make git read the ref as an option (`-O/dev/zero` hangs it, `-R` swaps the sides).
  if (!/^[\w./~^@{}][\w./~^@{}-]*$/.test(ref)) {
    throw new UsageError(`--changed-since: "${ref}" is not a git ref`);
  }
  try {
    const { stdout: top } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    const root = top.trim();
    const { stdout } = await run(
      'git',
      ['diff', '--name-only', '--diff-filter=ACMR', '-z', '--end-of-options', ref, '--'],
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const { stdout: untracked } = await run('git', ['ls-files', '--others', '--exclude-standard', '-z'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    const names = `${stdout}${untracked}`.split('\0').filter(Boolean);
    return new Set(names.map((name) => path.resolve(root, name)));
  } catch (error) {
    const reason = error instanceof Error ? (error as { stderr?: string }).stderr || error.message : '';
    throw new UsageError(`--changed-since ${ref}: git failed: ${String(reason).trim()}`);
  }
}
