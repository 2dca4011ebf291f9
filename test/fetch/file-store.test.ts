import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../src/fetch/file-store.js';
import { tempDir } from '../support/temp-dir.js';

const here = dirname(fileURLToPath(import.meta.url));
const KEYS = Array.from({ length: 12 }, (_, i) => `key-${i}`);
const PAYLOAD = 'x'.repeat(64 * 1024);

/** Writers store `key|writer|n|payload|end`: a torn or mixed write fails this check. */
function isValidValue(key: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const parts = value.split('|');
  return parts.length === 5 && parts[0] === key && parts[3] === PAYLOAD && parts[4] === 'end';
}

/**
 * Builds a child-process script that runs the real src/fetch/file-store.ts (transpiled; it is
 * self-contained) and writes entries in a loop, printing "ready" once every key has been written.
 */
async function buildWriterScript(dir: string): Promise<string> {
  // Transpile the store and its one local import, src/atomic-write.ts, side by side.
  const transpile = async (file: string) =>
    ts.transpileModule(await readFile(join(here, '../../src', file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
  await writeFile(join(dir, 'atomic-write.mjs'), await transpile('atomic-write.ts'));
  await writeFile(
    join(dir, 'file-store.mjs'),
    (await transpile('fetch/file-store.ts')).replace(
      `from '../atomic-write.js'`,
      `from './atomic-write.mjs'`,
    ),
  );
  const writer = `
    import { FileStore } from './file-store.mjs';
    const [cacheDir, name, rounds] = process.argv.slice(2);
    const keys = ${JSON.stringify(KEYS)};
    const payload = 'x'.repeat(${PAYLOAD.length});
    const store = new FileStore(cacheDir);
    for (let n = 0; rounds === 'forever' || n < Number(rounds); n++) {
      const key = keys[n % keys.length];
      await store.set(key, key + '|' + name + '|' + n + '|' + payload + '|end');
      if (n === keys.length) process.stdout.write('ready\\n');
    }
  `;
  const path = join(dir, 'writer.mjs');
  await writeFile(path, writer);
  return path;
}

function startWriter(script: string, cacheDir: string, name: string, rounds: string): ChildProcess {
  return spawn(process.execPath, [script, cacheDir, name, rounds], { stdio: ['ignore', 'pipe', 'inherit'] });
}

function once(child: ChildProcess, event: 'ready' | 'exit'): Promise<void> {
  return new Promise((resolve) => {
    if (event === 'exit') {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    } else {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
    }
  });
}

describe('FileStore', () => {
  it('round-trips values and reports a miss for keys never written', async () => {
    const store = new FileStore(await tempDir());
    await store.set('a', { nested: [1, 2] });
    expect(await store.get('a')).toEqual({ nested: [1, 2] });
    expect(await store.get('b')).toBeUndefined();
    expect(await store.delete('a')).toBe(true);
    expect(await store.get('a')).toBeUndefined();
  });

  it('reads a truncated or foreign file as a miss', async () => {
    const dir = await tempDir();
    const store = new FileStore(dir);
    const path = store.pathFor('torn');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, '{"key":"torn","value":"half');
    expect(await store.get('torn')).toBeUndefined();
    await writeFile(path, JSON.stringify({ key: 'another-key', value: 'x' }));
    expect(await store.get('torn')).toBeUndefined();
  });

  it('keeps every entry complete (old or new version) when the writer is killed with SIGKILL mid-write', async () => {
    const dir = await tempDir();
    const cacheDir = join(dir, 'cache');
    const script = await buildWriterScript(dir);
    for (let kill = 0; kill < 5; kill++) {
      const child = startWriter(script, cacheDir, `run${kill}`, 'forever');
      await once(child, 'ready');
      // let it get well into a write of its 64 KiB entries before pulling the plug
      await new Promise((resolve) => setTimeout(resolve, 15 + kill * 10));
      child.kill('SIGKILL');
      await once(child, 'exit');
      expect(child.signalCode).toBe('SIGKILL');
    }
    const store = new FileStore(cacheDir);
    const values = await Promise.all(KEYS.map((key) => store.get(key)));
    // every key was written before the first kill, so a write cut short must have left the previous version
    expect(values.every((value, i) => isValidValue(KEYS[i] as string, value))).toBe(true);
  });

  it('stays consistent when two processes write the same keys while a third reads them', async () => {
    const dir = await tempDir();
    const cacheDir = join(dir, 'cache');
    const script = await buildWriterScript(dir);
    const reader = new FileStore(cacheDir);
    for (const key of KEYS) await reader.set(key, `${key}|parent|0|${PAYLOAD}|end`);
    const writers = ['alpha', 'beta'].map((name) => startWriter(script, cacheDir, name, '40'));
    const seen: Array<{ key: string; value: unknown }> = [];
    let running = true;
    const exited = Promise.all(writers.map((child) => once(child, 'exit'))).then(() => {
      running = false;
    });
    while (running) {
      for (const key of KEYS) seen.push({ key, value: await reader.get(key) });
    }
    await exited;
    // a reader never catches a file half-written: every read is a complete entry
    expect(seen.filter(({ key, value }) => !isValidValue(key, value))).toEqual([]);
    expect(writers.every((child) => child.exitCode === 0)).toBe(true);
    const finals = await Promise.all(KEYS.map((key) => reader.get(key)));
    expect(finals.every((value, i) => isValidValue(KEYS[i] as string, value))).toBe(true);
    const writersSeen = new Set(finals.map((value) => String(value).split('|')[1]));
    expect([...writersSeen].every((name) => name === 'alpha' || name === 'beta')).toBe(true);
    expect(seen.length).toBeGreaterThan(KEYS.length);
  });
});
