import type { Citation } from '../citation.js';
import type { FieldVerdict, IdResolution } from '../result.js';
import { type ComparedPost, labelArchived } from './compared-post.js';
import { normalizeDisplayName } from './display-name.js';
import { createVerdict } from './verdict.js';

function bareHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/**
 * Whether the article itself tied this handle to this ID. X serves a status under any handle, so a cited
 * `/oldname/status/ID` that now answers as @newname is the same post under a renamed account.
 */
function isTiedByArticle(resolution: IdResolution): boolean {
  return resolution.status === 'found' && resolution.foundBy === 'cited';
}

/**
 * Handles compare case-insensitively. When they differ the post is the cited one under a renamed account
 * (warning) if the article's own status link named the ID, or if the display names still agree; otherwise
 * (ID found through a media/short link or an archive, names differ or are missing) the retrieved post
 * belongs to another account (error): e.g. a pic link resolving to the original poster's status.
 */
export function compareHandle(
  citation: Citation,
  resolution: IdResolution,
  compared: ComparedPost,
): FieldVerdict[] {
  const { post, archived } = compared;
  if (citation.handle === null || post.handle === null) return [];
  const evidence = { expected: citation.handle, actual: post.handle };
  if (bareHandle(citation.handle) === bareHandle(post.handle)) {
    return [createVerdict('handle-match', labelArchived('The handle matches.', archived), evidence)];
  }
  const namesAgree =
    citation.name !== null &&
    post.name !== null &&
    normalizeDisplayName(citation.name) === normalizeDisplayName(post.name);
  if (isTiedByArticle(resolution) || namesAgree) {
    const account = post.userId === null ? '' : ` (account ID ${post.userId})`;
    return [
      createVerdict(
        'handle-renamed',
        labelArchived(
          `The post now appears under @${post.handle}${account}: the account was likely renamed.`,
          archived,
        ),
        evidence,
      ),
    ];
  }
  return [
    createVerdict(
      'handle-mismatch',
      labelArchived(
        `The post found for this citation belongs to @${post.handle}, not @${citation.handle}.`,
        archived,
      ),
      evidence,
    ),
  ];
}
