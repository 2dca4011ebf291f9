import type { CitationForm } from '../../citation.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { renderInlineMarkup } from './inline-markup.js';
import type { SignatureLine } from './signature-line.js';

/** Builds the citation for a line-oriented post: its raw text lines plus the byline that signs them. */
export function draftFromSignature(
  form: CitationForm,
  rawText: string,
  signature: SignatureLine,
  span: { start: number; end: number },
): CitationDraft {
  const rendered = renderInlineMarkup(rawText);
  return createDraft({
    kind: 'embed',
    form,
    ...span,
    handle: signature.handle,
    name: signature.name,
    dateText: signature.dateText,
    date: signature.date,
    statusId: signature.status?.statusId ?? null,
    text: rendered.text.length > 0 ? rendered.text : null,
    links: rendered.links,
  });
}
