import { z } from 'zod';

// The record layer's closed vocabulary of findings: what a check is (its field and severity) and every check
// id there is. result.ts builds FieldVerdict on it (check: z.enum(CHECK_IDS)); compare/ emits only these.

/** How serious a finding is. `unverifiable` means citecheck could not check: never the article's fault. */
export const SeveritySchema = z.enum(['ok', 'notice', 'warning', 'error', 'unverifiable']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Ordering of the severities, least serious first. `unverifiable` sits just above ok: it is never the
 * article's fault (worstSeverity keeps it apart from the others).
 */
export const SEVERITY_RANK: Record<Severity, number> = {
  ok: 0,
  unverifiable: 1,
  notice: 2,
  warning: 3,
  error: 4,
};

/** The part of a citation a verdict is about. */
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

/**
 * Every check compare/ can emit, with its field and fixed severity.
 * One id, one severity: reports and docs can list them, and a rule id means the same thing everywhere.
 * `help` is the one sentence a reader of a finding sees about the check (SARIF rule help, docs).
 */
export const CHECKS = {
  'status-available': { field: 'status', severity: 'ok', help: 'The cited post is online.' },
  'status-deleted': {
    field: 'status',
    severity: 'error',
    help: 'The cited post was deleted (a tombstone says so, or syndication and oEmbed both answer 404). Link an archived copy, or remove the citation.',
  },
  'status-never-existed': {
    field: 'status',
    severity: 'error',
    help: 'No post with this status ID ever existed: the ID in the article is probably mistyped.',
  },
  'status-removed': {
    field: 'status',
    severity: 'error',
    help: 'X removed the post. Link an archived copy, or say in the article that it was removed.',
  },
  'status-account-gone': {
    field: 'status',
    severity: 'error',
    help: 'The account that posted it no longer exists, so the post is gone.',
  },
  'status-protected': {
    field: 'status',
    severity: 'warning',
    help: 'The account is protected: readers who do not follow it cannot see the post.',
  },
  'status-suspended': {
    field: 'status',
    severity: 'warning',
    help: 'The account is suspended: the post cannot be seen now.',
  },
  'status-withheld': {
    field: 'status',
    severity: 'warning',
    help: 'The post is withheld in some countries.',
  },
  'status-age-restricted': {
    field: 'status',
    severity: 'warning',
    help: 'The post is behind an age or sensitive-content gate.',
  },
  'status-unavailable': {
    field: 'status',
    severity: 'warning',
    help: 'X does not serve the post, for a reason it does not name.',
  },
  'status-unverifiable': {
    field: 'status',
    severity: 'unverifiable',
    help: "The post could not be looked up (network, rate limit, offline, a changed response): not the article's fault.",
  },
  'status-not-checked': {
    field: 'status',
    severity: 'unverifiable',
    help: 'The post was not looked up in this run.',
  },
  'id-not-found': {
    field: 'id',
    severity: 'unverifiable',
    help: 'No status ID could be found for a citation without one (no resolving link, no archived match).',
  },
  'id-stale-edit': {
    field: 'id',
    severity: 'notice',
    help: 'The article cites an older version of an edited post: a newer version exists.',
  },
  'handle-match': { field: 'handle', severity: 'ok', help: "The handle shown matches the post's author." },
  'handle-renamed': {
    field: 'handle',
    severity: 'warning',
    help: 'The account was renamed since the article cited it (same account ID).',
  },
  'handle-mismatch': {
    field: 'handle',
    severity: 'error',
    help: 'The post belongs to another account than the one the article names.',
  },
  'name-match': { field: 'name', severity: 'ok', help: "The display name shown matches the account's." },
  'name-changed': {
    field: 'name',
    severity: 'notice',
    help: "The account's display name changed (display names change often).",
  },
  'date-match': {
    field: 'date',
    severity: 'ok',
    help: "The date shown matches the post's creation date (UTC).",
  },
  'date-timezone': {
    field: 'date',
    severity: 'notice',
    help: 'The date shown is one day off the UTC date: a time-zone difference.',
  },
  'date-mismatch': {
    field: 'date',
    severity: 'error',
    help: "The date shown is more than a day off the post's creation time.",
  },
  'text-exact': { field: 'text', severity: 'ok', help: "The text shown is the post's text." },
  'text-equivalent': {
    field: 'text',
    severity: 'ok',
    help: "The text shown equals the post's after normalization (whitespace, entities, links).",
  },
  'text-typographic': {
    field: 'text',
    severity: 'notice',
    help: 'The text differs only typographically (quotes, dashes, ellipses).',
  },
  'text-case-changed': { field: 'text', severity: 'notice', help: 'The text differs only in letter case.' },
  'text-truncated': {
    field: 'text',
    severity: 'notice',
    help: "The article shows a prefix of the post's text.",
  },
  'text-edited': {
    field: 'text',
    severity: 'warning',
    help: 'The post was edited after the version the article cites.',
  },
  'text-similar': {
    field: 'text',
    severity: 'warning',
    help: "The text shown differs from the post's in a few words (see the word diff).",
  },
  'text-different': { field: 'text', severity: 'error', help: "The text shown is not the post's text." },
  'link-match': { field: 'links', severity: 'ok', help: "The links cited are the post's own." },
  'link-resolved': {
    field: 'links',
    severity: 'ok',
    help: "The cited short link resolves to the post's link.",
  },
  'link-missing': {
    field: 'links',
    severity: 'warning',
    help: 'A link the article shows is not in the post.',
  },
  'link-target-changed': {
    field: 'links',
    severity: 'warning',
    help: "A cited short link now leads somewhere else than the post's link.",
  },
  'link-unresolvable': {
    field: 'links',
    severity: 'notice',
    help: 'A cited short link could not be resolved.',
  },
  'link-not-checked': {
    field: 'links',
    severity: 'unverifiable',
    help: 'The links were not checked in this run.',
  },
  'quote-exact': { field: 'quote', severity: 'ok', help: "The article's prose quotes the post exactly." },
  'quote-altered': {
    field: 'quote',
    severity: 'warning',
    help: "The article's prose quotes the post with different words.",
  },
} as const satisfies Record<string, { field: VerdictField; severity: Severity; help: string }>;

/** Stable kebab-case id of a comparison check (the closed set reports and docs list). */
export type CheckId = keyof typeof CHECKS;

/** All check ids, in the order above. */
export const CHECK_IDS = Object.keys(CHECKS) as [CheckId, ...CheckId[]];
