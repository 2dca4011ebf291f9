import { z } from 'zod';
import { CitationSchema } from './citation.js';
import { RedirectHopSchema } from './fetch/types.js';

/** How serious a finding is. `unverifiable` means citecheck could not check: never the article's fault. */
export const SeveritySchema = z.enum(['ok', 'notice', 'warning', 'error', 'unverifiable']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Ordering of the severities that count against an article (unverifiable stands apart). */
export const SEVERITY_RANK: Record<Exclude<Severity, 'unverifiable'>, number> = {
  ok: 0,
  notice: 1,
  warning: 2,
  error: 3,
};

/** How the post's status ID was found. */
export const IdResolutionSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    statusId: z.string().regex(/^\d{1,20}$/),
    foundBy: z
      .enum(['cited', 'media-link', 'short-link', 'archive'])
      .describe(
        'cited: in the markup; media-link: a pic/t.co media link resolved to the post; archive: found via Wayback',
      ),
    confidence: z.enum(['high', 'medium', 'low']),
    evidence: z.string().describe('Human-readable how, e.g. the link that resolved to it'),
  }),
  z.object({
    status: z.literal('not-found'),
    reason: z.string().describe('Why no ID could be found'),
  }),
]);
export type IdResolution = z.infer<typeof IdResolutionSchema>;

/** A link entity of a retrieved post. */
export const PostLinkSchema = z.object({
  url: z.string().describe('t.co URL as in the post'),
  expandedUrl: z.string().nullable(),
  displayUrl: z.string().nullable(),
  kind: z.enum(['url', 'media']),
});
export type PostLink = z.infer<typeof PostLinkSchema>;

/** A post as retrieved from X (or an archive), normalized from whichever endpoint answered. */
export const RetrievedPostSchema = z.object({
  id: z.string(),
  handle: z.string().nullable(),
  name: z.string().nullable(),
  userId: z.string().nullable().describe('Stable account ID; a rename keeps it'),
  createdAt: z.string().nullable().describe('ISO time of posting (UTC)'),
  text: z.string().describe('Post text, entities decoded (&amp; etc.)'),
  links: z.array(PostLinkSchema),
  quotedText: z.string().nullable(),
  replyTo: z.string().nullable(),
  lang: z.string().nullable(),
  edit: z
    .object({
      isEdited: z.boolean(),
      isStaleEdit: z.boolean().describe('A newer version of this post exists'),
      editIds: z.array(z.string()),
    })
    .nullable(),
  truncated: z.boolean().describe('The source shows only a prefix (oEmbed, long posts)'),
});
export type RetrievedPost = z.infer<typeof RetrievedPostSchema>;

/** Where the retrieved data came from. */
export const PostSourceSchema = z.enum(['syndication', 'oembed', 'archive']);

export const ArchivedCopySchema = z.object({
  url: z.string().describe('Replay URL of the archived copy'),
  timestamp: z.string().describe('14-digit Wayback timestamp'),
  post: RetrievedPostSchema.nullable().describe('The post as archived, when the capture could be read'),
});
export type ArchivedCopy = z.infer<typeof ArchivedCopySchema>;

/** Why a lookup could not decide. */
export const UnverifiableReasonSchema = z.enum([
  'no-status-id',
  'network',
  'timeout',
  'rate-limited',
  'offline-miss',
  'not-checked',
  'unexpected-response',
  'refused-by-guard',
  'sources-disagree',
  'ambiguous',
]);
export type UnverifiableReason = z.infer<typeof UnverifiableReasonSchema>;

/** Unavailable states X distinguishes. */
export const UnavailableStatusSchema = z.enum([
  'deleted',
  'protected',
  'suspended',
  'withheld',
  'age-restricted',
  'account-gone',
  'removed',
  'never-existed',
  'unavailable',
]);
export type UnavailableStatus = z.infer<typeof UnavailableStatusSchema>;

/** What looking the post up found. */
export const PostLookupSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('available'),
    source: PostSourceSchema,
    post: RetrievedPostSchema,
    fetchedAt: z.string(),
  }),
  z.object({
    status: UnavailableStatusSchema,
    evidence: z.string().describe('What the endpoints answered, e.g. the tombstone text'),
    archived: ArchivedCopySchema.nullable(),
    fetchedAt: z.string(),
  }),
  z.object({
    status: z.literal('unverifiable'),
    reason: UnverifiableReasonSchema,
    detail: z.string(),
    archived: ArchivedCopySchema.nullable(),
  }),
]);
export type PostLookup = z.infer<typeof PostLookupSchema>;

export const VerdictFieldSchema = z.enum([
  'status',
  'id',
  'handle',
  'name',
  'date',
  'text',
  'links',
  'quote',
  'extraction',
]);
export type VerdictField = z.infer<typeof VerdictFieldSchema>;

/** One word-diff segment: equal, only in the article (removed) or only in the post (added). */
export const DiffPartSchema = z.object({
  op: z.enum(['equal', 'removed', 'added']),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPartSchema>;

/** A per-field finding (the vfile-message shape: check ≈ ruleId, citation.location ≈ place). */
export const FieldVerdictSchema = z.object({
  field: VerdictFieldSchema,
  check: z.string().describe('Stable kebab-case rule id, e.g. text-edited, handle-renamed, date-off-by-one'),
  severity: SeveritySchema,
  message: z.string().describe('One sentence for a human'),
  expected: z.string().nullable().describe('What the article shows'),
  actual: z.string().nullable().describe('What was retrieved'),
  diff: z.array(DiffPartSchema).optional().describe('Word diff article → post (text verdicts)'),
  baseline: z
    .enum(['new', 'known'])
    .optional()
    .describe('With --baseline: new since the baseline report, or already known there'),
});
export type FieldVerdict = z.infer<typeof FieldVerdictSchema>;

/** A resolved link of the citation: the chain from the displayed URL to its final target. */
export const LinkResolutionSchema = z.object({
  url: z.string().describe('URL as cited'),
  finalUrl: z.string().nullable(),
  chain: z.array(RedirectHopSchema),
  error: z.string().nullable(),
});
export type LinkResolution = z.infer<typeof LinkResolutionSchema>;

/** Everything citecheck found about one citation. */
export const VerificationResultSchema = z.object({
  citation: CitationSchema,
  resolution: IdResolutionSchema,
  lookup: PostLookupSchema.nullable().describe('null when no ID was found or lookups were skipped'),
  verdicts: z.array(FieldVerdictSchema),
  severity: SeveritySchema.describe('Worst verdict severity (unverifiable only when nothing else was found)'),
  links: z.array(LinkResolutionSchema),
  liveUrl: z.string().nullable().describe('https://x.com/<handle>/status/<id>'),
  archiveUrl: z.string().nullable(),
});
export type VerificationResult = z.infer<typeof VerificationResultSchema>;
