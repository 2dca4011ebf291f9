/** A half-open UTF-16 span [start, end) of a source text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Blanks the given spans with spaces (newlines kept), so that later scans never see hidden content
 * but every index still points at the same place in the original text.
 */
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, cursor);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    parts.push(text.slice(cursor, start));
    parts.push(text.slice(start, end).replace(/[^\r\n]/g, ' '));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** A membership test over many spans: merged once, then a binary search per lookup. */
export function createSpanLookup(spans: readonly Span[]): (index: number) => boolean {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return (index) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const span = merged[mid] as Span;
      if (index < span.start) high = mid - 1;
      else if (index >= span.end) low = mid + 1;
      else return true;
    }
    return false;
  };
}
