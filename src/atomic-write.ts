import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces `file` via a temp file in the same directory + fsync + rename, so readers (and a process killed
 * mid-write) see the old content or the new, never part of it. The temp file is removed on failure.
 * Used for reports and cache entries alike. Throws the underlying error (ENOSPC, EFBIG, EACCES…).
 */
export async function replaceFileAtomically(file: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // FileHandle.writeFile loops until every byte is written; a single write() may stop short on a nearly
    // full disk, and renaming that into place would publish a truncated file.
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
    throw error;
  }
}
