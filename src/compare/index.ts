import type { Citation } from '../citation.js';
import type { FieldVerdict, IdResolution, LinkResolution, PostLookup, RetrievedPost } from '../result.js';
import { pickComparedPost } from './compared-post.js';
import { compareDate } from './date.js';
import { compareDisplayName } from './display-name.js';
import { compareHandle } from './handle.js';
import { compareId } from './id.js';
import { compareLatestEdit, compareTextAcrossEdits } from './latest-edit.js';
import { compareLinks } from './links.js';
import { compareProseQuotes } from './prose-quote.js';
import { compareStatus } from './status.js';

export { CHECK_IDS, CHECKS, type CheckId } from '../checks.js';
export { type CandidateChoice, chooseCandidateByText } from './archive-match.js';
export { findProseQuotes, type ProseQuote } from './prose-quote.js';
export { worstSeverity } from './severity.js';

/** What compare needs about one citation: the article's side, how its ID was found, and what X answered. */
export interface CompareInput {
  citation: Citation;
  resolution: IdResolution;
  lookup: PostLookup | null;
  links: LinkResolution[];
  /** The whole article, for quotes of the post in its own prose. */
  articleText?: string;
  /** The newest version of an edited post, when the cited ID is an older one. */
  latestEdit?: RetrievedPost | null;
}

/**
 * Every field verdict for one citation, in a stable order: status/id, handle, name, date, text, links,
 * prose quotes. Unavailable posts are compared against their archived copy when one was read. Pure.
 */
export function compareCitation(input: CompareInput): FieldVerdict[] {
  const { citation, resolution, lookup } = input;
  const compared = pickComparedPost(lookup);
  const verdicts = [...compareStatus(resolution, lookup)];
  if (compared !== null) {
    verdicts.push(
      ...compareId(resolution, compared),
      ...compareHandle(citation, resolution, compared),
      ...compareDisplayName(citation, compared),
    );
  }
  verdicts.push(...compareDate(citation, resolution, lookup));
  const latest = input.latestEdit ?? null;
  if (compared !== null) verdicts.push(...compareTextAcrossEdits(citation, compared, latest));
  else if (latest !== null) verdicts.push(...compareLatestEdit(citation, latest));
  verdicts.push(...compareLinks(citation, compared, input.links));
  if (compared !== null && input.articleText !== undefined) {
    verdicts.push(...compareProseQuotes(input.articleText, compared));
  }
  return verdicts;
}
