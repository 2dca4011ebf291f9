import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/extract/index.js';

const FORMATS = ['html', 'markdown', 'text', 'wikitext'] as const;

// Text without any citation marker: letters, digits, punctuation and a few multibyte characters.
const markerFree = fc
  .string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrsuvwyz ABCDEFG0123456789.,;:!?-—\n<>/="\'&é中😂'.split('')),
  })
  .filter((s) => !/twitter|tweet|x\.com|t\.co|\(@|pic\.x|cite|\{\{|\{%/i.test(s));

// Surroundings that cannot swallow the embed (no unclosed tag or attribute quote).
const proseText = markerFree.map((s) => s.replace(/[<>"'&]/g, ' '));

const BLOCKQUOTE = `<blockquote class="twitter-tweet"><p>Invented post text here</p>&mdash; Test Person (@testperson) <a href="https://twitter.com/testperson/status/4242424242">May 1, 2020</a></blockquote>`;
const FLATTENED = 'Invented flattened post text\n— Test Person (@testperson) May 1, 2020\n';

describe('extractCitations properties', () => {
  it('never throws and finds nothing in random text or HTML without markers', () => {
    fc.assert(
      fc.property(markerFree, fc.constantFrom(...FORMATS), (text, format) => {
        const result = extractCitations(text, { source: 'random', format });
        expect(result.citations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and finds nothing in truncated or shuffled embed HTML with the status IDs removed', () => {
    const withoutIds = BLOCKQUOTE.replace(/\/status\/\d+/, '/').replace('(@testperson)', '(testperson)');
    const pieces = withoutIds.split(/(?=<)/);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(pieces, { minLength: 1 }),
        fc.nat({ max: withoutIds.length }),
        (shuffled, cut) => {
          const text = shuffled.join('').slice(0, cut + 1);
          const result = extractCitations(text, { source: 'mutated', format: 'html' });
          expect(result.errors).toEqual([]);
          expect(result.citations.filter((c) => c.statusId !== null)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom(...FORMATS),
        (text, format) => {
          const result = extractCitations(`${text}<blockquote class="twitter-tweet">${text}`, {
            source: 'any',
            format,
          });
          expect(Array.isArray(result.citations)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('always finds a known blockquote embed spliced into random surroundings', () => {
    fc.assert(
      fc.property(proseText, proseText, (before, after) => {
        const text = `${before}\n${BLOCKQUOTE}\n${after}`;
        const embeds = extractCitations(text, { source: 'spliced', format: 'html' }).citations.filter(
          (c) => c.kind === 'embed',
        );
        expect(embeds).toHaveLength(1);
        expect(embeds[0]).toMatchObject({ handle: 'testperson', statusId: '4242424242', date: '2020-05-01' });
        expect(embeds[0]?.location.offset).toBe(Buffer.byteLength(`${before}\n`));
      }),
      { numRuns: 200 },
    );
  });

  it('always finds a known flattened embed spliced between random prose lines', () => {
    const proseLine = proseText.map((s) => s.replace(/\n/g, ' ').trim()).filter((s) => s.length > 0);
    fc.assert(
      fc.property(
        fc.array(proseLine, { maxLength: 5 }),
        fc.array(proseLine, { maxLength: 5 }),
        (above, below) => {
          const text = [...above, '', FLATTENED, ...below].join('\n');
          const embeds = extractCitations(text, { source: 'spliced.txt', format: 'text' }).citations;
          expect(embeds).toHaveLength(1);
          expect(embeds[0]).toMatchObject({ handle: 'testperson', name: 'Test Person', date: '2020-05-01' });
          expect(embeds[0]?.text?.startsWith('Invented flattened post text')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('always finds a flattened embed in an HTML page, whatever paragraphs and wrappers surround it', () => {
    const paragraph = proseText
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .chain((s) => fc.constantFrom(`<p>${s}</p>`, `<div><p>${s}</p></div>`, `<li>${s}</li>`, `${s}<br>`));
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 5 }),
        fc.array(paragraph, { maxLength: 5 }),
        (above, below) => {
          const embed =
            '<p>Invented flattened post text</p>\n<p>&mdash; Test Person (@testperson) May 1, 2020</p>';
          const text = `<article>${above.join('\n')}<div>${embed}</div>${below.join('\n')}</article>`;
          const embeds = extractCitations(text, { source: 'spliced.html', format: 'html' }).citations;
          expect(embeds).toHaveLength(1);
          expect(embeds[0]).toMatchObject({
            form: 'flattened-text',
            handle: 'testperson',
            date: '2020-05-01',
            text: 'Invented flattened post text',
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds a flattened embed run into arbitrary prose on the same line exactly once', () => {
    const proseLine = proseText.map((s) => s.replace(/\n/g, ' '));
    const post = 'Invented run-on post text here.';
    fc.assert(
      fc.property(
        proseLine,
        proseLine,
        fc.constantFrom('text', 'markdown') as fc.Arbitrary<'text' | 'markdown'>,
        (before, after, format) => {
          const text = `Prose ${before} ${post} — Test Person (@testperson) May 1, 2020 and then ${after}`;
          const embeds = extractCitations(text, { source: 'runon', format }).citations;
          expect(embeds).toHaveLength(1);
          expect(embeds[0]).toMatchObject({ handle: 'testperson', name: 'Test Person', date: '2020-05-01' });
          expect(embeds[0]?.text?.endsWith(post)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
