import type { SourceLocation } from '../citation.js';

/** UTF-16 index of a citation's location (1-based line and UTF-16 column) in `text`, or null if out of range. */
export function indexOfLocation(text: string, location: SourceLocation): number | null {
  let lineStart = 0;
  for (let line = 1; line < location.line; line++) {
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) return null;
    lineStart = newline + 1;
  }
  const index = lineStart + location.column - 1;
  return index <= text.length ? index : null;
}

/** Index of the end of the line holding `index` (before its `\r\n` or `\n`). */
export function lineEndAt(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  if (newline === -1) return text.length;
  return text.charCodeAt(newline - 1) === 13 && newline - 1 >= index ? newline - 1 : newline;
}

/** The file's own line ending: CRLF when its first line ends so, else LF. Inserted lines use it. */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}

/** 1-based line number of `index`. */
export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
