import { describe, expect, it } from 'vitest';
import { compareHandle } from '../../src/compare/handle.js';
import { DIET_COKE_ID, found, live, makeCitation, makePost } from './factories.js';

describe('compareHandle', () => {
  it('matches handles case-insensitively', () => {
    const [verdict] = compareHandle(
      makeCitation({ handle: 'NayibBukele' }),
      found(DIET_COKE_ID),
      live(makePost()),
    );
    expect(verdict).toMatchObject({
      check: 'handle-match',
      severity: 'ok',
      expected: 'NayibBukele',
      actual: 'nayibbukele',
    });
  });

  it("warns handle-renamed when the article's own status link now answers under another handle", () => {
    const post = makePost({ handle: 'Bukele_SV', name: 'Presidente Bukele', userId: '216680788' });
    const [verdict] = compareHandle(makeCitation(), found(DIET_COKE_ID, 'cited'), live(post));
    expect(verdict).toMatchObject({
      check: 'handle-renamed',
      severity: 'warning',
      expected: 'nayibbukele',
      actual: 'Bukele_SV',
    });
    expect(verdict?.message).toContain('216680788');
  });

  it('warns handle-renamed when the ID came from a media link but the display name still agrees', () => {
    const post = makePost({ handle: 'Bukele_SV' });
    const [verdict] = compareHandle(makeCitation(), found(DIET_COKE_ID, 'media-link'), live(post));
    expect(verdict).toMatchObject({ check: 'handle-renamed', severity: 'warning' });
  });

  it("reports handle-mismatch when a media link led to another account's post", () => {
    // Sortor's pic link resolved to the original uploader's status, not to Sortor's post
    const citation = makeCitation({ handle: 'nicksortor', name: 'Nick Sortor' });
    const post = makePost({ handle: 'WhiteHouse', name: 'The White House', userId: '1323730225067339784' });
    const [verdict] = compareHandle(citation, found(DIET_COKE_ID, 'media-link'), live(post));
    expect(verdict).toMatchObject({
      check: 'handle-mismatch',
      severity: 'error',
      expected: 'nicksortor',
      actual: 'WhiteHouse',
    });
  });

  it('gives no verdict when the article names no handle or the post has no author', () => {
    expect(compareHandle(makeCitation({ handle: null }), found(DIET_COKE_ID), live(makePost()))).toEqual([]);
    expect(compareHandle(makeCitation(), found(DIET_COKE_ID), live(makePost({ handle: null })))).toEqual([]);
  });
});
