import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Reads a file only if, once opened (links resolved), it is a regular file, and never more than `maxBytes`:
 * a link to /dev/zero, a FIFO or a socket gets a reason instead of a read that never ends. The checks are made
 * on the open handle, so the path cannot be swapped between check and read; O_NONBLOCK keeps the open of a
 * FIFO with no writer from blocking. Returns the bytes, or why they were not read.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Uint8Array | string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return `not a regular file (${fileKind(info)}): not read`;
    const tooBig = (size: number) => `file is ${size} bytes, above the ${maxBytes}-byte input limit`;
    if (info.size > maxBytes) return tooBig(info.size);
    // Read to the cap whatever stat said: a file may grow, and some (procfs) report size 0.
    let target = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === target.length) {
        if (length > maxBytes) return tooBig(length);
        const grown = Buffer.alloc(Math.min(maxBytes + 1, target.length * 2));
        target.copy(grown, 0, 0, length);
        target = grown;
      }
      const { bytesRead } = await handle.read(target, length, target.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return tooBig(length);
    return target.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** What a non-regular file is, for the message naming it. */
export function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'another kind of file';
}
