import type { Span } from '../masked-text.js';

// `// …` and `/* … */` opening a line of a React/Next.js page source (.tsx/.jsx). Only at a line's start:
// "https://…" inside a string or JSX text is not a comment.
const LINE_COMMENT = /^[ \t]*\/\/[^\n]*/gm;
const BLOCK_COMMENT_OPEN = /^[ \t]*\/\*/gm;

/** Comments of a JavaScript/TypeScript page source: never rendered. */
export function findScriptComments(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(LINE_COMMENT)) spans.push({ start: m.index, end: m.index + m[0].length });
  BLOCK_COMMENT_OPEN.lastIndex = 0;
  for (let m = BLOCK_COMMENT_OPEN.exec(text); m !== null; m = BLOCK_COMMENT_OPEN.exec(text)) {
    const close = text.indexOf('*/', m.index + m[0].length);
    const end = close === -1 ? text.length : close + 2;
    spans.push({ start: m.index, end });
    BLOCK_COMMENT_OPEN.lastIndex = end;
  }
  return spans;
}
