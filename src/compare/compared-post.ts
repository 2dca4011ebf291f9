import type { PostLookup, RetrievedPost } from '../result.js';

/** The post the article is compared with: live, or an archived copy when X no longer serves it. */
export interface ComparedPost {
  post: RetrievedPost;
  archived: boolean;
}

/** Picks the live post, else the archived copy's post, else null (nothing to compare against). */
export function pickComparedPost(lookup: PostLookup | null): ComparedPost | null {
  if (lookup === null) return null;
  if (lookup.status === 'available') return { post: lookup.post, archived: lookup.source === 'archive' };
  const archivedPost = lookup.archived?.post ?? null;
  return archivedPost === null ? null : { post: archivedPost, archived: true };
}

/** Appends "(archived copy)" to a message about an archived post, keeping it one sentence. */
export function labelArchived(message: string, archived: boolean): string {
  return archived ? `${message.replace(/\.$/, '')} (archived copy).` : message;
}
