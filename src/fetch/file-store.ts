import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFileAtomically } from '../atomic-write.js';

// Self-contained on purpose (node builtins + src/atomic-write.ts only): the crash test runs it in a child.

/** On-disk envelope; `key` guards against hash collisions and misplaced files. */
interface Envelope {
  key: string;
  value: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && 'key' in value && 'value' in value;
}

/**
 * A Keyv store on disk: one JSON file per key under `dir/ab/cd/<sha256>.json`, written atomically
 * (temp file, fsync, rename) so a crash mid-write leaves the old entry or none, never a torn one.
 * Unreadable or partial files read as a miss. Several processes may share the directory: each write
 * is a whole-file rename, so readers see one complete version and the last writer wins.
 */
export class FileStore extends EventEmitter {
  readonly opts: { dir: string };
  namespace?: string | undefined;

  constructor(dir: string) {
    super();
    this.opts = { dir };
  }

  /** Path of the file holding `key`. */
  pathFor(key: string): string {
    const hash = createHash('sha256').update(key).digest('hex');
    return join(this.opts.dir, hash.slice(0, 2), hash.slice(2, 4), `${hash}.json`);
  }

  async get(key: string): Promise<unknown> {
    let text: string;
    try {
      text = await readFile(this.pathFor(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return isEnvelope(parsed) && parsed.key === key ? parsed.value : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown): Promise<boolean> {
    const path = this.pathFor(key);
    await mkdir(join(path, '..'), { recursive: true });
    const envelope: Envelope = { key, value };
    await replaceFileAtomically(path, JSON.stringify(envelope));
    return true;
  }

  async delete(key: string): Promise<boolean> {
    const existed = (await this.get(key)) !== undefined;
    await rm(this.pathFor(key), { force: true });
    return existed;
  }

  /** Removes every entry (the hashed subfolders), leaving other files in the directory alone. */
  async clear(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.opts.dir);
    } catch {
      return;
    }
    const shards = names.filter((name) => /^[0-9a-f]{2}$/.test(name));
    await Promise.all(shards.map((name) => rm(join(this.opts.dir, name), { recursive: true, force: true })));
  }
}
