import { hostPattern } from '../x-url/index.js';

// Every citation carries a status ID (a permalink, an embed attribute, a shortcode/component/template
// argument) or a flattened signature "(@handle)". Pages without one of these markers are answered without
// parsing at all: share buttons, "follow us on Twitter" footers and profile links no longer cost a DOM parse.
const CANDIDATE_MARKERS = new RegExp(
  [
    String.raw`\/status(?:es)?\/\d`, // permalinks of every host and era, /i/web/status/ too
    String.raw`twitter-(?:tweet|video)|amp-twitter|twitframe|${hostPattern('embed')}\/embed`,
    String.raw`data-tweet-?id|tweet-?id\s*=`, // widgets and components with only an ID
    String.raw`\(@\w`, // flattened signatures
    String.raw`\{\{[<%]|\{%-?\s*(?:tweet|twitter|x|include\s[^%]{0,80}(?:tweet|twitter))`, // Hugo and Liquid
    String.raw`\[(?:tweet|twitter)\s|\{\{\s*(?:tweet|twitter|x)\s*\(`, // WordPress and Zola shortcodes
    String.raw`<[\w.]*tweet|<x(?:embed|post)\b`, // MDX/Astro components
    String.raw`cite[ _]+(?:tweet|x)\b`, // wikitext
  ].join('|'),
  'i',
);

/** True when `text` mentions something a citation could be made of (cheap, no parsing). */
export function hasCandidateMarkers(text: string): boolean {
  return CANDIDATE_MARKERS.test(text);
}

const HTML_TAG = /<(?:[a-z][a-z0-9-]{0,40})[\s/>]/i;

/** True when `text` contains at least one HTML-looking tag, i.e. a DOM parse can find something. */
export function hasHtmlTags(text: string): boolean {
  return HTML_TAG.test(text);
}

/** True for content that is not text: NUL bytes, or mostly control characters in the first 8 KiB. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 8192);
  if (head.length === 0) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control / head.length > 0.1;
}
