import type { Severity, VerdictField } from '../result.js';

/**
 * Every check compare/ can emit, with its field and fixed severity.
 * One id, one severity: reports and docs can list them, and a rule id means the same thing everywhere.
 */
export const CHECKS = {
  'status-available': { field: 'status', severity: 'ok' },
  'status-deleted': { field: 'status', severity: 'error' },
  'status-never-existed': { field: 'status', severity: 'error' },
  'status-removed': { field: 'status', severity: 'error' },
  'status-account-gone': { field: 'status', severity: 'error' },
  'status-protected': { field: 'status', severity: 'warning' },
  'status-suspended': { field: 'status', severity: 'warning' },
  'status-withheld': { field: 'status', severity: 'warning' },
  'status-age-restricted': { field: 'status', severity: 'warning' },
  'status-unavailable': { field: 'status', severity: 'warning' },
  'status-unverifiable': { field: 'status', severity: 'unverifiable' },
  'status-not-checked': { field: 'status', severity: 'unverifiable' },
  'id-not-found': { field: 'id', severity: 'unverifiable' },
  'id-stale-edit': { field: 'id', severity: 'notice' },
  'handle-match': { field: 'handle', severity: 'ok' },
  'handle-renamed': { field: 'handle', severity: 'warning' },
  'handle-mismatch': { field: 'handle', severity: 'error' },
  'name-match': { field: 'name', severity: 'ok' },
  'name-changed': { field: 'name', severity: 'notice' },
  'date-match': { field: 'date', severity: 'ok' },
  'date-timezone': { field: 'date', severity: 'notice' },
  'date-mismatch': { field: 'date', severity: 'error' },
  'text-exact': { field: 'text', severity: 'ok' },
  'text-equivalent': { field: 'text', severity: 'ok' },
  'text-typographic': { field: 'text', severity: 'notice' },
  'text-case-changed': { field: 'text', severity: 'notice' },
  'text-truncated': { field: 'text', severity: 'notice' },
  'text-edited': { field: 'text', severity: 'warning' },
  'text-similar': { field: 'text', severity: 'warning' },
  'text-different': { field: 'text', severity: 'error' },
  'link-match': { field: 'links', severity: 'ok' },
  'link-resolved': { field: 'links', severity: 'ok' },
  'link-missing': { field: 'links', severity: 'warning' },
  'link-target-changed': { field: 'links', severity: 'warning' },
  'link-unresolvable': { field: 'links', severity: 'notice' },
  'link-not-checked': { field: 'links', severity: 'unverifiable' },
  'quote-exact': { field: 'quote', severity: 'ok' },
  'quote-altered': { field: 'quote', severity: 'warning' },
} as const satisfies Record<string, { field: VerdictField; severity: Severity }>;

/** Stable kebab-case id of a comparison check (the closed set reports and docs list). */
export type CheckId = keyof typeof CHECKS;

/** All check ids, in the order above. */
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];
