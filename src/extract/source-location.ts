import type { SourceLocation } from '../citation.js';

/** Maps UTF-16 indices of one text to line/column (1-based) and UTF-8 byte offsets. Built once per text. */
export type Locator = (index: number) => SourceLocation;

/** Builds a locator for `text`; each lookup is a binary search plus the bytes of one line prefix. */
export function createLocator(text: string): Locator {
  const lineStarts: number[] = [0];
  const lineBytes: number[] = [0];
  let bytes = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      bytes += utf8Length(text, lineStart, i + 1);
      lineStart = i + 1;
      lineStarts.push(lineStart);
      lineBytes.push(bytes);
    }
  }
  // Lookups come in document order; many citations on one long line (a run-on paragraph) would each
  // re-count the line's bytes from its start, so the count continues from the previous lookup.
  let lastLine = -1;
  let lastAt = 0;
  let lastBytes = 0;
  return (index) => {
    const at = Math.max(0, Math.min(index, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    const start = lineStarts[low] ?? 0;
    lastBytes =
      low === lastLine && at >= lastAt
        ? lastBytes + utf8Length(text, lastAt, at)
        : utf8Length(text, start, at);
    lastLine = low;
    lastAt = at;
    return { line: low + 1, column: at - start + 1, offset: (lineBytes[low] ?? 0) + lastBytes };
  };
}

/** UTF-8 byte length of text[from, to) without allocating; lone surrogates count as U+FFFD (3 bytes). */
export function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
