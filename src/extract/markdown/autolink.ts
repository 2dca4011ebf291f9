import type { Span } from '../masked-text.js';

const AUTOLINK = /<(https?:\/\/[^\s<>]{1,2000})>/gi;

/**
 * The angle brackets of Markdown autolinks (`<https://x.com/a/status/1>`). Masking just the brackets keeps
 * the URL as plain prose, so an HTML parser does not mistake it for a tag.
 */
export function findAutolinkBrackets(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(AUTOLINK)) {
    spans.push({ start: m.index, end: m.index + 1 });
    spans.push({ start: m.index + m[0].length - 1, end: m.index + m[0].length });
  }
  return spans;
}
