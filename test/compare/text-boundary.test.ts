import { describe, expect, it } from 'vitest';
import type { TextStart } from '../../src/citation.js';
import { compareText } from '../../src/compare/text.js';
import { settleTextBoundary } from '../../src/compare/text-boundary.js';
import { makeCitation, makePost } from './factories.js';

// Invented posts: a two-paragraph announcement, cut by extraction at its second paragraph.
const POST = 'The ferry runs again from Monday.\n\nTickets are half price for the first week.';
const live = (text: string) => ({ post: makePost({ text, links: [] }), archived: false });
const start = (
  boundary: TextStart['boundary'],
  precedingText: string,
  confidence: TextStart['confidence'] = 'low',
) => ({
  boundary,
  confidence,
  precedingText,
});

describe('settleTextBoundary', () => {
  it('extends a cited paragraph to the post start when the article shows the missing paragraph above', () => {
    const citation = makeCitation({
      text: 'Tickets are half price for the first week.',
      links: [],
      textStart: start(
        'paragraph',
        'Our reporter asked the harbour office.\n\nThe ferry runs again from Monday.',
      ),
    });
    const settled = settleTextBoundary(citation, live(POST).post);
    expect(settled.use).toBe('extended');
    expect(settled.text).toBe(POST);
    const [verdict] = compareText(citation, live(POST));
    expect(verdict?.check).toBe('text-exact');
    expect(verdict?.message).toContain('extended');
  });

  it('trims an introduction a run-on reading kept before the post', () => {
    const citation = makeCitation({
      text: 'The office confirmed it. The ferry runs again from Monday.',
      links: [],
      textStart: start('sentence', 'Services stopped in May.'),
    });
    const settled = settleTextBoundary(
      citation,
      makePost({ text: 'The ferry runs again from Monday.', links: [] }),
    );
    expect(settled).toMatchObject({ use: 'trimmed', text: 'The ferry runs again from Monday.' });
  });

  it('leaves the text alone when the preceding text does not show the missing words', () => {
    const citation = makeCitation({
      text: 'Tickets are half price for the first week.',
      links: [],
      textStart: start('paragraph', 'Buses are replacing the ferry this summer.'),
    });
    expect(settleTextBoundary(citation, live(POST).post).use).toBe('as-cited');
    expect(compareText(citation, live(POST))[0]?.check).not.toBe('text-exact');
  });

  it('leaves a confident start alone, even when the article text above would match', () => {
    const citation = makeCitation({
      text: 'Tickets are half price for the first week.',
      links: [],
      textStart: start('wrapper', 'The ferry runs again from Monday.', 'high'),
    });
    expect(settleTextBoundary(citation, live(POST).post).use).toBe('as-cited');
  });

  it('never trims down to a short retrieved text that could end any sentence', () => {
    const citation = makeCitation({
      text: 'The campaign account replied: Thanks!',
      links: [],
      textStart: start('sentence', ''),
    });
    expect(settleTextBoundary(citation, makePost({ text: 'Thanks!', links: [] })).use).toBe('as-cited');
  });

  it('changes nothing for citations without a recorded start', () => {
    const citation = makeCitation();
    expect(settleTextBoundary(citation, makePost())).toEqual({
      text: citation.text,
      use: 'as-cited',
      note: '',
    });
  });
});
