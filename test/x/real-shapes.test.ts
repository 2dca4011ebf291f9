import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/compare/text.js';
import { readSyndicationBody } from '../../src/x/syndication.js';
import { live, makeCitation } from '../compare/factories.js';
import {
  bareTombstone,
  EMOJI_PHOTO_SHOWN,
  emojiPhoto,
  emptyEntities,
  gif,
  LONG_POST_PREVIEW,
  longPost,
  multiPhoto,
  ownIdTwice,
  QUOTE_LINK_SHOWN,
  quoteLinkPastRange,
  quotePost,
  SHAPE_ID,
  untaggedMedia,
  userLess,
} from './real-shapes.js';

const read = (body: unknown) => readSyndicationBody(SHAPE_ID, body, 'T');

function postOf(body: unknown) {
  const result = read(body);
  if (result.kind !== 'post') throw new Error(`expected a post, got ${JSON.stringify(result)}`);
  return result.post;
}

describe('real response shapes, invented text', () => {
  it('cuts an emoji-heavy post at its UTF-16 range, before the photo link (no "ht" left over)', () => {
    const post = postOf(emojiPhoto);
    expect(post.text).toBe(EMOJI_PHOTO_SHOWN);
    expect(post.links).toEqual([expect.objectContaining({ url: 'https://t.co/Ln4tErNs0k', kind: 'media' })]);
  });

  it('marks a long post as a preview: truncated, and why', () => {
    const post = postOf(longPost);
    expect(post.text).toBe(LONG_POST_PREVIEW);
    expect(post).toMatchObject({ truncated: true, truncation: 'long-post-preview' });
  });

  it('reads a bare {"__typename":"TweetTombstone"} as a tombstone of unknown reason', () => {
    expect(read(bareTombstone)).toEqual({
      kind: 'tombstone',
      text: '',
      status: 'unavailable',
      fetchedAt: 'T',
    });
  });

  it('reads a tombstone by its type whatever its tombstone key holds', () => {
    for (const tombstone of [{}, [], null, 'x', { text: {} }, { text: { text: 5 } }]) {
      expect(read({ __typename: 'TweetTombstone', tombstone })).toMatchObject({
        kind: 'tombstone',
        status: 'unavailable',
      });
    }
  });

  it('reads a post without user as author-gone, never as a post', () => {
    expect(read(userLess).kind).toBe('author-gone');
  });

  it('reads {} entity lists as none', () => {
    expect(postOf(emptyEntities)).toMatchObject({
      text: 'Tide tables for May are pinned at the kiosk.',
      links: [],
    });
  });

  it('lists a multi-photo post’s one media link once', () => {
    expect(postOf(multiPhoto).links).toEqual([
      expect.objectContaining({
        url: 'https://t.co/Thr3eV1ewz',
        kind: 'media',
        expandedUrl: expect.stringMatching(/\/photo\/1$/),
      }),
    ]);
  });

  it('reads a GIF as media whose link points at …/photo/1', () => {
    const post = postOf(gif);
    expect(post.text).toBe('When the ferry is on time');
    expect(post.links).toEqual([
      expect.objectContaining({ kind: 'media', expandedUrl: expect.stringMatching(/\/photo\/1$/) }),
    ]);
  });

  it('recognises a trailing media link that no entity names, with mediaDetails lacking url and indices', () => {
    const post = postOf(untaggedMedia);
    expect(post.text).toBe('Sunrise shift on the pier');
    expect(post.links).toEqual([
      {
        url: 'https://t.co/Un7aggedPc',
        expandedUrl: `https://x.com/MbkPier/status/${SHAPE_ID}/photo/1`,
        displayUrl: null,
        kind: 'media',
      },
    ]);
  });

  it('counts distinct edit IDs: an own ID listed twice is no edit', () => {
    expect(postOf(ownIdTwice).edit).toEqual({ isEdited: false, isStaleEdit: false, editIds: [SHAPE_ID] });
  });

  it('cuts the quoted post to its own range', () => {
    expect(postOf(quotePost).quotedText).toBe('Deck boards arriving this week 🚚');
  });

  it("hides a quote link past the range, and an article showing oEmbed's paragraph (link included) still matches", () => {
    const post = postOf(quoteLinkPastRange);
    expect(post.text).toBe(QUOTE_LINK_SHOWN);
    const citation = makeCitation({
      text: `${QUOTE_LINK_SHOWN} https://t.co/Qu0teLnk12`,
      links: [{ url: 'https://t.co/Qu0teLnk12', kind: 'tco' }],
    });
    expect(compareText(citation, live(post))[0]).toMatchObject({ check: 'text-equivalent', severity: 'ok' });
  });

  it('reads {"errors":[…]} as not found, quoting what X said', () => {
    expect(read({ errors: [{ message: 'No status found with that ID.' }] })).toEqual({
      kind: 'not-found',
      fetchedAt: 'T',
      said: 'No status found with that ID.',
    });
  });
});
