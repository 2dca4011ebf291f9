// The pipeline for one citation: resolve its links, recover its status ID (x/id-recovery.ts), look the post
// up, compare. Never throws for bad input.
import type { Citation } from '../citation.js';
import { chooseCandidateByText, compareCitation, worstSeverity } from '../compare/index.js';
import type { Fetcher } from '../fetch/types.js';
import type { LinkResolution, PostLookup, RetrievedPost, VerificationResult } from '../result.js';
import { lookupPost, recoverStatusId, resolveShortLink } from '../x/index.js';
import { statusPermalink } from '../x-url/index.js';

/** What verifying one citation needs: the one fetcher and whether archives may be searched. */
export interface CitationContext {
  fetcher: Fetcher;
  /** Look up archived copies of unavailable posts, and search the archive for an ID-less post's ID (default true). */
  archive?: boolean;
}

/** The per-citation pipeline: links → status ID → lookup → field verdicts. */
export async function verifyCitation(
  citation: Citation,
  articleText: string,
  context: CitationContext,
): Promise<VerificationResult> {
  // A display URL whose anchor pointed at t.co resolves through that t.co link.
  const shortLinks = citation.links
    .map((link) => (link.kind === 'tco' || link.kind === 'media' ? link.url : link.href))
    .filter((url): url is string => url !== undefined);
  const resolved = await Promise.all(shortLinks.map((url) => resolveShortLink(url, context.fetcher)));
  const links: LinkResolution[] = resolved.map((entry) => entry.resolution);
  const archive = context.archive ?? true;
  const recovered = await recoverStatusId(citation, resolved, {
    fetcher: context.fetcher,
    archive,
    chooseByText: chooseCandidateByText,
  });
  const { resolution } = recovered;
  const lookup =
    recovered.lookup ??
    (resolution.status === 'found'
      ? await lookupPost(citation, resolution, context.fetcher, { archive })
      : null);
  const latestEdit = await lookupLatestEdit(citation, lookup, context);
  const verdicts = compareCitation({ citation, resolution, lookup, links, articleText, latestEdit });
  const statusId = resolution.status === 'found' ? resolution.statusId : null;
  const handle = lookup?.status === 'available' ? (lookup.post.handle ?? citation.handle) : citation.handle;
  return {
    citation,
    resolution,
    lookup,
    verdicts,
    severity: worstSeverity(verdicts),
    links,
    liveUrl: statusId === null ? null : statusPermalink(handle, statusId),
    archiveUrl: lookup !== null && lookup.status !== 'available' ? (lookup.archived?.url ?? null) : null,
  };
}

/** The newest version of an edited post when the cited ID is an older one (readers see that one), else null. */
async function lookupLatestEdit(
  citation: Citation,
  lookup: PostLookup | null,
  context: CitationContext,
): Promise<RetrievedPost | null> {
  if (lookup?.status !== 'available' || !lookup.post.edit?.isStaleEdit) return null;
  const newest = lookup.post.edit.editIds.at(-1);
  if (newest === undefined || newest === lookup.post.id) return null;
  const latest = await lookupPost(
    citation,
    { status: 'found', statusId: newest, foundBy: 'cited', confidence: 'high', evidence: 'newest edit' },
    context.fetcher,
    { archive: false },
  );
  return latest.status === 'available' ? latest.post : null;
}
