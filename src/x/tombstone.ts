import type { UnavailableStatus } from '../result.js';

/** What a syndication tombstone can tell us. `unavailable` means X gave no (recognized) reason. */
export type TombstoneStatus = Extract<
  UnavailableStatus,
  | 'deleted'
  | 'suspended'
  | 'protected'
  | 'account-gone'
  | 'unavailable'
  | 'removed'
  | 'age-restricted'
  | 'withheld'
>;

// English tombstone texts (reference §1.3), matched after folding "Tweet" → "post" and ’ → '.
// Most specific first: "unavailable" is the catch-all wording.
const RULES: ReadonlyArray<readonly [RegExp, TombstoneStatus]> = [
  [/\bwas deleted by the post author\b|\bthis post (has been|was) deleted\b/, 'deleted'],
  [/\bfrom a suspended account\b|\baccount (has been|is|was) suspended\b/, 'suspended'],
  [/\baccount that no longer exists\b|\baccount (no longer exists|doesn't exist)\b/, 'account-gone'],
  [/\blimits who can view\b|\bprotected\b|\bonly approved followers\b/, 'protected'],
  [/\bviolated the (x|twitter) rules\b/, 'removed'],
  [/\bage-restricted\b|\badult content\b/, 'age-restricted'],
  [/\bwithheld in\b/, 'withheld'],
];

/**
 * Classifies a tombstone's text (English, "Tweet" or "Post" wording, either apostrophe).
 * PURE. An empty or unrecognized text is `unavailable` (reason unknown), never `deleted`.
 */
export function classifyTombstone(text: string | null | undefined): TombstoneStatus {
  if (!text) return 'unavailable';
  const folded = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\btweets?\b/g, (word) => (word.endsWith('s') ? 'posts' : 'post'));
  for (const [pattern, status] of RULES) {
    if (pattern.test(folded)) return status;
  }
  return 'unavailable';
}
