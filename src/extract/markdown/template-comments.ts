import type { Span } from '../masked-text.js';

// {% comment %}…{% endcomment %} (Liquid), {{/* … */}} (Hugo templates), {#  … #} (Nunjucks).
const COMMENTS = /\{%-?\s*comment\s*-?%\}|\{\{-?\s*\/\*|\{#/g;

/** Template-language comments in Markdown sources: never rendered. */
export function findTemplateComments(text: string): Span[] {
  const spans: Span[] = [];
  // Once a kind has no closer ahead, later openers of that kind cannot have one either.
  const exhausted = new Set<string>();
  COMMENTS.lastIndex = 0;
  for (let m = COMMENTS.exec(text); m !== null; m = COMMENTS.exec(text)) {
    const kind = m[0].slice(0, 2);
    if (exhausted.has(kind)) continue;
    const closer = m[0].startsWith('{%')
      ? /\{%-?\s*endcomment\s*-?%\}/g
      : m[0] === '{#'
        ? /#\}/g
        : /\*\/\s*-?\}\}/g;
    closer.lastIndex = m.index + m[0].length;
    const close = closer.exec(text);
    if (!close) {
      exhausted.add(kind);
      continue;
    }
    const end = close.index + close[0].length;
    spans.push({ start: m.index, end });
    COMMENTS.lastIndex = end;
  }
  return spans;
}
