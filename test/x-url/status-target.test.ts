import { describe, expect, it } from 'vitest';
import { parseStatusTarget } from '../../src/x-url/index.js';

describe('parseStatusTarget', () => {
  it.each([
    ['https://x.com/nicksortor/status/1905704047839035436/photo/1', 'nicksortor', 1, 'photo'],
    ['https://twitter.com/NayibBukele/status/1886545839015579961/video/2', 'NayibBukele', 2, 'video'],
    ['https://mobile.twitter.com/jack/status/20?s=20', 'jack', null, null],
    ['https://www.x.com/jack/statuses/20', 'jack', null, null],
    ['https://twitter.com/i/web/status/20', null, null, null],
    ['https://x.com/i/status/20', null, null, null],
    ['https://twitter.com/statuses/20', null, null, null],
    ['https://twitter.com/#!/jack/status/20', 'jack', null, null],
    ['twitter.com/jack/status/20', 'jack', null, null],
  ])('reads %s', (url, handle, mediaIndex, kind) => {
    const target = parseStatusTarget(url);
    expect(target).toMatchObject({ handle, mediaIndex, kind });
    expect(target?.statusId).toMatch(/^\d+$/);
  });

  it.each([
    'https://x.com/jack',
    'https://example.org/jack/status/20',
    'https://t.co/AbC',
    'https://x.com/jack/status/abc',
    'not a url',
  ])('rejects %s', (url) => {
    expect(parseStatusTarget(url)).toBeNull();
  });
});
