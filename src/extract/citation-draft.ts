import type { Citation } from '../citation.js';

/**
 * A citation before it is placed: `start`/`end` are UTF-16 indices into the source. Embeds claim
 * [start, end) so status links inside them are not reported again as separate links.
 */
export type CitationDraft = Omit<Citation, 'location'> & { start: number; end: number };

/** A draft with every optional field empty; extractors fill in what their form shows. */
export function createDraft(
  fields: Pick<CitationDraft, 'kind' | 'form' | 'start' | 'end'> & Partial<CitationDraft>,
): CitationDraft {
  return {
    handle: null,
    name: null,
    dateText: null,
    date: null,
    statusId: null,
    text: null,
    links: [],
    quotedText: null,
    replyTo: null,
    ...fields,
  };
}
