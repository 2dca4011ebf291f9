import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { OutputError } from './exit-code.js';

/**
 * Writes a file via temp file + fsync + rename: readers see the old file or the new one, never half of it.
 * Failures (read-only dir, disk full) become an OutputError naming the file.
 */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, content, { encoding: 'utf8', fsync: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OutputError(`cannot write ${file}: ${reason}`, { cause: error });
  }
}
