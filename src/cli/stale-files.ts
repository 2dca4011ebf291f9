import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { REPORT_FILE_NAMES } from '../report/index.js';
import { spoolOwner } from './article-spool.js';
import { tempFileOwner } from './write-report-files.js';

/** A file of a process that is gone is left this long (a run on another machine sharing the folder). */
const DEAD_OWNER_AGE_MS = 60_000;
/** A file this old is stale whoever made it (a pid reused, another container's pid namespace). */
const ANY_OWNER_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes spool and report temp files that a killed run (kill -9, OOM, a CI timeout) left in `dir`, and
 * returns their names. Only files named exactly as citecheck names them, regular files (never a link), and
 * only stale ones: their process is not running and they were not touched for a minute, or a day has passed.
 * Best effort: a file that cannot be removed is left for the next run.
 */
export async function removeStaleFiles(dir: string, now = Date.now()): Promise<string[]> {
  const reportNames = Object.values(REPORT_FILE_NAMES);
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [])) {
    const owner = spoolOwner(name) ?? tempFileOwner(name, reportNames);
    if (owner === undefined || owner === process.pid) continue;
    const file = path.join(dir, name);
    const info = await lstat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    const age = now - info.mtimeMs;
    const stale = age > ANY_OWNER_AGE_MS || (age > DEAD_OWNER_AGE_MS && !isRunning(owner));
    if (
      stale &&
      (await rm(file).then(
        () => true,
        () => false,
      ))
    )
      removed.push(name);
  }
  return removed.sort();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
