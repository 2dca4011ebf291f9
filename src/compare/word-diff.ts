import { diffWords } from 'diff';
import type { DiffPart } from '../result.js';

/** A word diff article → post, and how much of the two texts' words it keeps (0–1). */
export interface WordDiff {
  parts: DiffPart[];
  similarity: number;
}

// Bounds the Myers search on long, very different texts; beyond it the texts count as unrelated.
const MAX_EDIT_LENGTH = 2000;
const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Word-level diff of article text against post text; similarity = 2·shared words / all words (Dice). */
export function diffWordsOf(article: string, post: string): WordDiff {
  const total = countWords(article) + countWords(post);
  const changes = diffWords(article, post, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) {
    return {
      parts: [
        { op: 'removed', text: article },
        { op: 'added', text: post },
      ],
      similarity: 0,
    };
  }
  let shared = 0;
  const parts: DiffPart[] = changes.map((change) => {
    if (change.added) return { op: 'added', text: change.value };
    if (change.removed) return { op: 'removed', text: change.value };
    shared += countWords(change.value);
    return { op: 'equal', text: change.value };
  });
  return { parts, similarity: total === 0 ? 1 : (2 * shared) / total };
}
