/** One source line: [start, end) in UTF-16 units, without its newline. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Splits text into lines, keeping each line's source offsets (a trailing `\r` stays in `text`). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}
