import { describe, expect, it } from 'vitest';
import { syndicationUrl } from '../../src/x/syndication.js';
import { syndicationToken } from '../../src/x/syndication-token.js';

describe('syndicationToken', () => {
  it.each([
    ['20', '6dq1a2xwd93'],
    ['861627479294746624', '236vrsocvda'],
    ['1641086480675225601', '3z7miaszni8'],
  ])('computes the widget token of %s as %s', (id, token) => {
    expect(syndicationToken(id)).toBe(token);
  });
});

describe('syndicationUrl', () => {
  it('asks tweet-result for the ID in English with the token and the features other clients send', () => {
    const url = new URL(syndicationUrl('1641086480675225601'));
    expect(url.origin + url.pathname).toBe('https://cdn.syndication.twimg.com/tweet-result');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      id: '1641086480675225601',
      lang: 'en',
      features: expect.stringContaining('tfw_tweet_edit_backend:on'),
      token: '3z7miaszni8',
    });
    expect(url.searchParams.get('features')?.split(';')).toContain('tfw_tweet_edit_frontend:on');
  });
});
