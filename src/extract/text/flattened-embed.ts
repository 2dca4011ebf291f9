import type { TextStart } from '../../citation.js';
import { hostPattern, parseStatusUrl } from '../../x-url/index.js';
import type { CitationDraft } from '../citation-draft.js';
import { matchDateAt } from '../localized-date.js';
import { createSpanLookup } from '../masked-text.js';
import { extractEncodedEmbeds } from './encoded-embed.js';
import { renderInlineMarkup } from './inline-markup.js';
import { type Line, splitLines } from './lines.js';
import { draftFromSignature } from './post-draft.js';
import { findRunOnBylines, hasEndLabel, parseDashlessLine } from './run-on-byline.js';
import { parseSignatureLine, type SignatureLine } from './signature-line.js';

const QUOTE_LINE = /^ {0,3}>/;
// The tail of a post split below its byline ends with its media or short link.
const MEDIA_OR_SHORT_LINK = new RegExp(
  String.raw`(?:\b${hostPattern('pic')}\/\w{1,40}|\bhttps?:\/\/${hostPattern('short')}\/\w{1,40})`,
  'g',
);
const MAX_PARAGRAPH_LINES = 20;
const MARKUP_TAGS = /<\/?[A-Za-z][^<>]{0,200}>/g;

interface SignedLine {
  index: number;
  /** The line the byline ends on: `index`, or the next one when the date sits on a line of its own. */
  last: number;
  signature: SignatureLine;
}

// A line holding one address and nothing else (`<…>` as html2text writes it).
const PERMALINK_LINE = /^\s{0,8}<?(https?:\/\/\S{1,2000}?)>?\s*$/;
const ENDS_WITH_HANDLE = /\(@(?:[A-Za-z0-9_]|\\_){1,50}\)\s*$/;
// Article text kept before an uncertain start, for verify to extend the cited text with.
const PRECEDING_TEXT = 1000;

function textStartOf(
  boundary: TextStart['boundary'],
  confidence: TextStart['confidence'],
  precedingRaw: string,
): TextStart {
  const rendered = renderInlineMarkup(precedingRaw).text;
  return { boundary, confidence, precedingText: rendered.slice(-PRECEDING_TEXT) };
}

/**
 * Flattened embeds in plain text (a copied page): post text, then `— Name (@handle) Date`.
 * The text is the line above (or, in documents that separate paragraphs with blank lines, the paragraph
 * above). A post can also be split around its byline: the line after it belongs to the post when it
 * ends in a pic.twitter.com / t.co link and is not the text of the next byline. `one-line-per-block`
 * says each line is already a whole paragraph (HTML seen through `htmlAsBlockLines`); `markdown` reads
 * a line-opening hyphen as a list bullet.
 */
export function extractFlattenedEmbeds(
  text: string,
  isClaimed: (index: number) => boolean,
  limit = Number.POSITIVE_INFINITY,
  layout: Layout = 'guess',
): CitationDraft[] {
  // Escaped embed markup in a text or Markdown document (feeds, dumps); an HTML page shows it as code.
  const encoded = layout === 'one-line-per-block' || !text.includes('&lt;') ? [] : extractEncodedEmbeds(text);
  if (encoded.length === 0) return readSignedLines(text, isClaimed, limit, layout);
  const inEncoded = createSpanLookup(encoded);
  return [...encoded, ...readSignedLines(text, (i) => isClaimed(i) || inEncoded(i), limit, layout)];
}

type Layout = 'guess' | 'one-line-per-block' | 'markdown';

