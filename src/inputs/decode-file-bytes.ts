/** The text of a file, or why it is not a readable text file. */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Decodes bytes as UTF-8 (BOM stripped) or as UTF-16 LE/BE when a BOM says so. NUL bytes mean binary
 * content; bytes that are not valid UTF-8 are reported, never replaced silently.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, message: 'binary content (NUL bytes): not a text file' };
  return decodeWith('utf-8', body);
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    if (encoding !== 'utf-8' && text.includes('\u0000')) {
      return { ok: false, message: 'binary content (NUL characters): not a text file' };
    }
    return { ok: true, text };
  } catch {
    return { ok: false, message: `not valid ${encoding.toUpperCase()} text` };
  }
}
