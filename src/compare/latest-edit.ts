import type { Citation } from '../citation.js';
import type { FieldVerdict, RetrievedPost } from '../result.js';
import type { ComparedPost } from './compared-post.js';
import { compareText } from './text.js';
import { createVerdict } from './verdict.js';

// Text classes that mean the newest version says something the article does not.
const CHANGED = new Set(['text-edited', 'text-similar', 'text-different']);

/**
 * An article citing an older version of an edited post quotes it faithfully, yet readers who follow the link
 * see the newest version: when that version's text differs, say so with a diff against it.
 */
export function compareLatestEdit(citation: Citation, latest: RetrievedPost): FieldVerdict[] {
  const [verdict] = compareText(citation, { post: latest, archived: false });
  if (verdict === undefined || !CHANGED.has(verdict.check)) return [];
  return [
    createVerdict(
      'text-edited',
      `The post was edited after the cited version: the newest version (${latest.id}) reads differently.`,
      {
        expected: citation.text,
        actual: latest.text,
        ...(verdict.diff === undefined ? {} : { diff: verdict.diff }),
      },
    ),
  ];
}

/**
 * The text verdicts of a citation whose post may have a newer version. An article that quotes the newest
 * version while citing an older ID (the id-stale-edit notice says so) shows the post as it reads now: its
 * text is judged against that version, not called edited against the older one it did not quote.
 */
export function compareTextAcrossEdits(
  citation: Citation,
  compared: ComparedPost,
  latest: RetrievedPost | null,
): FieldVerdict[] {
  const againstCited = compareText(citation, compared);
  if (latest === null) return againstCited;
  if (againstCited.some((verdict) => CHANGED.has(verdict.check))) {
    const againstLatest = compareText(citation, { post: latest, archived: false });
    if (againstLatest.length > 0 && !againstLatest.some((verdict) => CHANGED.has(verdict.check)))
      return againstLatest;
  }
  return [...againstCited, ...compareLatestEdit(citation, latest)];
}
