import { describe, expect, it } from 'vitest';
import { chooseCandidateByText } from '../../src/compare/archive-match.js';
import { makeCitation, makePost, statusIdAt } from './factories.js';

const post = (text: string, n: bigint) =>
  makePost({ id: statusIdAt('2025-03-28T10:00:00.000Z', n), text, links: [], quotedText: null });

const cite = (text: string | null) => makeCitation({ text, links: [] });

describe('chooseCandidateByText', () => {
  const diet = post('I’ll be bringing several cans of Diet Coke.', 1n);
  const ferry = post('The ferry to the island is cancelled today because of the storm.', 2n);

  it('takes the one post whose text agrees, with high confidence when the text is long enough to be unique', () => {
    expect(
      chooseCandidateByText(cite("I'll be bringing several cans of Diet Coke."), [ferry, diet]),
    ).toMatchObject({
      kind: 'chosen',
      post: { id: diet.id },
      confidence: 'high',
      evidence: expect.stringContaining('text-typographic'),
    });
  });

  it('gives a short or truncated agreeing text medium confidence: it could be another post of the day', () => {
    const oops = post('Oopsie…', 3n);
    expect(chooseCandidateByText(cite('Oopsie…'), [ferry, oops])).toMatchObject({
      post: { id: oops.id },
      confidence: 'medium',
    });
    expect(
      chooseCandidateByText(cite('The ferry to the island is cancelled today…'), [ferry, diet]),
    ).toMatchObject({ post: { id: ferry.id }, confidence: 'medium' });
  });

  it('gives low confidence when several posts agree (the same text posted twice), naming the others', () => {
    const again = post(diet.text, 4n);
    const choice = chooseCandidateByText(cite(diet.text), [diet, again]);
    expect(choice).toMatchObject({
      kind: 'chosen',
      confidence: 'low',
      evidence: expect.stringMatching(/agree as well/),
    });
  });

  it('takes a merely similar text (a misquote) only when it stands clear of the others', () => {
    const misquote = cite('The ferry to the island is cancelled tonight because of the storm.');
    expect(chooseCandidateByText(misquote, [ferry, diet])).toMatchObject({
      post: { id: ferry.id },
      confidence: 'low',
    });
    const twin = post('The ferry to the island is cancelled tomorrow because of the storm.', 5n);
    expect(chooseCandidateByText(misquote, [ferry, twin])).toMatchObject({
      kind: 'none',
      detail: expect.stringMatching(/about as similar/),
    });
  });

  it('chooses nothing when no text is close, or the article shows none', () => {
    expect(
      chooseCandidateByText(cite('Completely unrelated words about parking fees'), [ferry, diet]),
    ).toEqual({
      kind: 'none',
      detail: 'none of the 2 posts read has the cited text',
    });
    expect(chooseCandidateByText(cite(null), [diet])).toMatchObject({ kind: 'none' });
    expect(chooseCandidateByText(cite(diet.text), [])).toMatchObject({ kind: 'none' });
  });
});
