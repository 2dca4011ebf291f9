import type { SourceLocation } from '../citation.js';

/**
 * Maps a citation's location (1-based line, UTF-16 column) to a UTF-16 index of `text`, or null when out of
 * range. Line starts are found once, so an article with thousands of citations stays linear.
 */
export function createIndexOfLocation(text: string): (location: SourceLocation) => number | null {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return (location) => {
    const lineStart = lineStarts[location.line - 1];
    if (lineStart === undefined) return null;
    const index = lineStart + location.column - 1;
    return index <= text.length ? index : null;
  };
}

// Lines are read at most this far: an edit's neighbourhood is small, and a huge one-line file stays linear.
const MAX_LINE = 100_000;

/** Index of the end of the line holding `index` (before its `\r\n` or `\n`), read at most MAX_LINE ahead. */
export function lineEndAt(text: string, index: number): number {
  const limit = Math.min(text.length, index + MAX_LINE);
  const found = text.slice(index, limit).indexOf('\n');
  if (found === -1) return limit;
  const newline = index + found;
  return newline > index && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}

/** The file's own line ending: CRLF when its first line ends so, else LF. Inserted lines use it. */
export function lineEndingOf(text: string): '\r\n' | '\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}
