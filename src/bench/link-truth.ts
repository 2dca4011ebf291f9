import { parseStatusUrl, shortCodeOf } from '../x-url/index.js';
import type { PoolPost } from './post-pool.js';

/** Whether following a link reaches what the article meant, per the scenario. */
export type LinkTruth =
  | { kind: 'status' | 'short-link'; broken: boolean; changed: boolean }
  | { kind: 'other' };

/**
 * Judges links against the scenario: a status link or a short link that leads to a post is broken
 * when X no longer serves the post; a short link t.co does not know is broken; other links are not
 * about X and are left out of the right/wrong counts. `changed` marks links to posts whose text
 * changed since the article quoted them (a link checker cannot see that).
 */
export function createLinkJudge(posts: readonly PoolPost[]): (url: string) => LinkTruth {
  const byId = new Map(posts.map((post) => [post.post.id, post]));
  const byCode = new Map<string, PoolPost | null>();
  for (const post of posts) {
    if (post.mediaCode !== null) byCode.set(post.mediaCode, post);
    // Link codes lead to publisher pages, which exist whatever became of the post.
    for (const link of post.links) byCode.set(link.code, null);
  }
  const judgePost = (kind: 'status' | 'short-link', post: PoolPost | undefined | null): LinkTruth =>
    post === null
      ? { kind, broken: false, changed: false }
      : { kind, broken: post === undefined || post.truth === 'deleted', changed: post?.truth === 'changed' };
  return (url) => {
    const status = parseStatusUrl(url)?.statusId;
    if (status !== undefined) return judgePost('status', byId.get(status));
    const code = shortCodeOf(url)?.code;
    if (code !== undefined) return judgePost('short-link', byCode.has(code) ? byCode.get(code) : undefined);
    return { kind: 'other' };
  };
}
