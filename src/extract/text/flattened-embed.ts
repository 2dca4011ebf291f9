import type { CitationDraft } from '../citation-draft.js';
import { matchDateAt } from '../localized-date.js';
import { type Line, splitLines } from './lines.js';
import { draftFromSignature } from './post-draft.js';
import { parseSignatureLine, type SignatureLine } from './signature-line.js';

const QUOTE_LINE = /^ {0,3}>/;
// The tail of a post split below its byline ends with its media or short link.
const MEDIA_OR_SHORT_LINK = /(?:\bpic\.(?:twitter|x)\.com\/\w{1,40}|\bhttps?:\/\/t\.co\/\w{1,40})/g;
const MAX_PARAGRAPH_LINES = 20;
const MARKUP_TAGS = /<\/?[A-Za-z][^<>]{0,200}>/g;

interface SignedLine {
  index: number;
  /** The line the byline ends on: `index`, or the next one when the date sits on a line of its own. */
  last: number;
  signature: SignatureLine;
}

const ENDS_WITH_HANDLE = /\(@(?:[A-Za-z0-9_]|\\_){1,50}\)\s*$/;

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
  layout: 'guess' | 'one-line-per-block' | 'markdown' = 'guess',
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
  for (let i = 0; i < lines.length; i++) {
    if (!usable(i)) continue;
    const line = (lines[i] as Line).text;
    let signature = parseSignatureLine(line);
    let last = i;
    // Reader-mode copies put the date on its own line under `— Name (@handle)`. Not in HTML, where the
    // next block is as likely a page's dateline under an author byline.
    const next = lines[i + 1]?.text.trim() ?? '';
    if (!signature && !html && ENDS_WITH_HANDLE.test(line) && usable(i + 1) && matchDateAt(next)) {
      signature = parseSignatureLine(`${line.trimEnd()} ${next}`);
      last = i + 1;
    }
    // In HTML a post's byline has a real dash (—, &mdash;, –); "Jane Doe - reporter (@jane)" is an author line.
    if (signature && html && (signature.dash === 'hyphen' || signature.dash === 'ascii-em'))
      signature = undefined;
    // In Markdown a hyphen opening the line is a list bullet ("- Priya Raman (@priya) March 3, 2024" in a
    // list of credits), never a byline dash.
    const bullet = signature?.dash === 'hyphen' && signature.inlineText.trim() === '';
    if (signature && layout === 'markdown' && bullet) signature = undefined;
    if (signature) {
      signed.push({ index: i, last, signature });
      i = last;
    }
    // Bylines come in document order: past the cap nothing more is reported, so stop reading.
    if (signed.length > limit) break;
  }
  if (signed.length === 0) return [];
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

  const drafts: CitationDraft[] = [];
  for (const { index, last: bylineEnd, signature } of signed) {
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
    const raw = [...rows.map((r) => lines[r]?.text ?? ''), signature.inlineText, continuation?.raw ?? '']
      .filter((part) => part.trim().length > 0)
      .join('\n');
    const first = lines[rows[0] ?? index] as Line;
    const lead = first.text.length - first.text.trimStart().length;
    const last = lines[continuation?.row ?? bylineEnd] as Line;
    drafts.push(
      draftFromSignature('flattened-text', raw, signature, { start: first.start + lead, end: last.end }),
    );
  }
  return drafts;
}
