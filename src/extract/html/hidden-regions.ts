import type { Span } from '../masked-text.js';

/** Elements whose content a reader never sees as page content. */
export const HTML_HIDDEN_ELEMENTS = ['script', 'style', 'template', 'textarea'];

/**
 * Spans of HTML comments and of the given raw-content elements (`<script>…</script>`), found by a
 * single left-to-right scan; an unterminated one runs to the end, as a browser would treat it.
 */
export function findHiddenRegions(text: string, elements: readonly string[] = HTML_HIDDEN_ELEMENTS): Span[] {
  const spans: Span[] = [];
  const names = elements.map((e) => e.replace(/[^a-z0-9-]/gi, '')).filter(Boolean);
  const opener = new RegExp(`<!--|<(${names.join('|') || '(?!)'})\\b[^>]{0,5000}>`, 'gi');
  for (let m = opener.exec(text); m !== null; m = opener.exec(text)) {
    const start = m.index;
    let end: number;
    if (m[0] === '<!--') {
      const close = text.indexOf('-->', start + 4);
      end = close === -1 ? text.length : close + 3;
    } else if (m[0].endsWith('/>')) {
      continue;
    } else {
      const closer = new RegExp(`</${m[1]}\\s*>`, 'gi');
      closer.lastIndex = start + m[0].length;
      const close = closer.exec(text);
      end = close ? close.index + close[0].length : text.length;
    }
    spans.push({ start, end });
    opener.lastIndex = Math.max(end, start + 1);
  }
  return spans;
}
