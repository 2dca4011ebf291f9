import { decodeHTMLStrict } from 'entities';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { scanDom } from '../html/scan-dom.js';

const OPEN = '&lt;blockquote';
const CLOSE = '&lt;/blockquote&gt;';
// Longest escaped embed we read; a post with its markup and a long byline fits easily.
const MAX_REGION = 20_000;

/**
 * Embed markup kept entity-encoded in a text (an RSS description, a JSON or SQL dump of a CMS field):
 * `&lt;blockquote class=&quot;twitter-tweet&quot;&gt;…&amp;mdash; Name (@handle) &lt;a href=…&gt;Date…`.
 * Each region is decoded once and read as the HTML embed it encodes; its posts span the whole region.
 * Not used on HTML pages, where escaped markup is shown to the reader as code.
 */
export function extractEncodedEmbeds(text: string): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  let from = 0;
  // The first close after the current open, kept while later opens precede it: linear on unclosed runs.
  let close = -1;
  for (let open = text.indexOf(OPEN, from); open >= 0; open = text.indexOf(OPEN, from)) {
    if (close < open) close = text.indexOf(CLOSE, open);
    if (close < 0) break;
    const end = close + CLOSE.length;
    from = end;
    if (end - open > MAX_REGION) {
      from = open + OPEN.length;
      continue;
    }
    const region = text.slice(open, end);
    if (!region.includes('twitter-tweet')) continue;
    for (const draft of scanDom(decodeHTMLStrict(region)).embeds) {
      drafts.push(createDraft({ ...draft, start: open, end }));
    }
  }
  return drafts;
}
