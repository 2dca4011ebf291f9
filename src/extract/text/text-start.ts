import type { TextStart } from '../../citation.js';
import { hostPattern } from '../../x-url/index.js';

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
// An introduction naming the post: "See the post here: …", "He tweeted on Saturday: …".
const INTRO_CUE =
  /\b(?:here|below|wrote|writes|tweet(?:ed|s)?|twitter|posted|posts?|said|says|reads|added|shared|responded|replied|X)\b/iu;
const LINK_TOKEN = new RegExp(String.raw`^(?:https?:\/\/|${hostPattern('pic')}\/)`, 'u');
const COLON = /[:：]\s{1,4}/gu;
const CLAUSE_BREAK = /[.!?…]['"”’)]?\s{1,4}/gu;
// How far before the byline an introduction may sit: a post's length and then some.
const MAX_INTRO_REACH = 600;
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
  const base = glued ?? 0;
  // An introduction naming the post ("He tweeted: …", "See the post here: …") within a post's length
  // of the byline starts the text, however many sentences the post has.
  const intro = lastIntroEnd(stretch, Math.max(base, stretch.length - MAX_INTRO_REACH));
  if (intro !== undefined) return { index: low + intro, boundary: 'intro', confidence: 'low' };
  if (glued !== undefined) return { index: low + glued, boundary: 'glued', confidence: 'low' };
  const sentence = lastMatchEnd(SENTENCE, stretch);
  if (sentence !== undefined) return { index: low + sentence, boundary: 'sentence', confidence: 'low' };
  // Nothing but the post before the byline: the line is the post's (a paragraph run on after it).
  return { index: low, boundary: 'line', confidence: low === 0 ? 'high' : 'low' };
}

/**
 * End of the last `…: ` whose clause (back to the sentence start, at most 200 characters) names the post
 * or the act of posting; a colon in any other clause ("Breaking: …") is the post's own.
 */
function lastIntroEnd(stretch: string, from: number): number | undefined {
  let found: number | undefined;
  COLON.lastIndex = from;
  for (let m = COLON.exec(stretch); m !== null; m = COLON.exec(stretch)) {
    const clauseStart = Math.max(from, m.index - 200);
    const clause = stretch.slice(clauseStart, m.index);
    const sentenceEnd = lastMatchEnd(CLAUSE_BREAK, clause) ?? 0;
    // "Read it here: https://t.co/…" ends a post; an introduction is followed by words.
    const after = stretch.slice(m.index + m[0].length, m.index + m[0].length + 300);
    if (INTRO_CUE.test(clause.slice(sentenceEnd)) && !onlyLinks(after)) found = m.index + m[0].length;
  }
  return found === undefined || found >= stretch.length ? undefined : found;
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

/** True when `text` holds nothing but URLs (token by token: a regex over repeated URLs would backtrack). */
function onlyLinks(text: string): boolean {
  return text.split(/\s+/u).every((token) => token === '' || LINK_TOKEN.test(token));
}
