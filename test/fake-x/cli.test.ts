import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'dist-dev', 'dev', 'fake-x', 'cli.js');

/** Runs the built fake-x CLI (npm test builds first; run alone, `npm run build:dev` first). */
function fakeX(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build:dev first`);
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd, timeout: 20_000 }, (error, _stdout, stderr) => {
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr });
    });
  });
}

describe('fake-x with a bad --scenario', () => {
  it.each([
    [
      'a missing file',
      'nonexist.json',
      undefined,
      'fake-x: cannot read scenario nonexist.json: no such file',
    ],
    ['JSON cut short', 'cut.json', '{\n  "label": "x",\n}', 'fake-x: cut.json is not JSON at 3:1: Expected'],
    ['a JSON typo', 'typo.json', '{\n  "label": ,\n}', 'fake-x: typo.json is not JSON: Unexpected token'],
    [
      'an invalid scenario',
      'bad.json',
      '{"label": "x"}',
      'fake-x: bad.json is not a valid scenario: posts: ',
    ],
  ])('prints one line naming the file and the problem for %s, exit 2', async (_name, file, text, line) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fake-x-cli-'));
    if (text !== undefined) await writeFile(path.join(dir, file), text);
    const run = await fakeX(['--scenario', file], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(line);
  });
});
