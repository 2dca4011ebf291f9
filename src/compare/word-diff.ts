import { diffWords } from 'diff';
import type { DiffPart } from '../result.js';

/** A word diff article → post, and how much of the two texts' words it keeps (0–1). */
export interface WordDiff {
  parts: DiffPart[];
  similarity: number;
}

// Bounds the Myers search on long texts that share words in a different order.
const MAX_EDIT_LENGTH = 500;
// Below this share of common words (in any order) a word diff shows nothing useful, so it is skipped.
const MIN_SHARED_FOR_DIFF = 0.3;
const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Dice coefficient of the two texts' word multisets: an upper bound of the in-order similarity. */
function sharedWordShare(article: readonly string[], post: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of article) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of post) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (article.length + post.length);
}

/**
 * Word-level diff of article text against post text; similarity = 2·shared words / all words (Dice).
 * Unrelated texts (under 30% common words, or too many edits) come back as one removal and one addition,
 * scored by their common words in any order.
 */
export function diffWordsOf(article: string, post: string): WordDiff {
  const articleWords = wordsOf(article);
  const postWords = wordsOf(post);
  if (articleWords.length + postWords.length === 0) {
    return { parts: article === post ? [{ op: 'equal', text: post }] : [], similarity: 1 };
  }
  const bagShare = sharedWordShare(articleWords, postWords);
  const changes =
    bagShare < MIN_SHARED_FOR_DIFF ? undefined : diffWords(article, post, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) {
    return {
      parts: [
        { op: 'removed', text: article },
        { op: 'added', text: post },
      ],
      similarity: Math.min(bagShare, MIN_SHARED_FOR_DIFF),
    };
  }
  let shared = 0;
  const parts: DiffPart[] = changes.map((change) => {
    if (change.added) return { op: 'added', text: change.value };
    if (change.removed) return { op: 'removed', text: change.value };
    shared += wordsOf(change.value).length;
    return { op: 'equal', text: change.value };
  });
  return { parts, similarity: (2 * shared) / (articleWords.length + postWords.length) };
}
