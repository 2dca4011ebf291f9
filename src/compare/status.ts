import type { CheckId } from '../checks.js';
import type { FieldVerdict, IdResolution, PostLookup, UnavailableStatus } from '../result.js';
import { createVerdict } from './verdict.js';

const UNAVAILABLE: Record<UnavailableStatus, { check: CheckId; says: string }> = {
  deleted: { check: 'status-deleted', says: 'The post has been deleted' },
  'never-existed': { check: 'status-never-existed', says: 'No post with this ID ever existed' },
  removed: { check: 'status-removed', says: 'X removed the post' },
  'account-gone': { check: 'status-account-gone', says: "The post's account no longer exists" },
  protected: { check: 'status-protected', says: 'The post is protected: only approved followers can see it' },
  suspended: { check: 'status-suspended', says: "The post's account is suspended, so readers cannot see it" },
  withheld: { check: 'status-withheld', says: 'The post is withheld in some countries' },
  'age-restricted': {
    check: 'status-age-restricted',
    says: 'The post is age-restricted: readers must log in to see it',
  },
  unavailable: {
    check: 'status-unavailable',
    says: 'X does not show the post, for a reason it does not give',
  },
};

function archiveNote(lookup: PostLookup): string {
  if (lookup.status === 'available' || lookup.archived === null) return '';
  return `; an archived copy exists at ${lookup.archived.url}`;
}

/**
 * Whether readers can see the post. Gone for good is an error, hidden from readers a warning; when citecheck
 * could not decide (no ID, no lookup, network, rate limit, offline miss) the verdict is `unverifiable`,
 * which never counts for or against the article.
 */
export function compareStatus(resolution: IdResolution, lookup: PostLookup | null): FieldVerdict[] {
  if (resolution.status === 'not-found') {
    return [
      createVerdict('id-not-found', `No status ID could be found for this citation: ${resolution.reason}.`, {
        expected: null,
        actual: resolution.reason,
      }),
    ];
  }
  if (lookup === null) {
    return [
      createVerdict('status-not-checked', `Post ${resolution.statusId} was not looked up.`, {
        expected: 'available',
        actual: null,
      }),
    ];
  }
  if (lookup.status === 'available') {
    return [
      createVerdict('status-available', `The post is available (via ${lookup.source}).`, {
        expected: 'available',
        actual: 'available',
      }),
    ];
  }
  if (lookup.status === 'unverifiable') {
    return [
      createVerdict(
        'status-unverifiable',
        `The post could not be checked (${lookup.reason}: ${lookup.detail})${archiveNote(lookup)}.`,
        { expected: 'available', actual: lookup.reason },
      ),
    ];
  }
  const { check, says } = UNAVAILABLE[lookup.status];
  return [
    createVerdict(check, `${says} (${lookup.evidence})${archiveNote(lookup)}.`, {
      expected: 'available',
      actual: lookup.status,
    }),
  ];
}
