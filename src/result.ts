import { z } from 'zod';
import { CHECK_IDS, SeveritySchema, VerdictFieldSchema } from './checks.js';
import { CitationSchema } from './citation.js';
import { RedirectHopSchema } from './fetch-record.js';

// Severity and field live with the check table; every module reading records keeps importing them from here.
export {
  SEVERITY_RANK,
  type Severity,
  SeveritySchema,
  type VerdictField,
  VerdictFieldSchema,
} from './checks.js';

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
  truncation: z
    .enum(['long-post-preview', 'ellipsis'])
    .optional()
    .describe(
      'Why the text is a prefix: long-post-preview (syndication sent note_tweet and a preview), ellipsis (the text ends in "…")',
    ),
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
  'host-given-up',
  'not-checked',
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

/** One word-diff segment: equal, only in the article (removed) or only in the post (added). */
export const DiffPartSchema = z.object({
  op: z.enum(['equal', 'removed', 'added']),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPartSchema>;

/** A reviewed exception that covers a finding: it is reported, but does not fail the run. */
export const SuppressionSchema = z.object({
  kind: z
    .enum(['config', 'inline'])
    .describe('An ignore entry of the config file, or a marker in the article'),
  reason: z.string(),
  where: z
    .string()
    .describe('Where the exception lives, e.g. citecheck.config.json: ignore[0] or post.md:12'),
});
export type Suppression = z.infer<typeof SuppressionSchema>;

/** A per-field finding (the vfile-message shape: check ≈ ruleId, citation.location ≈ place). */
export const FieldVerdictSchema = z.object({
  field: VerdictFieldSchema,
  check: z
    .enum(CHECK_IDS)
    .describe('Stable kebab-case rule id (src/checks.ts), e.g. text-edited, handle-renamed'),
  severity: SeveritySchema,
  message: z.string().describe('One sentence for a human'),
  expected: z.string().nullable().describe('What the article shows'),
  actual: z.string().nullable().describe('What was retrieved'),
  diff: z.array(DiffPartSchema).optional().describe('Word diff article → post (text verdicts)'),
  baseline: z
    .enum(['new', 'known'])
    .optional()
    .describe('With --baseline: new since the baseline report, or already known there'),
  suppressed: SuppressionSchema.optional().describe(
    'Set when a reviewed exception covers this finding: listed, but not counted against the run',
  ),
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

/** What kind of change a suggested edit makes (src/fix/ plans them; `citecheck fix` applies them). */
export const FixKindSchema = z.enum([
  'add-permalink',
  'add-archive-link',
  'add-archive-params',
  'correct-date',
  'fill-number',
  'update-handle',
]);
export type FixKind = z.infer<typeof FixKindSchema>;

/** One edit a person can review: replace source[start, end) with `replacement`. */
export const SuggestedEditSchema = z.object({
  fix: FixKindSchema,
  check: z
    .string()
    .describe('The check id the edit answers (id-recovered: the ID was found without a status link)'),
  reason: z.string().describe('One sentence for the reviewer: the evidence'),
  start: z.number().int().min(0).describe('UTF-16 index into the source as read (BOM removed)'),
  end: z.number().int().min(0),
  original: z.string().describe('source[start, end) when the edit was planned'),
  replacement: z.string(),
});
export type SuggestedEdit = z.infer<typeof SuggestedEditSchema>;

/** What Save Page Now answered for an available post with no archived copy (verify --save-archive). */
export const SavedCaptureSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    url: z.string().describe('Replay URL of the new capture'),
    timestamp: z.string().describe('14-digit Wayback timestamp'),
  }),
  z.object({
    status: z.literal('already-archived'),
    url: z.string(),
    timestamp: z.string(),
  }),
  z.object({
    status: z.literal('not-saved'),
    reason: z.enum(['rate-limited', 'busy', 'daily-limit', 'failed', 'timeout']),
    detail: z.string(),
  }),
]);
export type SavedCapture = z.infer<typeof SavedCaptureSchema>;

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
  suggestedEdits: z
    .array(SuggestedEditSchema)
    .optional()
    .describe("High-confidence edits answering this citation's findings (absent: none)"),
  savedCapture: SavedCaptureSchema.optional().describe('With --save-archive: the capture asked for'),
});
export type VerificationResult = z.infer<typeof VerificationResultSchema>;
