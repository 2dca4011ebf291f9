import { describe, expect, it } from 'vitest';
import { compareProseQuotes, findProseQuotes, matchQuote } from '../../src/compare/prose-quote.js';
import { live, makePost } from './factories.js';

const FOUNDING_PROSE =
  'Bukele responded to the news on X with the line "I\'ll be bringing several cans of Diet Coke," referring to ' +
  'Trump\'s beverage of choice.\nDuring that meeting, Bukele offered what Rubio called "the most unprecedented, ' +
  'extraordinary, extraordinary migratory agreement anywhere in the world." Biden feared a "sign of support."';

describe('findProseQuotes', () => {
  it('finds straight, curly, guillemet and single-curly quotes of four words or more', () => {
    const text =
      'He said “we will win this one” and «nous allons gagner ensemble» then ‘I’ll be there by noon’ ' +
      'and "too short" plus "this straight one counts too".';
    expect(findProseQuotes(text).map((q) => q.text)).toEqual([
      'we will win this one',
      'nous allons gagner ensemble',
      'I’ll be there by noon',
      'this straight one counts too',
    ]);
  });

  it('reads quotes in HTML prose without tags and with entities decoded', () => {
    const html = '<p>She wrote &ldquo;<em>bread &amp; butter</em> for everyone&rdquo; yesterday.</p>';
    expect(findProseQuotes(html)).toEqual([{ text: 'bread & butter for everyone' }]);
  });

  it('does not pair quotes across a paragraph break', () => {
    expect(findProseQuotes('He said "one two\n\nthree four five" later')).toEqual([]);
  });

  it('keeps at most 300 quotes from a very long article', () => {
    const article = Array.from(
      { length: 1000 },
      (_, i) => `Para ${i} says “quote number ${i} goes here”.`,
    ).join('\n');
    expect(findProseQuotes(article)).toHaveLength(300);
  });
});

describe('matchQuote', () => {
  it('finds the stretch of a longer post the quote comes from', () => {
    const post =
      'Big news today. I will be bringing several cans of Diet Coke to the meeting. See you there.';
    expect(matchQuote('bringing several cans of Diet Coke', post)).toEqual({
      excerpt: 'bringing several cans of Diet Coke',
      exact: true,
    });
  });

  it('ignores quotes made mostly of other words', () => {
    expect(
      matchQuote(
        'the most unprecedented, extraordinary migratory agreement',
        'I’ll be bringing several cans of Diet Coke.',
      ),
    ).toBeNull();
  });
});

describe('compareProseQuotes', () => {
  it("accepts the founding article's straight-quoted paraphrase with a comma for the post's period", () => {
    const verdicts = compareProseQuotes(FOUNDING_PROSE, live(makePost()));
    expect(verdicts).toEqual([
      expect.objectContaining({
        field: 'quote',
        check: 'quote-exact',
        severity: 'ok',
        expected: "I'll be bringing several cans of Diet Coke,",
        actual: 'I’ll be bringing several cans of Diet Coke',
      }),
    ]);
  });

  it('warns quote-altered with a word diff when the prose changes the words', () => {
    const prose = 'Bukele joked that "I\'ll be bringing several cans of Pepsi" to the White House.';
    const [verdict] = compareProseQuotes(prose, live(makePost()));
    expect(verdict).toMatchObject({
      check: 'quote-altered',
      severity: 'warning',
      expected: "I'll be bringing several cans of Pepsi",
      actual: 'I’ll be bringing several cans of Diet Coke',
    });
    expect(verdict?.diff).toContainEqual({ op: 'removed', text: 'Pepsi' });
    expect(verdict?.diff).toContainEqual({ op: 'added', text: 'Diet Coke' });
  });

  it('gives no verdict for quotes from elsewhere', () => {
    const prose =
      'Rubio called it "the most unprecedented, extraordinary, extraordinary migratory agreement".';
    expect(compareProseQuotes(prose, live(makePost()))).toEqual([]);
  });
});
