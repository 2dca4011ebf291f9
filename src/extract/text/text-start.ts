import type { TextStart } from '../../citation.js';

/** Where a run-on post's text starts within its line, and how that was decided. */
export interface TextStartChoice {
  index: number;
  boundary: TextStart['boundary'];
  confidence: TextStart['confidence'];
}

// BBC pages label each embed for screen readers: "Skip Twitter post by @handle … End of Twitter post by
// @handle"; scrapers keep the labels as text (the handle is sometimes lost: "Skip Twitter post by The…").
const WRAPPER_OPEN = /Skip (?:Twitter|X) post(?: \d{1,3})? by (?:@\w{1,50}\s{1,4})?/g;
// A block boundary whose whitespace a scraper dropped: sentence end glued to a capital ("YouTube.The").
const GLUED = /[\p{Ll}\p{N}][.!?…]['"”’]?(?=\p{Lu})/gu;
// A spaced sentence start: ". The", "! «Le", "? 2024".
const SENTENCE = /[.!?…]['"”’)]?\s{1,4}(?=[\p{Lu}\p{N}"'“‘«¿¡])/gu;
// An introduction naming the post: "See the post here: …", "He tweeted: …". A colon after anything else
// ("Breaking: …") is the post's own.
const INTRO =
  /\b(?:here|below|wrote|writes|tweeted|tweets|posted|posts|said|says|reads|added|shared|on (?:X|Twitter))\s?:\s{1,4}/giu;
// Longest stretch of text before a byline that can be the post (X allows 280 characters, 25,000 for
// subscribers; a run-on paragraph has no boundary to find beyond this).
export const MAX_RUN_ON_TEXT = 4000;

/**
 * Decides where the post text that a run-on byline signs starts, between `from` (line start or the end
 * of the previous byline) and `to` (the byline's dash). Every search is one left-to-right regex pass over
 * that bounded stretch.
 */
export function chooseTextStart(line: string, from: number, to: number): TextStartChoice {
  const low = Math.max(from, to - MAX_RUN_ON_TEXT);
  const stretch = line.slice(low, to);
  const wrapper = lastMatchEnd(WRAPPER_OPEN, stretch);
  if (wrapper !== undefined) return { index: low + wrapper, boundary: 'wrapper', confidence: 'high' };
  const glued = lastGluedBoundary(stretch);
  let start: TextStartChoice;
  if (glued !== undefined) start = { index: low + glued, boundary: 'glued', confidence: 'low' };
  else {
    const sentence = lastMatchEnd(SENTENCE, stretch);
    if (sentence !== undefined) start = { index: low + sentence, boundary: 'sentence', confidence: 'low' };
    // Nothing but the post before the byline: the line is the post's (a paragraph run on after it).
    else start = { index: low, boundary: 'line', confidence: low === 0 ? 'high' : 'low' };
  }
  const intro = lastMatchEnd(INTRO, line.slice(start.index, to));
  // The introduction must open the chosen stretch, not sit deep inside the post.
  if (intro !== undefined && intro <= 80) {
    return { index: start.index + intro, boundary: 'intro', confidence: 'low' };
  }
  return start;
}

function lastMatchEnd(pattern: RegExp, text: string): number | undefined {
  let end: number | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return end;
}

/** The last glued boundary outside a URL ("t.co/R1ZZjAX9PM", "example.com/A.B" are not boundaries). */
function lastGluedBoundary(text: string): number | undefined {
  let found: number | undefined;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m !== null; m = GLUED.exec(text)) {
    // Bounded look-back: the word holding the boundary, as far as a URL's path can matter.
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const word = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1);
    if (!word.includes('/')) found = m.index + m[0].length;
  }
  return found;
}
