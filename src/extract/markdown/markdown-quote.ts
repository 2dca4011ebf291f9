import type { CitationForm } from '../../citation.js';
import type { CitationDraft } from '../citation-draft.js';
import { type Line, splitLines } from '../text/lines.js';
import { draftFromSignature } from '../text/post-draft.js';
import { parseSignatureLine } from '../text/signature-line.js';

const QUOTE_PREFIX = /^ {0,3}(?:>[ \t]?){1,8}/;

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
      const signature = parseSignatureLine(row.content);
      if (!signature) return;
      const rows = block.slice(from, i);
      const raw = [...rows.map((r) => r.content), signature.inlineText].join('\n');
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
