import type { Span } from '../masked-text.js';

/** The YAML (`---`) or TOML (`+++`) front matter block at the very start of a Markdown file, if any. */
export function findFrontMatter(text: string): Span | undefined {
  const open = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open?.[1]) return undefined;
  const fence = open[1];
  const closer = new RegExp(`^(?:${fence === '---' ? '---|\\.\\.\\.' : '\\+\\+\\+'})[ \\t]*$`, 'gm');
  closer.lastIndex = open[0].length;
  const close = closer.exec(text);
  if (!close) return undefined;
  return { start: 0, end: close.index + close[0].length };
}
