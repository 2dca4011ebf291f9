import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from './exit-code.js';

/**
 * Writes a file via temp file + fsync + rename: readers see the old file or the new one, never half of it.
 * Failures (read-only dir, disk full) become an OutputError naming the file, and the temp file is removed.
 */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // FileHandle.writeFile loops until every byte is written. write-file-atomic issues one write() and
    // ignores a short count, so a nearly full disk renamed a truncated report into place.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new OutputError(`cannot write ${file}: ${reason}`, { cause: error });
  }
}
