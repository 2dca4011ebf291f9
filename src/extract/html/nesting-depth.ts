/** Elements nested deeper than this are refused: no real article comes close, and parsing is quadratic in depth. */
export const MAX_NESTING_DEPTH = 10_000;

// Elements that never take children, so an opening tag without a closing one does not nest.
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const TAG = /<(\/?)([a-zA-Z][\w-]{0,40})[^<>]*?(\/?)>/g;

/**
 * An upper estimate of how deep `html` nests elements, counted from its tags in one linear pass. The HTML
 * parser's cost grows with the square of the depth, so hostile pages are refused before they reach it.
 */
export function estimateNestingDepth(html: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (m[3] !== '/' && !VOID.has(name)) depth++;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAbove) break;
    }
  }
  return deepest;
}
