import { describe, expect, it } from 'vitest';
import { compareDisplayName } from '../../src/compare/display-name.js';
import { live, makeCitation, makePost } from './factories.js';

describe('compareDisplayName', () => {
  it('matches an emoji display name shown exactly', () => {
    const citation = makeCitation({ name: 'Dynamic Keita 🏝' });
    const [verdict] = compareDisplayName(citation, live(makePost({ name: 'Dynamic Keita 🏝' })));
    expect(verdict).toMatchObject({
      check: 'name-match',
      severity: 'ok',
      expected: 'Dynamic Keita 🏝',
      actual: 'Dynamic Keita 🏝',
    });
  });

  it('ignores the bidi isolates and RLM marks around an RTL name and doubled spaces', () => {
    const citation = makeCitation({ name: 'محمد  بن سلمان' });
    const post = makePost({ name: '\u2067محمد بن سلمان\u2069\u200F' });
    expect(compareDisplayName(citation, live(post))[0]).toMatchObject({
      check: 'name-match',
      severity: 'ok',
    });
  });

  it('gives only a notice when the display name changed, emoji included', () => {
    const [verdict] = compareDisplayName(makeCitation(), live(makePost({ name: 'Nayib Bukele 🇸🇻' })));
    expect(verdict).toMatchObject({
      check: 'name-changed',
      severity: 'notice',
      expected: 'Nayib Bukele',
      actual: 'Nayib Bukele 🇸🇻',
    });
  });

  it('gives no verdict when the article shows no name', () => {
    expect(compareDisplayName(makeCitation({ name: null }), live(makePost()))).toEqual([]);
  });
});
