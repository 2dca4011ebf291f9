import type { CitationDraft } from './citation-draft.js';
import { formatSpec, type SourceFormat } from './formats.js';
import { append, type Dialect, type Page } from './readers.js';

/** What one document yielded: drafts (unordered) and why any part of it was passed over. */
export interface DocumentDrafts {
  drafts: CitationDraft[];
  problems: Page['problems'];
}

/**
 * Every citation draft in one document, unordered: the format's readers in turn over its masked text
 * (embeds of each form, then status links outside them). Readers that go in document order stop a
 * little past `limit`, since nothing beyond it is reported.
 */
export function collectDrafts(
  text: string,
  format: SourceFormat,
  limit = Number.POSITIVE_INFINITY,
  dialect: Dialect = {},
): DocumentDrafts {
  const spec = formatSpec(format);
  const masked = spec.mask(text, dialect);
  const page: Page = {
    source: text,
    text: masked,
    limit,
    embeds: [],
    anchors: [],
    links: [],
    prose: [{ start: 0, end: masked.length }],
    hidden: [],
    chrome: [],
    hasMarkup: false,
    problems: [],
  };
  for (const reader of spec.readers) reader.read(page);
  return { drafts: append(page.embeds, page.links), problems: page.problems };
}
