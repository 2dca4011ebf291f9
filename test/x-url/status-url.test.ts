import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../src/extract/index.js';
import { findStatusUrls, parseStatusUrl } from '../../src/x-url/index.js';

describe('parseStatusUrl', () => {
  it.each([
    ['https://twitter.com/alice_b/status/1234567890', 'alice_b', '1234567890', null],
    ['https://x.com/alice_b/status/1234567890', 'alice_b', '1234567890', null],
    ['http://www.twitter.com/alice_b/status/12', 'alice_b', '12', null],
    ['https://mobile.twitter.com/alice_b/status/12?s=20&t=abc', 'alice_b', '12', null],
    ['https://m.x.com/alice_b/status/12#reply', 'alice_b', '12', null],
    ['https://twitter.com/alice_b/statuses/12', 'alice_b', '12', null],
    ['https://twitter.com/#!/alice_b/status/12', 'alice_b', '12', null],
    ['twitter.com/alice_b/status/12', 'alice_b', '12', null],
    ['//x.com/alice_b/status/12', 'alice_b', '12', null],
    ['https://x.com/alice_b/status/12/photo/1', 'alice_b', '12', 1],
    ['https://twitter.com/alice_b/status/12/video/2', 'alice_b', '12', 2],
    ['https://twitter.com/i/web/status/12', null, '12', null],
    ['https://x.com/i/status/12', null, '12', null],
    ['https://twitter.com/statuses/12', null, '12', null],
    ['HTTPS://TWITTER.COM/Alice_B/STATUS/12', 'Alice_B', '12', null],
  ])('reads %s', (url, handle, statusId, mediaIndex) => {
    expect(parseStatusUrl(url)).toEqual({ handle, statusId, mediaIndex });
  });

  it.each([
    'https://twitter.com/alice_b',
    'https://twitter.com/intent/tweet?in_reply_to=12',
    'https://twitter.com/share?url=https%3A%2F%2Fexample.org',
    'https://twitter.com/hashtag/cats',
    'https://fxtwitter.com/alice_b/status/12',
    'https://twitter.com.example.org/alice_b/status/12',
    'https://nottwitter.com/alice_b/status/12',
    'https://x.com/alice_b/status/notanumber',
    'https://x.com/alice_b/status/123456789012345678901',
    'https://t.co/AbCdEf',
  ])('rejects %s', (url) => {
    expect(parseStatusUrl(url)).toBeUndefined();
  });
});

describe('findStatusUrls', () => {
  it('finds bare permalinks in prose with their spans and without trailing punctuation', () => {
    const text = 'See https://x.com/bob/status/42. Also (twitter.com/carol/status/7).';
    const found = findStatusUrls(text);
    expect(found.map((f) => [f.url, text.slice(f.start, f.end), f.status.statusId])).toEqual([
      ['https://x.com/bob/status/42', 'https://x.com/bob/status/42', '42'],
      ['twitter.com/carol/status/7', 'twitter.com/carol/status/7', '7'],
    ]);
  });

  it('ignores a permalink carried inside another URL, and hosts that only end in x.com', () => {
    const text =
      'https://example.org/share?u=https://x.com/bob/status/42 https://netflix.com/bob/status/1 https://redditx.com/a/status/2';
    expect(findStatusUrls(text)).toEqual([]);
  });

  it('accepts a permalink after a template parameter such as |url=', () => {
    expect(
      findStatusUrls('{{cite web |url=https://x.com/bob/status/42 }}').map((f) => f.status.statusId),
    ).toEqual(['42']);
  });
});

describe('classifyLink', () => {
  it('tells short links, media links, permalinks and other URLs apart by exact host', () => {
    expect(classifyLink('https://t.co/AbC')).toBe('tco');
    expect(classifyLink('pic.twitter.com/AbC')).toBe('media');
    expect(classifyLink('pic.x.com/AbC')).toBe('media');
    expect(classifyLink('https://x.com/a/status/1')).toBe('status');
    expect(classifyLink('https://t.co.example.org/AbC')).toBe('other');
    expect(classifyLink('https://tco.example/AbC')).toBe('other');
  });
});
