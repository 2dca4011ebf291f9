import type { SuggestedEdit } from '../result.js';

/** An edit's span no longer holds what it was planned on: the text changed since. */
export class StaleEditError extends Error {}

/**
 * Applies non-overlapping edits (in source order; inserts at one point keep their order) and returns the
 * new text. PURE. Everything outside the spans is kept byte for byte. Throws StaleEditError when a span
 * does not hold its `original`.
 */
export function applyEdits(text: string, edits: readonly SuggestedEdit[]): string {
  const ordered = edits
    .map((e, order) => ({ e, order }))
    .sort((a, b) => a.e.start - b.e.start || a.order - b.order);
  let out = '';
  let at = 0;
  for (const { e } of ordered) {
    if (e.start < at || e.end < e.start || text.slice(e.start, e.end) !== e.original) {
      throw new StaleEditError(
        `the text at ${e.start}–${e.end} is not what the ${e.fix} edit was planned on`,
      );
    }
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}
