import type { Citation } from '../citation.js';
import type { IdResolution, LinkResolution } from '../result.js';
import { linkHostRole, parseStatusTarget, type StatusTarget } from '../x-url/index.js';
import type { ShortLinkResolution } from './short-link.js';

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

/**
 * How a citation's status ID is known. PURE. The ID in the markup wins; else a media link
 * (pic.twitter.com, or t.co resolving to …/status/ID/photo|video/N), which names the post
 * itself; else a t.co link to a plain status of the same handle. A t.co link to another
 * account's post is a quote or a reference, never the post.
 */
export function findStatusId(
  citation: Citation,
  resolvedLinks: readonly (ShortLinkResolution | LinkResolution)[],
): IdResolution {
  const links = resolvedLinks.map((link) => ('resolution' in link ? link.resolution : link));
  if (citation.statusId !== null) {
    return {
      status: 'found',
      statusId: citation.statusId,
      foundBy: 'cited',
      confidence: 'high',
      evidence: 'status ID in the markup',
    };
  }
  const candidates: Candidate[] = links.flatMap((link) => {
    const target = link.finalUrl === null ? null : parseStatusTarget(link.finalUrl);
    return target ? [{ link, target, sameHandle: sameHandle(citation, target) }] : [];
  });

  const media = candidates.filter(
    ({ link, target }) => linkHostRole(link.url) === 'pic' || target.kind !== null,
  );
  if (media.length > 0) {
    // An author's own media names their post; another handle is weaker (renamed account, or a mistake).
    const matching = media.filter((candidate) => candidate.sameHandle === true);
    const chosen = matching.length > 0 ? matching : media;
    const ids = new Set(chosen.map((candidate) => candidate.target.statusId));
    const [first] = chosen;
    if (first) {
      return {
        status: 'found',
        statusId: first.target.statusId,
        foundBy: 'media-link',
        confidence: ids.size > 1 ? 'low' : matching.length > 0 ? 'high' : 'medium',
        evidence:
          ids.size > 1 ? `media links name ${ids.size} posts: ${evidenceOf(chosen)}` : evidenceOf([first]),
      };
    }
  }

  const ownPosts = candidates.filter(
    (candidate) => candidate.target.kind === null && candidate.sameHandle === true,
  );
  const ownIds = new Set(ownPosts.map((candidate) => candidate.target.statusId));
  const [own] = ownPosts;
  if (own) {
    return {
      status: 'found',
      statusId: own.target.statusId,
      foundBy: 'short-link',
      confidence: ownIds.size > 1 ? 'low' : 'medium',
      evidence: evidenceOf(ownPosts),
    };
  }

  const described = links.map((link) => describeLink(link, citation));
  return {
    status: 'not-found',
    reason: `no status ID in the markup and no media link; links: ${described.length > 0 ? described.join(', ') : 'none'}`,
  };
}
