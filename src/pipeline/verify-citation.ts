import pLimit from 'p-limit';
import type { Citation, ExtractProblem, SourceFormat } from './citation.js';
import { chooseCandidateByText, compareCitation, worstSeverity } from './compare/index.js';
import type { ExceptionSet } from './exceptions/index.js';
import { detectFormat, extractCitations } from './extract/index.js';
import type { Fetcher } from './fetch/types.js';
import { attachSuggestedEdits } from './fix/attach-edits.js';
import { contentHash } from './fix/content-hash.js';
import type {
  IdResolution,
  LinkResolution,
  PostLookup,
  RetrievedPost,
  VerificationResult,
} from './result.js';
import type { ArticleReport } from './run-report.js';
import type { ArchiveSaver } from './save-archive.js';
import { findArchivedIdCandidates, findStatusId, lookupPost, resolveShortLink } from './x/index.js';

/** Everything verification needs besides the article: the one fetcher and a few switches. */
export interface VerifyContext {
  fetcher: Fetcher;
  /** Look up archived copies of unavailable posts (default true). */
  archive?: boolean;
  /** Citations of one article checked at once; the fetcher still enforces per-host budgets. Default 8. */
  concurrency?: number;
  /** Reviewed exceptions (config ignore entries; inline markers are read from each article's text). */
  exceptions?: ExceptionSet;
  /** With --save-archive: asks the Wayback Machine to capture available posts that have no copy yet. */
  saver?: ArchiveSaver;
  /** Called after each citation is verified (progress bars, streaming). */
  onResult?: (result: VerificationResult, source: string) => void;
}

/** One article as read by src/inputs. */
export interface SourceDocument {
  source: string;
  text: string;
  format?: SourceFormat;
}

/** Extracts, resolves, looks up and compares every citation of one article. Never throws for bad input. */
export async function verifyDocument(doc: SourceDocument, context: VerifyContext): Promise<ArticleReport> {
  const extraction = extractCitations(
    doc.text,
    doc.format === undefined ? { source: doc.source } : { source: doc.source, format: doc.format },
  );
  const limit = pLimit(context.concurrency ?? 8);
  const errors: ExtractProblem[] = [...extraction.errors];
  const results = await Promise.all(
    extraction.citations.map((citation) =>
      limit(async () => {
        const verified = await verifyCitation(citation, doc.text, context);
        const saved = await context.saver?.save(verified);
        const result = saved === undefined ? verified : { ...verified, savedCapture: saved };
        context.onResult?.(result, doc.source);
        return result;
      }),
    ),
  );
  const format = doc.format ?? detectFormat(doc.source, doc.text);
  const article = {
    source: doc.source,
    errors,
    results: attachSuggestedEdits(doc.text, format, results),
    contentHash: contentHash(doc.text),
  };
  return context.exceptions === undefined ? article : context.exceptions.apply(article, doc.text);
}

/** The per-citation pipeline: links → status ID → lookup → field verdicts. */
export async function verifyCitation(
  citation: Citation,
  articleText: string,
  context: VerifyContext,
): Promise<VerificationResult> {
  // A display URL whose anchor pointed at t.co resolves through that t.co link.
  const shortLinks = citation.links
    .map((link) => (link.kind === 'tco' || link.kind === 'media' ? link.url : link.href))
    .filter((url): url is string => url !== undefined);
  const resolved = await Promise.all(shortLinks.map((url) => resolveShortLink(url, context.fetcher)));
  const links: LinkResolution[] = resolved.map((entry) => entry.resolution);
  const archive = context.archive ?? true;
  let resolution = findStatusId(citation, resolved);
  let lookup: PostLookup | null = null;
  if (resolution.status === 'found') {
    lookup = await lookupPost(citation, resolution, context.fetcher, { archive });
  } else if (archive) {
    const found = await findIdInArchive(citation, resolution, context.fetcher);
    resolution = found.resolution;
    lookup = found.lookup;
  }
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
    liveUrl: statusId === null ? null : `https://x.com/${handle ?? 'i'}/status/${statusId}`,
    archiveUrl: lookup !== null && lookup.status !== 'available' ? (lookup.archived?.url ?? null) : null,
  };
}

/**
 * The last way to an ID-less citation's post: the account's posts the Wayback Machine lists around the
 * cited date, looked up live and matched by text. Not found stays not found, with what was tried.
 */
async function findIdInArchive(
  citation: Citation,
  notFound: Extract<IdResolution, { status: 'not-found' }>,
  fetcher: Fetcher,
): Promise<{ resolution: IdResolution; lookup: PostLookup | null }> {
  const unchanged = { resolution: notFound, lookup: null };
  if (citation.handle === null || citation.date === null || !citation.text?.trim()) return unchanged;
  const candidates = await findArchivedIdCandidates(citation.handle, citation.date, fetcher);
  const tried = (detail: string) => ({
    resolution: { ...notFound, reason: `${notFound.reason}; archive search: ${detail}` },
    lookup: null,
  });
  if (candidates.kind === 'failed') return tried(`failed (${candidates.reason}: ${candidates.detail})`);
  if (candidates.kind === 'none') return tried(candidates.detail);
  const lookups = await Promise.all(
    candidates.ids.map((statusId) =>
      lookupPost(
        citation,
        { status: 'found', statusId, foundBy: 'archive', confidence: 'low', evidence: candidates.query },
        fetcher,
        { archive: false },
      ),
    ),
  );
  const available = lookups.flatMap((l) => (l.status === 'available' ? [l] : []));
  const failed = lookups.filter((l) => l.status === 'unverifiable').length;
  // What was not read could hold the cited post: then no match is certain and "none" is not an answer.
  const gaps = [
    ...candidates.gaps,
    ...(candidates.total > candidates.ids.length
      ? [`only the ${candidates.ids.length} nearest the date of ${candidates.total} read`]
      : []),
    ...(failed > 0 ? [`${failed} of ${candidates.ids.length} lookups failed`] : []),
  ];
  const choice = chooseCandidateByText(
    citation,
    available.map((l) => l.post),
  );
  const listed = `the Wayback Machine lists ${candidates.total} ${candidates.query}`;
  const caveat = gaps.length > 0 ? ` (${gaps.join('; ')})` : '';
  if (choice.kind === 'none') {
    const verdict = gaps.length > 0 ? `incomplete, ${choice.detail}` : choice.detail;
    return tried(`${listed}${caveat}; ${verdict}`);
  }
  return {
    resolution: {
      status: 'found',
      statusId: choice.post.id,
      foundBy: 'archive',
      confidence: gaps.length > 0 && choice.confidence === 'high' ? 'medium' : choice.confidence,
      evidence: `${listed}${caveat}; ${choice.evidence}`,
    },
    lookup: available.find((l) => l.post.id === choice.post.id) ?? null,
  };
}

/** The newest version of an edited post when the cited ID is an older one (readers see that one), else null. */
async function lookupLatestEdit(
  citation: Citation,
  lookup: PostLookup | null,
  context: VerifyContext,
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
