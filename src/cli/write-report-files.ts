import { randomBytes } from 'node:crypto';
import { chmod, type FileHandle, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './exit-code.js';

/** Chunks are written in batches of about this many characters. */
const WRITE_BATCH = 256 * 1024;

/** One report file to write: its final path and its text as chunks. */
export interface ReportFileJob {
  file: string;
  chunks: () => AsyncIterable<string>;
}

/**
 * Streams every report into a temp file beside its target (fsynced), then renames them all into place:
 * readers see the old file or the new one, never half of it, and a renderer that throws or a write that
 * fails leaves every previous report untouched (nothing is renamed until all are written). Write failures
 * (read-only dir, disk full) become an OutputError naming the file; renderer errors pass through as they are.
 * Temp files are removed whatever happens. Returns the paths written.
 */
export async function writeReportFiles(jobs: readonly ReportFileJob[]): Promise<string[]> {
  const temps = new Map<string, string>();
  try {
    for (const job of jobs) temps.set(job.file, await writeTemp(job));
    for (const job of jobs) {
      const temp = temps.get(job.file);
      if (temp === undefined) continue;
      await io(job.file, () => rename(temp, job.file));
      temps.delete(job.file);
    }
    return jobs.map((job) => job.file);
  } finally {
    await Promise.all([...temps.values()].map((temp) => rm(temp, { force: true })));
  }
}

/** The temp file a report is written to before its rename: `.<name>.<pid>.<random>.tmp` beside it. */
export function tempFileName(file: string, pid: number): string {
  return `.${path.basename(file)}.${pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** The process that made a temp file of this name for one of `names`, or undefined when it is not one. */
export function tempFileOwner(name: string, names: readonly string[]): number | undefined {
  const match = /^\.(.+)\.(\d{1,10})\.[0-9a-f]{12}\.tmp$/.exec(name);
  return match !== null && names.includes(match[1] as string) ? Number(match[2]) : undefined;
}

async function writeTemp(job: ReportFileJob): Promise<string> {
  const dir = path.dirname(job.file);
  const temp = path.join(dir, tempFileName(job.file, process.pid));
  await io(job.file, () => mkdir(dir, { recursive: true }));
  const handle = await io(job.file, () => open(temp, 'wx'));
  let done = false;
  try {
    let batch = '';
    for await (const chunk of job.chunks()) {
      batch += chunk;
      if (batch.length >= WRITE_BATCH) {
        await writeAll(job.file, handle, batch);
        batch = '';
      }
    }
    await writeAll(job.file, handle, batch);
    await io(job.file, () => keepMode(job.file, temp));
    await io(job.file, () => handle.sync());
    done = true;
    return temp;
  } finally {
    await handle.close().catch(() => undefined);
    if (!done) await rm(temp, { force: true });
  }
}

async function writeAll(file: string, handle: FileHandle, text: string): Promise<void> {
  // writeFile loops until every byte is written; a bare write() may stop short (a nearly full disk).
  if (text !== '') await io(file, () => handle.writeFile(text));
}

/** A report replaced keeps the permissions it had (as write-file-atomic does). */
async function keepMode(file: string, temp: string): Promise<void> {
  const previous = await stat(file).catch(() => null);
  if (previous?.isFile()) await chmod(temp, previous.mode & 0o7777);
}

async function io<T>(file: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OutputError(`cannot write ${file}: ${reason}`, { cause: error });
  }
}
