import type { Span } from '../masked-text.js';

// {% comment %}…{% endcomment %} (Liquid), {{/* … */}} (Hugo templates), {#  … #} (Nunjucks),
// {/* … */} (MDX/JSX comments).
const COMMENTS = /\{%-?\s*comment\s*-?%\}|\{\{-?\s*\/\*|\{#|\{\s*\/\*/g;

function closerFor(opener: string): RegExp {
  if (opener.startsWith('{%')) return /\{%-?\s*endcomment\s*-?%\}/g;
  if (opener === '{#') return /#\}/g;
  if (opener.startsWith('{{')) return /\*\/\s*-?\}\}/g;
  return /\*\/\s*\}/g;
}

/** Template-language comments in Markdown sources: never rendered. */
export function findTemplateComments(text: string): Span[] {
  const spans: Span[] = [];
  // Once a kind has no closer ahead, later openers of that kind cannot have one either.
  const exhausted = new Set<string>();
  COMMENTS.lastIndex = 0;
  for (let m = COMMENTS.exec(text); m !== null; m = COMMENTS.exec(text)) {
    const closer = closerFor(m[0]);
    const kind = closer.source;
    if (exhausted.has(kind)) continue;
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
