import type { Citation } from '../citation.js';
import type { LinkResolution } from '../result.js';
import { linkHostRole, parseStatusTarget, type StatusTarget } from '../x-url/index.js';
import type { IdSearch, IdStep } from './id-strategy.js';

interface Candidate {
  link: LinkResolution;
  target: StatusTarget;
  sameHandle: boolean | null;
}

function sameHandle(citation: Citation, target: StatusTarget): boolean | null {
  if (citation.handle === null || target.handle === null) return null;
  return citation.handle.toLowerCase() === target.handle.toLowerCase();
}

function describeLink(link: LinkResolution, citation: Citation): string {
  if (link.finalUrl === null) return `${link.url} (unresolved${link.error ? `: ${link.error}` : ''})`;
  const target = parseStatusTarget(link.finalUrl);
  if (target && target.kind === null && sameHandle(citation, target) !== true) {
    return `${link.url} → ${link.finalUrl} (another post: a quote or reference)`;
  }
  return `${link.url} → ${link.finalUrl}`;
}

function evidenceOf(candidates: Candidate[]): string {
  return candidates.map(({ link }) => `${link.url} resolved to ${link.finalUrl}`).join('; ');
}

function candidatesOf({ citation, links }: IdSearch): Candidate[] {
  return links.flatMap((link) => {
    const target = link.finalUrl === null ? null : parseStatusTarget(link.finalUrl);
    return target ? [{ link, target, sameHandle: sameHandle(citation, target) }] : [];
  });
}

// The three ways to an ID that need no network, PURE; id-recovery.ts orders them with the archive search.

/** The ID in the markup wins, whatever the links say. */
export function fromMarkup({ citation }: IdSearch): IdStep {
  if (citation.statusId === null) return { kind: 'missed', note: null };
  return {
    kind: 'found',
    resolution: {
      status: 'found',
      statusId: citation.statusId,
      foundBy: 'cited',
      confidence: 'high',
      evidence: 'status ID in the markup',
    },
  };
}

/** A media link (pic.twitter.com, or t.co resolving to …/status/ID/photo|video/N) names the post itself. */
export function fromMediaLink(search: IdSearch): IdStep {
  const media = candidatesOf(search).filter(
    ({ link, target }) => linkHostRole(link.url) === 'pic' || target.kind !== null,
  );
  // An author's own media names their post; another handle is weaker (renamed account, or a mistake).
  const matching = media.filter((candidate) => candidate.sameHandle === true);
  const chosen = matching.length > 0 ? matching : media;
  const ids = new Set(chosen.map((candidate) => candidate.target.statusId));
  const [first] = chosen;
  if (!first) return { kind: 'missed', note: null };
  return {
    kind: 'found',
    resolution: {
      status: 'found',
      statusId: first.target.statusId,
      foundBy: 'media-link',
      confidence: ids.size > 1 ? 'low' : matching.length > 0 ? 'high' : 'medium',
      evidence:
        ids.size > 1 ? `media links name ${ids.size} posts: ${evidenceOf(chosen)}` : evidenceOf([first]),
    },
  };
}

/** A t.co link to a plain status of the same handle; one to another account's post is a quote or a reference. */
export function fromShortLink(search: IdSearch): IdStep {
  const ownPosts = candidatesOf(search).filter(
    (candidate) => candidate.target.kind === null && candidate.sameHandle === true,
  );
  const ownIds = new Set(ownPosts.map((candidate) => candidate.target.statusId));
  const [own] = ownPosts;
  if (!own) {
    const described = search.links.map((link) => describeLink(link, search.citation));
    return { kind: 'missed', note: `links: ${described.length > 0 ? described.join(', ') : 'none'}` };
  }
  return {
    kind: 'found',
    resolution: {
      status: 'found',
      statusId: own.target.statusId,
      foundBy: 'short-link',
      confidence: ownIds.size > 1 ? 'low' : 'medium',
      evidence: evidenceOf(ownPosts),
    },
  };
}
