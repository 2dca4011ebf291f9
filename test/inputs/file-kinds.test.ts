import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type InputResult, listInputs, readInputs, readRegularFile } from '../../src/inputs/index.js';
import { tempDir } from '../support/temp-dir.js';

// A read that never ends is the bug these guard against: each test has a short hang guard of its own.
const HANG_GUARD = 5_000;

async function collect(iterable: AsyncIterable<InputResult>): Promise<InputResult[]> {
  const out: InputResult[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function put(dir: string, relative: string, content = 'x'): Promise<string> {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

describe('inputs are read only if they are regular files (after resolving links)', () => {
  it(
    'refuses a symlink to /dev/zero matched by a glob, by name and in a folder, without reading it',
    async () => {
      const dir = await tempDir();
      await put(dir, 'posts/good.md', 'See https://x.com/a/status/20');
      await symlink('/dev/zero', path.join(dir, 'posts/zero.md'));
      for (const spec of ['posts/*.md', 'posts', 'posts/zero.md']) {
        const results = await collect(readInputs([spec], { cwd: dir }));
        expect(results, spec).toContainEqual({
          kind: 'error',
          source: 'posts/zero.md',
          message: 'not a regular file (a character device): not read',
        });
        if (spec !== 'posts/zero.md') expect(results.filter((r) => r.kind === 'document')).toHaveLength(1);
      }
    },
    HANG_GUARD,
  );

  it(
    'refuses a named pipe without waiting for a writer (by name: the open itself must not block)',
    async () => {
      const dir = await tempDir();
      const fifo = path.join(dir, 'pipe.md');
      execFileSync('mkfifo', [fifo]);
      expect(await readRegularFile(fifo, 1024)).toBe('not a regular file (a named pipe): not read');
      const results = await collect(readInputs(['pipe.md'], { cwd: dir }));
      expect(results).toEqual([
        { kind: 'error', source: 'pipe.md', message: 'not a regular file (a named pipe): not read' },
      ]);
    },
    HANG_GUARD,
  );

  it('reads through the size cap even when stat says less (a file that grows, /proc)', async () => {
    expect(await readRegularFile('/proc/self/status', 16)).toMatch(/above the 16-byte input limit/);
    const dir = await tempDir();
    const file = await put(dir, 'a.md', 'abc');
    expect(Buffer.from((await readRegularFile(file, 3)) as Uint8Array).toString()).toBe('abc');
    expect(await readRegularFile(file, 2)).toMatch(/above the 2-byte input limit/);
  });

  it('caps stdin too', async () => {
    const results = await collect(
      readInputs(['-'], { cwd: '/', stdin: Readable.from(['x'.repeat(64)]), maxBytes: 16 }),
    );
    expect(results).toEqual([
      { kind: 'error', source: '-', message: 'stdin is above the 16-byte input limit' },
    ]);
  });
});

describe('symbolic links', () => {
  it('a glob through a symlink loop lists each real file once, under its shortest name', async () => {
    const dir = await tempDir();
    const article = await put(dir, 'a/post.md');
    await symlink('.', path.join(dir, 'a', 'loop'));
    expect(await listInputs(['a/**/*.md'], { cwd: dir })).toEqual([article]);
  });

  it('a folder walk reads symlinked articles and enters a linked folder once, loops included', async () => {
    const dir = await tempDir();
    const target = await put(dir, 'elsewhere/real.md');
    const linkedDir = await put(dir, 'shared-notes/note.md');
    await mkdir(path.join(dir, 'site'));
    await symlink(target, path.join(dir, 'site', 'linked.md'));
    await symlink(path.dirname(linkedDir), path.join(dir, 'site', 'notes'));
    await symlink('.', path.join(dir, 'site', 'notes-loop'));
    await symlink(path.join(dir, 'nowhere.md'), path.join(dir, 'site', 'broken.md'));
    const results = await collect(readInputs(['site'], { cwd: dir }));
    expect(results.map((r) => [r.kind, r.source, r.kind === 'error' ? r.message : ''])).toEqual([
      ['document', 'site/linked.md', ''],
      ['document', 'site/notes/note.md', ''],
      ['error', 'site/broken.md', 'broken symbolic link: not read'],
    ]);
  });
});

describe("the run's own output is never an input", () => {
  it('skips the excluded folders in a walk and a glob, and refuses a file in them named directly', async () => {
    const dir = await tempDir();
    const article = await put(dir, 'post.md');
    await put(dir, 'reports/citecheck.md');
    await put(dir, 'reports/citecheck.html');
    await put(dir, 'cache/entry.txt');
    const exclude = [path.join(dir, 'reports'), path.join(dir, 'cache')];
    expect(await listInputs(['.'], { cwd: dir, exclude })).toEqual([article]);
    expect(await listInputs(['**/*.{md,html,txt}'], { cwd: dir, exclude })).toEqual([article]);
    const named = await collect(readInputs(['reports/citecheck.md', 'reports'], { cwd: dir, exclude }));
    expect(named.map((r) => [r.kind, r.source])).toEqual([
      ['error', 'reports/citecheck.md'],
      ['error', 'reports'],
    ]);
    // Through a link the real folder is still recognised.
    await symlink(path.join(dir, 'reports'), path.join(dir, 'out-link'));
    expect(await listInputs(['.'], { cwd: dir, exclude: [path.join(dir, 'out-link')] })).toEqual([
      path.join(dir, 'cache/entry.txt'),
      article,
    ]);
  });
});
