import { findStatusUrls } from '../../x-url/index.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { createSpanLookup, type Span } from '../masked-text.js';

// [label]: <url> "title" — a link reference definition (CommonMark): not shown, only used.
// Footnotes (`[^1]: …`) are shown, so they are not definitions.
const DEFINITION = /^ {0,3}\[(?!\^)([^[\]\n]{1,999})\]:[ \t]*<?([^\s<>]{1,2000})>?[^\n]*$/gm;
// [text][label], [label][] and [label]; not an inline link `[…](…)` nor a definition `[…]:`.
const USE = /!?\[(?!\^)([^[\]\n]{1,999})\](?:\[([^[\]\n]{0,999})\])?(?![(:[])/g;

function labelKey(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** What reference-style links in a Markdown text amount to: links at their uses, and the definitions' spans. */
export interface ReferenceLinks {
  links: CitationDraft[];
  /** Where the definitions are: status URLs there are not links a reader sees. */
  definitions: Span[];
}

/**
 * Status links written reference-style: one citation per visible use (`[confirmed it][c]`), none for the
 * definition (`[c]: https://…/status/…`), which is never rendered; an unused definition cites nothing.
 */
export function extractReferenceLinks(text: string, isClaimed: (index: number) => boolean): ReferenceLinks {
  const targets = new Map<string, { handle: string | null; statusId: string }>();
  const definitions: Span[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    definitions.push({ start: m.index, end: m.index + m[0].length });
    const key = labelKey(m[1] ?? '');
    const status = findStatusUrls(m[2] ?? '')[0]?.status;
    // The first definition of a label wins, as in CommonMark.
    if (status && !targets.has(key)) targets.set(key, { handle: status.handle, statusId: status.statusId });
  }
  if (targets.size === 0) return { links: [], definitions };
  const inDefinition = createSpanLookup(definitions);
  const links: CitationDraft[] = [];
  for (const m of text.matchAll(USE)) {
    if (inDefinition(m.index) || isClaimed(m.index)) continue;
    const target = targets.get(labelKey(m[2] || m[1] || ''));
    if (!target) continue;
    links.push(
      createDraft({
        kind: 'link',
        form: 'status-link',
        start: m.index,
        end: m.index + m[0].length,
        ...target,
      }),
    );
  }
  return { links, definitions };
}
