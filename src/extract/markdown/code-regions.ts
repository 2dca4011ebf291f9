import type { Span } from '../masked-text.js';
import { splitLines } from '../text/lines.js';

const FENCE_OPEN = /^ {0,3}(?:>[ \t]?){0,8}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/;
// MkDocs/Material admonitions (`!!! note`, `??? tip`): their body is indented content, like a list item's.
// Content tabs (`=== "Tab"`) work the same way.
const ADMONITION = /^\s{0,3}(?:!!!|\?\?\?\+?|===\+?)\s/;
// Raw HTML containers: kramdown (Jekyll) and most renderers keep what is inside them as HTML, indented or not.
// Counted only on lines that start with such a tag, CommonMark's rule for where an HTML block begins (a
// `<div>` mentioned in prose or inline code opens nothing).
const CONTAINER_TAG =
  /<(\/?)(?:div|section|figure|article|aside|details|center|table|main|header|footer|blockquote)\b/gi;
const CONTAINER_LINE =
  /^ {0,3}<\/?(?:div|section|figure|article|aside|details|center|table|main|header|footer|blockquote)\b/i;

function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * Code in Markdown, which shows embed markup as text instead of rendering it: fenced blocks (``` and ~~~,
 * an unclosed fence runs to the end), indented blocks (not inside lists, admonitions or raw HTML
 * containers, and never in MDX), and inline code spans.
 */
export function findCodeRegions(text: string, options: { indentedCode?: boolean } = {}): Span[] {
  // MDX has no indented code blocks: indentation there is JSX layout.
  const indentedCode = options.indentedCode ?? true;
  let htmlDepth = 0;
  const spans: Span[] = [];
  const lines = splitLines(text);
  let fence: { marker: string; length: number; start: number } | undefined;
  let previousBlank = true;
  let inList = false;
  let indented: Span | undefined;
  let prose: Span | undefined;
  const closeProse = (at: number) => {
    if (prose) spans.push(...findInlineCode(text, prose.start, at));
    prose = undefined;
  };
  for (const line of lines) {
    const blank = line.text.trim().length === 0;
    if (fence) {
      const close = FENCE_OPEN.exec(line.text);
      const marker = close?.[1];
      if (
        marker?.[0] === fence.marker &&
        marker.length >= fence.length &&
        line.text.trim().endsWith(marker)
      ) {
        spans.push({ start: fence.start, end: line.end });
        fence = undefined;
      }
      continue;
    }
    if (indented) {
      if (blank || indentWidth(line.text) >= 4) {
        if (!blank) indented.end = line.end;
        continue;
      }
      spans.push(indented);
      indented = undefined;
    }
    const open = FENCE_OPEN.exec(line.text)?.[1];
    if (open && !(open[0] === '`' && line.text.slice(line.text.indexOf(open) + open.length).includes('`'))) {
      closeProse(line.start);
      fence = { marker: open[0] ?? '`', length: open.length, start: line.start };
      continue;
    }
    if (!blank) {
      const width = indentWidth(line.text);
      if (indentedCode && width >= 4 && previousBlank && !inList && htmlDepth === 0) {
        closeProse(line.start);
        indented = { start: line.start, end: line.end };
        previousBlank = false;
        continue;
      }
      if (CONTAINER_LINE.test(line.text)) {
        for (const tag of line.text.slice(0, 10_000).matchAll(CONTAINER_TAG)) {
          htmlDepth = Math.max(0, htmlDepth + (tag[1] === '/' ? -1 : 1));
        }
      }
      if (LIST_ITEM.test(line.text) || ADMONITION.test(line.text)) inList = true;
      else if (width < 2 && previousBlank) inList = false;
      prose ??= { start: line.start, end: line.end };
    } else {
      closeProse(line.start);
    }
    previousBlank = blank;
  }
  closeProse(text.length);
  if (fence) spans.push({ start: fence.start, end: text.length });
  if (indented) spans.push(indented);
  return spans;
}

/** Inline code spans in one paragraph: a backtick run closed by the next run of the same length. */
function findInlineCode(text: string, from: number, to: number): Span[] {
  const runs: { start: number; length: number }[] = [];
  const backticks = /`+/g;
  backticks.lastIndex = from;
  for (let m = backticks.exec(text); m !== null && m.index < to; m = backticks.exec(text)) {
    if (m.index > 0 && text.charAt(m.index - 1) === '\\') continue;
    runs.push({ start: m.index, length: m[0].length });
  }
  // For each run length, the runs still ahead of the cursor, so every run is looked at a bounded number of times.
  const ahead = new Map<number, number[]>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const length = runs[i]?.length ?? 0;
    const list = ahead.get(length) ?? [];
    list.push(i);
    ahead.set(length, list);
  }
  const spans: Span[] = [];
  let i = 0;
  while (i < runs.length) {
    const run = runs[i] as { start: number; length: number };
    const same = ahead.get(run.length) ?? [];
    while (same.length > 0 && (same[same.length - 1] ?? 0) <= i) same.pop();
    const closeIndex = same[same.length - 1];
    if (closeIndex === undefined) {
      i++;
      continue;
    }
    const close = runs[closeIndex] as { start: number; length: number };
    spans.push({ start: run.start, end: close.start + close.length });
    i = closeIndex + 1;
  }
  return spans;
}
