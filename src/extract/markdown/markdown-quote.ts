import type { CitationForm } from '../../citation.js';
import { parseStatusUrl } from '../../x-url/index.js';
import type { CitationDraft } from '../citation-draft.js';
import { matchDateAt } from '../localized-date.js';
import { type Line, splitLines } from '../text/lines.js';
import { draftFromSignature } from '../text/post-draft.js';
import { parseSignatureLine, type SignatureLine } from '../text/signature-line.js';

// A quote, maybe inside a list item (`- > …`: Scrapbox and outliner exports quote a post item by item).
const QUOTE_PREFIX = /^ {0,12}(?:[-*+][ \t]{1,4})?(?:>[ \t]?){1,8}/;
// A field label opening the byline's line (`__claim__: <post> — Name (@handle) Date`, dataset READMEs):
// the post is that field's value, and the quote's rows above it are other fields.
const FIELD_LABEL = /^\s{0,4}(?:__|\*\*)[\p{L}\p{N} _-]{1,40}(?:__|\*\*)\s{0,3}:\s*/u;
// A byline that kept only the handle and the date link (Scrapbox's `@[[handle]] [March 5, 2021](status)`).
const HANDLE_DATE_BYLINE =
  /^\s{0,8}@(?:\[\[)?([A-Za-z0-9_]{1,15})(?:\]\])?[ \t]{1,4}\[([^[\]\n]{1,80})\]\(\s*<?([^\s()<>]{1,2000})>?\s*\)\s*$/;

/** `@handle [Date](status)` as a byline: the date must be one and the status the handle's own. */
function parseHandleDateByline(content: string): SignatureLine | undefined {
  const m = content.length > 2500 ? null : HANDLE_DATE_BYLINE.exec(content);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const status = parseStatusUrl(m[3]);
  const date = matchDateAt(m[2].trim());
  if (!status || status.handle?.toLowerCase() !== m[1].toLowerCase()) return undefined;
  if (!date || date.dateText.length !== m[2].trim().length) return undefined;
  return {
    start: 0,
    dash: 'lost',
    inlineText: '',
    name: null,
    handle: m[1],
    dateText: date.dateText,
    date: date.date,
    status,
  };
}

/**
 * Markdown-flattened embeds: a `>` block whose last line is the byline,
 * `> — Name (@handle) [Date](https://twitter.com/handle/status/ID)`. Every line of the block above the
 * byline is post text (dashes and handles inside it are text). One block may hold several posts.
 */
export function extractMarkdownQuotes(
  text: string,
  isClaimed: (index: number) => boolean,
  form: CitationForm,
  limit = Number.POSITIVE_INFINITY,
): CitationDraft[] {
  const drafts: CitationDraft[] = [];
  let block: { line: Line; content: string }[] = [];
  const flush = () => {
    let from = 0;
    block.forEach((row, i) => {
      const signature = parseSignatureLine(row.content) ?? parseHandleDateByline(row.content);
      if (!signature) return;
      const label = FIELD_LABEL.exec(signature.inlineText);
      const rows = label ? [] : block.slice(from, i);
      const inline = label ? signature.inlineText.slice(label[0].length) : signature.inlineText;
      const raw = [...rows.map((r) => r.content), inline].join('\n');
      const firstText = rows.find((r) => r.content.trim().length > 0) ?? row;
      drafts.push(
        draftFromSignature(form, raw, signature, { start: firstText.line.start, end: row.line.end }),
      );
      from = i + 1;
    });
    block = [];
  };
  for (const line of splitLines(text)) {
    if (drafts.length > limit) break;
    const prefix = QUOTE_PREFIX.exec(line.text);
    // A raw HTML embed inside the quote is claimed where its markup starts, after the `>`.
    if (!prefix || isClaimed(line.start + prefix[0].length)) {
      flush();
      continue;
    }
    block.push({ line, content: line.text.slice(prefix[0].length) });
  }
  flush();
  return drafts;
}
