import type { Citation } from '../citation.js';
import type { RetrievedPost } from '../result.js';
import { foldTypography, normalizeText } from './normalize-text.js';

/** Which start of the cited text the comparison used. */
export type BoundaryUse = 'as-cited' | 'extended' | 'trimmed';

export interface SettledText {
  text: string;
  use: BoundaryUse;
  /** Said after the text verdict's message when the start moved; empty otherwise. */
  note: string;
}

// A trimmed text shorter than this could match the end of almost anything ("Thanks!").
const MIN_TRIMMED_KEY = 20;

/**
 * Settles an uncertain text start (a run-on or multi-paragraph post, `textStart.confidence: 'low'`)
 * against the retrieved post: when the post starts earlier and the article's preceding text shows exactly
 * the missing words, the cited text is extended to them; when the cited text begins with prose the post
 * does not have, it is trimmed to the post. Otherwise the citation is compared as extracted.
 * Matching ignores spacing, letter case and typography, as flattened copies lose them.
 */
export function settleTextBoundary(citation: Citation, post: RetrievedPost): SettledText {
  const cited = citation.text ?? '';
  const asCited: SettledText = { text: cited, use: 'as-cited', note: '' };
  const start = citation.textStart;
  if (start === undefined || start.confidence !== 'low' || cited.trim() === '') return asCited;
  const key = (text: string) =>
    foldTypography(normalizeText(text, post.links)).toLowerCase().replace(/\s+/gu, '');
  const citedKey = key(cited);
  const postKey = key(post.text);
  if (citedKey === postKey || citedKey === '') return asCited;
  if (postKey.endsWith(citedKey)) {
    const missing = postKey.slice(0, postKey.length - citedKey.length);
    // Whole words from the end of the preceding text, until they spell the missing head.
    const head = wordsFromEnd(start.precedingText, missing.length, key);
    if (key(head) !== missing) return asCited;
    const joiner = start.boundary === 'paragraph' ? '\n\n' : start.boundary === 'line' ? '\n' : ' ';
    return {
      text: `${head.trim()}${joiner}${cited}`,
      use: 'extended',
      note: ` The cited text was extended to the post's start: the article's preceding ${start.boundary === 'paragraph' ? 'paragraphs show' : 'text shows'} its first words.`,
    };
  }
  if (citedKey.endsWith(postKey) && postKey.length >= MIN_TRIMMED_KEY) {
    const tail = wordsFromEnd(cited, postKey.length, key);
    if (key(tail) !== postKey) return asCited;
    return {
      text: tail.trim(),
      use: 'trimmed',
      note: " The cited text was trimmed to the post's start: the words before it are the article's.",
    };
  }
  return asCited;
}

/** The shortest run of whole words ending `text` whose key is at least `length` long (one pass). */
function wordsFromEnd(text: string, length: number, key: (text: string) => string): string {
  const words = text.split(/(?<=\s)/u);
  let taken = 0;
  let i = words.length;
  while (i > 0 && taken < length) {
    i--;
    taken += key(words[i] ?? '').length;
  }
  return words.slice(i).join('');
}
