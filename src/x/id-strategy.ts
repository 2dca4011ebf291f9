import type { Citation } from '../citation.js';
import type { Fetcher } from '../fetch/types.js';
import type { IdResolution, LinkResolution, PostLookup, RetrievedPost } from '../result.js';

/** What every way to a citation's status ID is given. */
export interface IdSearch {
  citation: Citation;
  /** The citation's t.co / pic links as resolved (resolveShortLink). */
  links: readonly LinkResolution[];
  /** For strategies that ask the network; null: offline strategies only (findStatusId). */
  fetcher: Fetcher | null;
  /** Picks which of several posts the citation's text shows (compare's chooseCandidateByText, given so x/ needs no compare/). */
  chooseByText: TextChooser | null;
}

/** Which of an account's posts an ID-less citation shows, judged by its text. */
export type TextChooser = (
  citation: Citation,
  posts: readonly RetrievedPost[],
) =>
  | { kind: 'chosen'; post: RetrievedPost; confidence: 'high' | 'medium' | 'low'; evidence: string }
  | { kind: 'none'; detail: string };

/**
 * One strategy's answer: the ID (with the lookup it made to choose, if it made one), or a miss with what it
 * tried (null: it did not apply). Misses' notes are added to the not-found reason in strategy order.
 */
export type IdStep =
  | { kind: 'found'; resolution: Extract<IdResolution, { status: 'found' }>; lookup?: PostLookup }
  | { kind: 'missed'; note: string | null };

/** One way to a citation's status ID; id-recovery.ts lists them in the order they are tried. */
export type IdStrategy = (search: IdSearch) => IdStep | Promise<IdStep>;
