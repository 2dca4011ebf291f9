import type { Span } from '../masked-text.js';

// XML feeds and exports (RSS, Atom, WordPress WXR) around the HTML they carry: item metadata repeats the
// post's URL (<link>, <guid>, Atom <id>) and WXR keeps an oEmbed cache in <wp:postmeta>; none is shown.
// HTML has no closing </link>, so these never match a web page.
const METADATA = /<(link|guid|id|wp:postmeta|wp:meta_value)\b[^<>]{0,500}>[\s\S]{0,100000}?<\/\1\s*>/gi;
const CDATA_DELIMITERS = /<!\[CDATA\[|\]\]>/g;

// An RSS item with the full post in <content:encoded> keeps a summary of it in <description>: the same
// embeds a second time, which feed readers show instead of, not beside, the content.
const SUMMARY = /<description\b[^<>]{0,500}>[\s\S]{0,1000000}?<\/description\s*>/gi;

/** Spans of feed and export metadata: item links and IDs, WordPress post meta, summaries of full content. */
export function findFeedMetadata(text: string): Span[] {
  if (!/<\/(?:link|guid|id|wp:postmeta|description)\s*>/i.test(text)) return [];
  const spans = [...text.matchAll(METADATA)];
  if (/<content:encoded\b/i.test(text)) spans.push(...text.matchAll(SUMMARY));
  return spans.map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Blanks `<![CDATA[` and `]]>` (same length): a feed's `<content:encoded>` wraps the article's HTML in
 * CDATA, which an HTML parser would read as a bogus comment swallowing the markup.
 */
export function unwrapCdata(text: string): string {
  return text.includes('<![CDATA[') ? text.replace(CDATA_DELIMITERS, (m) => ' '.repeat(m.length)) : text;
}
