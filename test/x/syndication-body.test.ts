import { describe, expect, it } from 'vitest';
import { readSyndicationBody } from '../../src/x/syndication.js';
import { PAYLOAD_ID, tweetPayload } from './tweet-payload.js';

const AT = '2026-06-01T00:00:00.000Z';

function postOf(value: unknown) {
  const result = readSyndicationBody(PAYLOAD_ID, value, AT);
  if (result.kind !== 'post') throw new Error(`expected a post, got ${JSON.stringify(result)}`);
  return result.post;
}

describe('readSyndicationBody', () => {
  it('normalizes a post: author, UTC time, decoded text up to the displayed range, links and media', () => {
    expect(postOf(tweetPayload())).toEqual({
      id: PAYLOAD_ID,
      handle: 'exampleorg',
      name: 'Example Org',
      userId: '12345',
      createdAt: '2024-06-10T14:00:00.000Z',
      text: 'Launch report is out & it’s long https://t.co/AbCdEf1234',
      links: [
        {
          url: 'https://t.co/AbCdEf1234',
          expandedUrl: 'https://example.org/report',
          displayUrl: 'example.org/report',
          kind: 'url',
        },
        {
          url: 'https://t.co/ZyXwVu9876',
          expandedUrl: 'https://x.com/exampleorg/status/1800000000000000001/photo/1',
          displayUrl: 'pic.x.com/ZyXwVu9876',
          kind: 'media',
        },
      ],
      quotedText: null,
      replyTo: null,
      lang: 'en',
      edit: { isEdited: false, isStaleEdit: false, editIds: [PAYLOAD_ID] },
      truncated: false,
    });
  });

  it('decodes &amp; &lt; &gt; once, leaving a literal "&lt;" that was written as &amp;lt;', () => {
    const post = postOf(tweetPayload({ text: 'a &lt;b&gt; &amp; c &amp;lt;', display_text_range: [0, 14] }));
    expect(post.text).toBe('a <b> & c &lt;');
  });

  it('counts display_text_range in UTF-16 units, as X does: emoji before the cut do not shift it', () => {
    // "🇸🇻🤝🏼🇺🇸 ok" is 9 code points but 15 UTF-16 units.
    const text = '🇸🇻🤝🏼🇺🇸 ok https://t.co/IBHielgYvI';
    const media = [{ url: 'https://t.co/IBHielgYvI', indices: [10, 33] }];
    const post = postOf(
      tweetPayload({ text, display_text_range: [0, 15], entities: { media }, mediaDetails: [] }),
    );
    expect(post.text).toBe('🇸🇻🤝🏼🇺🇸 ok');
  });

  it('never cuts words off: a range that would hide more than links is not trusted', () => {
    // Read as UTF-16 units, a range counted in code points would end inside the text.
    const text = '🇸🇻🤝🏼🇺🇸 ok fine';
    const post = postOf(tweetPayload({ text, display_text_range: [0, 12], entities: {}, mediaDetails: [] }));
    expect(post.text).toBe(text);
  });

  it('keeps the whole text when display_text_range is inconsistent with it', () => {
    const post = postOf(tweetPayload({ text: 'short', display_text_range: [0, 99] }));
    expect(post.text).toBe('short');
  });

  it('reads a post whose empty entity arrays are omitted', () => {
    const post = postOf(tweetPayload({ entities: { media: [] }, mediaDetails: undefined }));
    expect(post.links).toEqual([]);
  });

  it('reads entities given as {} or [], and entity lists given as {}', () => {
    expect(postOf(tweetPayload({ entities: {}, mediaDetails: {} })).links).toEqual([]);
    expect(postOf(tweetPayload({ entities: [], mediaDetails: [] })).links).toEqual([]);
    expect(postOf(tweetPayload({ entities: { urls: {}, media: {} }, mediaDetails: [] })).links).toEqual([]);
  });

  it('drops entity members that are {} and keeps the valid ones', () => {
    const entities = { urls: [{}, { url: 'https://t.co/AbCdEf1234' }], media: [{}] };
    const post = postOf(tweetPayload({ entities, mediaDetails: [] }));
    expect(post.links.map((link) => link.url)).toEqual(['https://t.co/AbCdEf1234']);
  });

  it('takes media from mediaDetails when entities.media is absent', () => {
    const post = postOf(tweetPayload({ entities: {} }));
    expect(post.links).toEqual([
      expect.objectContaining({
        url: 'https://t.co/ZyXwVu9876',
        kind: 'media',
        displayUrl: 'pic.x.com/ZyXwVu9876',
      }),
    ]);
  });

  it('reads a post without user (deleted account) as author-gone, never as a post', () => {
    const result = readSyndicationBody(PAYLOAD_ID, tweetPayload({ user: undefined }), AT);
    expect(result.kind).toBe('author-gone');
    expect(result.kind === 'author-gone' && result.post).toMatchObject({
      handle: null,
      name: null,
      userId: null,
    });
  });

  it('reports the quoted post, the replied-to handle and a stale edit', () => {
    const post = postOf(
      tweetPayload({
        quoted_tweet: { id_str: '1', text: 'Q &amp; A', user: { screen_name: 'other' } },
        parent: { id_str: '2', text: 'parent', user: { screen_name: 'parentauthor' } },
        edit_control: { edit_tweet_ids: [PAYLOAD_ID, '1800000000000000999'] },
        isEdited: undefined,
        isStaleEdit: true,
      }),
    );
    expect(post.quotedText).toBe('Q & A');
    expect(post.replyTo).toBe('parentauthor');
    expect(post.edit).toEqual({
      isEdited: true,
      isStaleEdit: true,
      editIds: [PAYLOAD_ID, '1800000000000000999'],
    });
  });

  it('calls a valid-looking post with another id_str an unexpected response', () => {
    const result = readSyndicationBody(PAYLOAD_ID, tweetPayload({ id_str: '1800000000000000002' }), AT);
    expect(result).toMatchObject({ kind: 'failed', reason: 'unexpected-response' });
    expect(result.kind === 'failed' && result.detail).toContain('1800000000000000002');
  });

  it('names the zod issue path when a field changed shape', () => {
    const result = readSyndicationBody(PAYLOAD_ID, tweetPayload({ text: 42 }), AT);
    expect(result).toMatchObject({ kind: 'failed', reason: 'unexpected-response' });
    expect(result.kind === 'failed' && result.detail).toMatch(/^syndication: text: /);
  });

  it('reads {} as empty, not as a missing post', () => {
    expect(readSyndicationBody(PAYLOAD_ID, {}, AT)).toEqual({ kind: 'empty', fetchedAt: AT });
  });

  it('classifies a tombstone by its text, and an empty tombstone as unavailable', () => {
    const deleted = {
      __typename: 'TweetTombstone',
      tombstone: {
        text: { text: 'This Post was deleted by the Post author. Learn more', rtl: false, entities: [] },
      },
    };
    expect(readSyndicationBody(PAYLOAD_ID, deleted, AT)).toEqual({
      kind: 'tombstone',
      text: 'This Post was deleted by the Post author. Learn more',
      status: 'deleted',
      fetchedAt: AT,
    });
    expect(readSyndicationBody(PAYLOAD_ID, { tombstone: {} }, AT)).toMatchObject({
      kind: 'tombstone',
      text: '',
      status: 'unavailable',
    });
  });

  it('calls a JSON array or string body an unexpected response', () => {
    expect(readSyndicationBody(PAYLOAD_ID, [], AT)).toMatchObject({
      kind: 'failed',
      reason: 'unexpected-response',
    });
    expect(readSyndicationBody(PAYLOAD_ID, 'x', AT)).toMatchObject({
      kind: 'failed',
      reason: 'unexpected-response',
    });
  });
});

describe('readSyndicationBody display range', () => {
  it('cuts at the range whether the indices count the escaped or the decoded text', () => {
    // Escaped counting: "&amp; " is 6 code points, the t.co link starts at 4 + 6 = 10.
    const escaped = tweetPayload({
      text: 'Hi &amp; bye https://t.co/AbC',
      display_text_range: [0, 12],
      entities: { media: [{ url: 'https://t.co/AbC', indices: [13, 29] }] },
      mediaDetails: [],
    });
    const decoded = tweetPayload({
      text: 'Hi &amp; bye https://t.co/AbC',
      display_text_range: [0, 8],
      entities: { media: [{ url: 'https://t.co/AbC', indices: [9, 25] }] },
      mediaDetails: [],
    });
    expect(postOf(escaped).text).toBe('Hi & bye');
    expect(postOf(decoded).text).toBe('Hi & bye');
  });
});
