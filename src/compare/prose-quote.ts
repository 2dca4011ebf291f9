import { diffArrays } from 'diff';
import { decodeHTML } from 'entities';
import type { FieldVerdict } from '../result.js';
import { type ComparedPost, labelArchived } from './compared-post.js';
import { collapseWhitespace, normalizeText } from './normalize-text.js';
import { createVerdict } from './verdict.js';
import { diffWordsOf } from './word-diff.js';

/** A passage the article's own prose puts in quotation marks. */
export interface ProseQuote {
  text: string;
}

// Caps keep long articles linear: prose scanned, quotes kept, post words searched.
const MAX_ARTICLE_CHARS = 2_000_000;
const MAX_QUOTES = 300;
const MAX_POST_TOKENS = 6000;
const MIN_QUOTE_WORDS = 4;
// Share of the quote's words that must appear, in order, in the post for the quote to be "of" that post.
const MATCH_SHARE = 0.6;
// Slack around the best window so that a few inserted or dropped words still align.
const WINDOW_SLACK = 3;

const QUOTE_PATTERNS = [
  /“([^“”]{1,600}?)”/gu,
  /"([^"]{1,600}?)"/gu,
  /«([^«»]{1,600}?)»/gu,
  // ‘…’ where ’ followed by a letter is an apostrophe inside the quote ("‘I’ll go’")
  /(?<![\p{L}\p{N}])‘((?:[^‘’]|’(?=\p{L})){1,600}?)’(?![\p{L}\p{N}])/gu,
];
// A word token with inner apostrophes: "I'll", "don’t".
const TOKEN = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokensOf(text: string, limit: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    if (tokens.length >= limit) break;
    tokens.push({
      word: match[0].replace(/[’ʼ]/gu, "'").toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

let memo: { text: string; quotes: ProseQuote[] } | null = null;

/**
 * Quoted passages (“…”, "…", «…», ‘…’) of at least four words in the article's prose, tags removed and
 * entities decoded, deduplicated, in order. Bounded work: the first 2 MB, at most 300 quotes.
 */
export function findProseQuotes(articleText: string): ProseQuote[] {
  if (memo?.text === articleText) return memo.quotes;
  const prose = decodeHTML(articleText.slice(0, MAX_ARTICLE_CHARS).replace(/<[^>]*>/g, ' '));
  const found: Array<{ at: number; text: string }> = [];
  for (const pattern of QUOTE_PATTERNS) {
    for (const match of prose.matchAll(pattern)) {
      const raw = match[1] ?? '';
      const text = collapseWhitespace(raw);
      if (/\n\s*\n/u.test(raw) || tokensOf(text, MIN_QUOTE_WORDS).length < MIN_QUOTE_WORDS) continue;
      found.push({ at: match.index, text });
    }
  }
  const seen = new Set<string>();
  const quotes = found
    .sort((a, b) => a.at - b.at)
    .filter(({ text }) => !seen.has(text) && seen.add(text))
    .slice(0, MAX_QUOTES)
    .map(({ text }) => ({ text }));
  memo = { text: articleText, quotes };
  return quotes;
}

/** Start of the window of `size` post tokens sharing the most words (as a multiset) with the quote. */
function bestWindowStart(quote: readonly Token[], post: readonly Token[]): number {
  const wanted = new Map<string, number>();
  for (const { word } of quote) wanted.set(word, (wanted.get(word) ?? 0) + 1);
  const inWindow = new Map<string, number>();
  let overlap = 0;
  let best = { start: 0, overlap: -1 };
  post.forEach(({ word }, index) => {
    const had = inWindow.get(word) ?? 0;
    if (had < (wanted.get(word) ?? 0)) overlap += 1;
    inWindow.set(word, had + 1);
    const leaving = post[index - quote.length];
    if (leaving !== undefined) {
      const left = (inWindow.get(leaving.word) ?? 1) - 1;
      inWindow.set(leaving.word, left);
      if (left < (wanted.get(leaving.word) ?? 0)) overlap -= 1;
    }
    if (overlap > best.overlap) best = { start: Math.max(0, index - quote.length + 1), overlap };
  });
  return best.start;
}

/** Where in the post a quote comes from: the post excerpt, and whether the words agree exactly. */
export interface QuoteMatch {
  excerpt: string;
  exact: boolean;
}

/**
 * Locates a quote in a post text (both already normalized): the quote must share at least four words and
 * 60% of its words, in order, with one stretch of the post. Case, punctuation and typography are ignored.
 */
export function matchQuote(quote: string, postText: string): QuoteMatch | null {
  const quoteTokens = tokensOf(quote, 200);
  const postTokens = tokensOf(postText, MAX_POST_TOKENS);
  const need = Math.max(MIN_QUOTE_WORDS, Math.ceil(MATCH_SHARE * quoteTokens.length));
  const postWords = new Set(postTokens.map((t) => t.word));
  if (quoteTokens.filter((t) => postWords.has(t.word)).length < need) return null;
  const start = bestWindowStart(quoteTokens, postTokens);
  const from = Math.max(0, start - WINDOW_SLACK);
  const window = postTokens.slice(from, start + quoteTokens.length + WINDOW_SLACK);
  const changes = diffArrays(
    quoteTokens.map((t) => t.word),
    window.map((t) => t.word),
  );
  let position = 0;
  let shared = 0;
  let first = -1;
  let last = -1;
  let leadingRemoved = 0;
  let trailingRemoved = 0;
  for (const change of changes) {
    if (change.removed) {
      if (first === -1) leadingRemoved += change.count;
      else trailingRemoved += change.count;
      continue;
    }
    if (!change.added) {
      if (first === -1) first = position;
      last = position + change.count - 1;
      shared += change.count;
      trailingRemoved = 0;
    }
    position += change.count;
  }
  if (shared < need || first === -1) return null;
  // A quote whose first or last words were replaced: show the post's words in their place
  // (a replacement may be one word longer than what it replaced: "Pepsi" → "Diet Coke").
  const spanStart = leadingRemoved > 0 ? Math.max(0, first - leadingRemoved - 1) : first;
  const spanEnd = trailingRemoved > 0 ? Math.min(window.length - 1, last + trailingRemoved + 1) : last;
  const firstToken = window[spanStart];
  const lastToken = window[spanEnd];
  if (firstToken === undefined || lastToken === undefined) return null;
  return {
    excerpt: postText.slice(firstToken.start, lastToken.end),
    exact: shared === quoteTokens.length && spanEnd - spanStart + 1 === quoteTokens.length,
  };
}

/** Checks each quote in the article's prose that comes from this post against the post's words. */
export function compareProseQuotes(articleText: string, compared: ComparedPost): FieldVerdict[] {
  const postText = normalizeText(compared.post.text, compared.post.links);
  return findProseQuotes(articleText).flatMap((quote): FieldVerdict[] => {
    const match = matchQuote(normalizeText(quote.text, []), postText);
    if (match === null) return [];
    const evidence = { expected: quote.text, actual: match.excerpt };
    if (match.exact) {
      return [
        createVerdict(
          'quote-exact',
          labelArchived("The article's quote matches the post's words.", compared.archived),
          evidence,
        ),
      ];
    }
    return [
      createVerdict(
        'quote-altered',
        labelArchived("The article's quote of this post changes its words.", compared.archived),
        { ...evidence, diff: diffWordsOf(quote.text, match.excerpt).parts },
      ),
    ];
  });
}
