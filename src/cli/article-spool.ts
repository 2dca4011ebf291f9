import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleReport } from '../run-report.js';
import { OutputError } from './exit-code.js';

/** Articles up to this many bytes of JSON stay in memory; past it they go to a file. */
const DEFAULT_MEMORY_LIMIT = 4 * 1024 * 1024;
/** Once on disk, lines are written in batches of about this size. */
const WRITE_BATCH = 256 * 1024;

/**
 * A run's articles held for rendering once the run's totals are known: one JSON line per article, kept in
 * memory for a small run and spilled to a hidden file in the output directory past `memoryLimitBytes`,
 * so memory stays flat however large the site.
 */
export interface ArticleSpool {
  append(article: ArticleReport): Promise<void>;
  /** Writes out what is buffered; call once every article is in, before reading. */
  close(): Promise<void>;
  /** The articles in the order they were appended (read afresh on each call). */
  read(): AsyncIterable<ArticleReport>;
  /** Deletes the spool file, if one was made; safe to call more than once and after errors. */
  remove(): Promise<void>;
  /** The spool file's path once the spool has spilled to disk, else null. */
  readonly file: string | null;
}

export interface ArticleSpoolOptions {
  /** Bytes of JSON kept in memory before spilling to disk. Default 4 MiB. */
  memoryLimitBytes?: number;
}

/** The name of a spool file made by process `pid`: `.citecheck-spool-<pid>-<random>.ndjson`. */
export function spoolFileName(pid: number): string {
  return `.citecheck-spool-${pid}-${randomBytes(6).toString('hex')}.ndjson`;
}

/** The process that made a spool file of this name, or undefined when the name is not a spool's. */
export function spoolOwner(name: string): number | undefined {
  const match = /^\.citecheck-spool-(\d{1,10})-[0-9a-f]{12}\.ndjson$/.exec(name);
  return match === null ? undefined : Number(match[1]);
}

/** A spool whose file, if it needs one, is `<dir>/.citecheck-spool-<pid>-<random>.ndjson`. */
export function createArticleSpool(dir: string, options: ArticleSpoolOptions = {}): ArticleSpool {
  const memoryLimit = options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT;
  const file = path.join(dir, spoolFileName(process.pid));
  let pending: string[] = [];
  let pendingBytes = 0;
  let handle: FileHandle | null = null;
  let spilled = false;

  async function flush(): Promise<void> {
    try {
      if (!spilled) {
        spilled = true;
        await mkdir(dir, { recursive: true });
        handle = await open(file, 'wx');
      }
      if (handle !== null && pending.length > 0) await handle.writeFile(pending.join(''));
    } catch (error) {
      throw new OutputError(
        `cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
    pending = [];
    pendingBytes = 0;
  }

  return {
    get file() {
      return spilled ? file : null;
    },
    async append(article) {
      const line = `${JSON.stringify(article)}\n`;
      pending.push(line);
      pendingBytes += line.length;
      if (pendingBytes >= (spilled ? WRITE_BATCH : memoryLimit)) await flush();
    },
    async close() {
      if (spilled) await flush();
      const open = handle;
      handle = null;
      await open?.close();
    },
    async *read() {
      const lines = spilled ? readLines(file) : pending;
      for await (const line of lines) {
        if (line !== '') yield JSON.parse(line) as ArticleReport;
      }
    },
    async remove() {
      const open = handle;
      handle = null;
      await open?.close().catch(() => undefined);
      if (spilled) await rm(file, { force: true });
    },
  };
}

/** Lines of a file, split on `\n` only (JSON escapes every other line break a string may hold). */
function readLines(file: string): AsyncGenerator<string> {
  return splitLines(createReadStream(file, { encoding: 'utf8' }));
}

/**
 * Lines of a stream of text chunks. A line's pieces are joined once, when its end arrives: re-joining and
 * re-splitting the growing line at every chunk made one 40 MB article cost minutes and gigabytes.
 */
export async function* splitLines(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  let pieces: string[] = [];
  for await (const raw of chunks) {
    const chunk = String(raw);
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      pieces.push(chunk.slice(start, end));
      yield pieces.join('');
      pieces = [];
      start = end + 1;
    }
    if (start < chunk.length) pieces.push(chunk.slice(start));
  }
  if (pieces.length > 0) yield pieces.join('');
}
