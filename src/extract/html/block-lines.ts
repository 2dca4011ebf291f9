import { maskSpans } from '../masked-text.js';
import { findHiddenRegions } from './hidden-regions.js';

// Elements that start a new line when rendered. <br> is left alone: the line renderer turns it into a
// line break inside the post text, as the embed shows it.
const BLOCK_ELEMENTS = new Set(
  'address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
// Shown verbatim or not at all: a byline inside them is not an embed.
const NOT_PROSE = ['pre', 'code', 'xmp', 'head', 'title', 'noscript', 'textarea', 'template'];
const TAG = /<\/?([A-Za-z][\w-]{0,40})\b[^<>]{0,2000}>/g;

/**
 * HTML as line-oriented text of the same length, for the readers of flattened embeds: every run of
 * block-level tags becomes one line break (at its last `>`), line breaks inside a block become spaces,
 * and inline markup (`<a>`, `<br>`, `<em>`) stays for the line renderer. Every index still points at
 * the same place in the source, and the text of one paragraph is one line.
 */
export function htmlAsBlockLines(html: string): string {
  const text = maskSpans(html, findHiddenRegions(html, NOT_PROSE));
  const parts: string[] = [];
  let cursor = 0;
  let atLineStart = true;
  const pushText = (chunk: string) => {
    parts.push(chunk.replace(/[\r\n]/g, ' '));
    if (chunk.trim().length > 0) atLineStart = false;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    if (!BLOCK_ELEMENTS.has((m[1] ?? '').toLowerCase())) continue;
    pushText(text.slice(cursor, m.index));
    const blank = ' '.repeat(m[0].length - 1);
    parts.push(atLineStart ? `${blank} ` : `${blank}\n`);
    atLineStart = true;
    cursor = m.index + m[0].length;
  }
  pushText(text.slice(cursor));
  return parts.join('');
}