function readSignedLines(
  text: string,
  isClaimed: (index: number) => boolean,
  limit: number,
  layout: Layout,
): CitationDraft[] {
  const lines = splitLines(text);
  const html = layout === 'one-line-per-block';
  const usable = (i: number) => {
    const line = lines[i];
    if (line === undefined || QUOTE_LINE.test(line.text)) return false;
    // An indented raw HTML embed (in a list item, an admonition) is claimed where its markup starts.
    return !isClaimed(line.start + (line.text.length - line.text.trimStart().length));
  };
  const signed: SignedLine[] = [];
  const runOnDrafts: CitationDraft[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!usable(i)) continue;
    const { text: line, start: lineStart } = lines[i] as Line;
    let signature = parseSignatureLine(line);
    let last = i;
    // Reader-mode copies put the date on its own line under `— Name (@handle)`. Not in HTML, where the
    // next block is as likely a page's dateline under an author byline.
    const next = lines[i + 1]?.text.trim() ?? '';
    const dateBelow = !html && ENDS_WITH_HANDLE.test(line) && usable(i + 1) && matchDateAt(next);
    if (!signature && dateBelow) {
      const joined = `${line.trimEnd()} ${next}`;
      signature = parseSignatureLine(joined) ?? parseDashlessLine(joined);
      if (signature) last = i + 1;
    }
    // A converter stripped the dash: ` Name (@handle) Date` alone on its line. HTML pages put author
    // boxes in blocks of their own, so only flattened text reads these.
    if (!signature && !html) signature = parseDashlessLine(line);
    // In HTML a post's byline has a real dash (—, &mdash;, –); "Jane Doe - reporter (@jane)" is an author line.
    if (signature && html && (signature.dash === 'hyphen' || signature.dash === 'ascii-em'))
      signature = undefined;
    // In Markdown a hyphen opening the line is a list bullet ("- Priya Raman (@priya) March 3, 2024" in a
    // list of credits), never a byline dash.
    const bullet = signature?.dash === 'hyphen' && signature.inlineText.trim() === '';
    if (signature && layout === 'markdown' && bullet) signature = undefined;
    // A paragraph ending in a byline may hold earlier run-on posts: then every byline is read run-on.
    if (signature && last === i && signature.inlineText.includes('(@') && findRunOnBylines(line).length > 1)
      signature = undefined;
    // Bylines run into prose (scraped article bodies, feed descriptions): one line, any number of posts.
    if (!signature && (line.includes('(@') || hasEndLabel(line))) {
      for (const found of findRunOnBylines(line)) {
        // One rendering seen by two readers (an embed's markup and its flattened text) is one citation.
        if (isClaimed(lineStart + found.signature.start)) continue;
        if (found.signature.inlineText.trim() === '' && signature === undefined && runOnDrafts.length === 0) {
          // Nothing before the byline on its line: it signs the text above, as a whole-line byline does.
          signature = found.signature;
          continue;
        }
        const draft = draftFromSignature('flattened-text', found.signature.inlineText, found.signature, {
          start: lineStart + found.textFrom,
          end: lineStart + found.end,
        });
        draft.textStart = textStartOf(
          found.textStart.boundary,
          found.textStart.confidence,
          // Only this byline's stretch: the text before it belongs to the previous post.
          line.slice(Math.max(found.stretchFrom, found.textFrom - PRECEDING_TEXT * 2), found.textFrom),
        );
        runOnDrafts.push(draft);
      }
    }
    // One rendering seen by two readers: a `<p>`-wrapped embed blockquote is claimed from its markup.
    if (signature && isClaimed(lineStart + signature.start)) signature = undefined;
    if (signature) {
      signed.push({ index: i, last, signature });
      i = last;
    }
    // Bylines come in document order: past the cap nothing more is reported, so stop reading.
    if (signed.length + runOnDrafts.length > limit) break;
  }
  if (signed.length === 0) return runOnDrafts;
  const blank = (i: number) => (lines[i]?.text.trim().length ?? 0) === 0;
  const nonBlank = lines.filter((l) => l.text.trim().length > 0).length;
  const paragraphMode = layout !== 'one-line-per-block' && lines.length - nonBlank >= nonBlank * 0.2;
  const taken = new Set<number>(signed.flatMap((s) => [s.index, s.last]));
  const free = (i: number) => i >= 0 && i < lines.length && usable(i) && !taken.has(i) && !blank(i);

  const above = new Map<number, number[]>();
  for (const { index, signature } of signed) {
    const rows: number[] = [];
    // `<p>— Name (@handle) …` (HTML paragraphs in Markdown) has no text of its own before the dash.
    if (signature.inlineText.replace(MARKUP_TAGS, '').trim().length === 0) {
      let j = index - 1;
      while (j >= 0 && blank(j) && index - j <= 2) j--;
      while (free(j) && rows.length < (paragraphMode ? MAX_PARAGRAPH_LINES : 1)) {
        if (/^\s{0,3}#{1,6}\s/.test(lines[j]?.text ?? '')) break;
        rows.unshift(j);
        j--;
      }
    }
    for (const r of rows) taken.add(r);
    above.set(index, rows);
  }
  // A dash-less `Name (@handle) Date` signs a post only with the post above it, and never in a run of
  // such lines (a listing of speakers, credits, accounts) or under an introduction ("Our guests:").
  const dropped = new Set<number>();
  const onlyBlankBetween = (a: number, b: number) => {
    for (let r = a + 1; r < b; r++) if (!blank(r)) return false;
    return true;
  };
  signed.forEach(({ index, last, signature }, n) => {
    if (signature.dash !== 'lost') return;
    const rows = above.get(index) ?? [];
    const top = (lines[rows.at(-1) ?? index] as Line).text.trimEnd();
    const prev = signed[n - 1];
    const next = signed[n + 1];
    const listing =
      (prev !== undefined && onlyBlankBetween(prev.last, index)) ||
      (next !== undefined && onlyBlankBetween(last, next.index));
    if (rows.length === 0 || top.endsWith(':') || listing) dropped.add(index);
  });

  // A post of several paragraphs keeps only the paragraph above its byline: when more free text sits
  // right above that, the start is uncertain, and verify may extend the text once the post is retrieved.
  const ambiguousStart = (top: number | undefined): TextStart | undefined => {
    if (top === undefined) return undefined;
    let j = top - 1;
    if (paragraphMode && blank(j)) j--;
    if (!free(j)) return undefined;
    const preceding: string[] = [];
    for (let size = 0; free(j) && size < PRECEDING_TEXT; j--) {
      const text = (lines[j] as Line).text;
      preceding.unshift(text);
      size += text.length;
      if (paragraphMode && blank(j - 1) && free(j - 2)) {
        preceding.unshift('');
        j--;
      }
    }
    return textStartOf(paragraphMode ? 'paragraph' : 'line', 'low', preceding.join('\n'));
  };
  const drafts: CitationDraft[] = [];
  for (const { index, last: bylineEnd, signature } of signed) {
    if (dropped.has(index)) continue;
    const rows = above.get(index) ?? [];
    let continuation: { row: number; raw: string } | undefined;
    let k = bylineEnd + 1;
    if (paragraphMode && blank(k)) k++;
    if (free(k)) {
      const candidate = (lines[k] as Line).text;
      let lastEnd = -1;
      for (const m of candidate.slice(0, 10_000).matchAll(MEDIA_OR_SHORT_LINK))
        lastEnd = m.index + m[0].length;
      if (lastEnd > 0) {
        continuation = { row: k, raw: candidate.slice(0, lastEnd) };
        taken.add(k);
      }
    }
    // A reader-mode copy prints the date link's address on the line under the byline: the permalink.
    let signed = signature;
    let permalinkRow: number | undefined;
    const under = continuation === undefined ? bylineEnd + 1 : undefined;
    if (signature.status === null && under !== undefined && free(under)) {
      const status = parseStatusUrl(PERMALINK_LINE.exec((lines[under] as Line).text)?.[1] ?? '');
      if (
        status &&
        (status.handle === null || status.handle.toLowerCase() === signature.handle.toLowerCase())
      ) {
        signed = { ...signature, status };
        permalinkRow = under;
        taken.add(under);
      }
    }
    const raw = [...rows.map((r) => lines[r]?.text ?? ''), signature.inlineText, continuation?.raw ?? '']
      .filter((part) => part.trim().length > 0)
      .join('\n');
    const first = lines[rows[0] ?? index] as Line;
    const lead = first.text.length - first.text.trimStart().length;
    const last = lines[continuation?.row ?? permalinkRow ?? bylineEnd] as Line;
    const draft = draftFromSignature('flattened-text', raw, signed, {
      start: first.start + lead,
      end: last.end,
    });
    const ambiguous = ambiguousStart(rows[0]);
    if (ambiguous) draft.textStart = ambiguous;
    drafts.push(draft);
  }
  for (const d of runOnDrafts) drafts.push(d);
  return drafts;
}
