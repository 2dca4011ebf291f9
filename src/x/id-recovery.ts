import type { Citation } from '../citation.js';
import type { Fetcher } from '../fetch/types.js';
import type { IdResolution, LinkResolution, PostLookup } from '../result.js';
import { fromArchive } from './archive-id-search.js';
import { fromMarkup, fromMediaLink, fromShortLink } from './find-status-id.js';
import type { IdSearch, IdStrategy, TextChooser } from './id-strategy.js';
import type { ShortLinkResolution } from './short-link.js';

/**
 * Every way to a citation's status ID, in the order they are tried: the first that finds it wins. The ID in
 * the markup; a media link naming the post; a t.co link to the same handle's post; the account's archived
 * posts around the cited date, matched by text. A new way is one function (an IdStrategy) added here.
 */
export const ID_STRATEGIES = [
  fromMarkup,
  fromMediaLink,
  fromShortLink,
  fromArchive,
] as const satisfies readonly IdStrategy[];

/** The strategies of ID_STRATEGIES that need no network: findStatusId, and runs with the archive off (--no-archive). */
const OFFLINE_STRATEGIES = [fromMarkup, fromMediaLink, fromShortLink] as const;

/** What a not-found reason opens with; each strategy that tried something adds its note after it. */
const NOT_FOUND = 'no status ID in the markup and no media link';

function linkResolutions(links: readonly (ShortLinkResolution | LinkResolution)[]): LinkResolution[] {
  return links.map((link) => ('resolution' in link ? link.resolution : link));
}

function notFound(notes: readonly (string | null)[]): IdResolution {
  return { status: 'not-found', reason: [NOT_FOUND, ...notes.filter((n) => n !== null)].join('; ') };
}

/** How a citation's status ID is known from its markup and resolved links alone. PURE. */
export function findStatusId(
  citation: Citation,
  resolvedLinks: readonly (ShortLinkResolution | LinkResolution)[],
): IdResolution {
  const search: IdSearch = {
    citation,
    links: linkResolutions(resolvedLinks),
    fetcher: null,
    chooseByText: null,
  };
  const notes: (string | null)[] = [];
  for (const strategy of OFFLINE_STRATEGIES) {
    const step = strategy(search);
    if (step.kind === 'found') return step.resolution;
    notes.push(step.note);
  }
  return notFound(notes);
}

/**
 * Runs ID_STRATEGIES until one finds the ID. `lookup` is the post lookup a strategy already made to choose
 * (the archive search reads its candidates), else null: the caller looks the found ID up. With `archive`
 * false the archive search is skipped.
 */
export async function recoverStatusId(
  citation: Citation,
  resolvedLinks: readonly (ShortLinkResolution | LinkResolution)[],
  options: { fetcher: Fetcher; archive: boolean; chooseByText: TextChooser },
): Promise<{ resolution: IdResolution; lookup: PostLookup | null }> {
  const search: IdSearch = {
    citation,
    links: linkResolutions(resolvedLinks),
    fetcher: options.fetcher,
    chooseByText: options.chooseByText,
  };
  const notes: (string | null)[] = [];
  for (const strategy of options.archive ? ID_STRATEGIES : OFFLINE_STRATEGIES) {
    const step = await strategy(search);
    if (step.kind === 'found') return { resolution: step.resolution, lookup: step.lookup ?? null };
    notes.push(step.note);
  }
  return { resolution: notFound(notes), lookup: null };
}
