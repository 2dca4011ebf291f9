import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { parseScenario } from '../../dev/fake-x/scenario.js';
import { oembedUrl } from '../../src/x/oembed.js';
import { snowflakeTime } from '../../src/x/snowflake.js';
import { syndicationUrl } from '../../src/x/syndication.js';
import { idAt } from './fixture-scenario.js';

// The variants of real answers a scenario can pick (invented text).
const author = { userId: '5150', handle: 'MbkDocks', name: 'Millbrook Docks' };
const ids = {
  emoji: idAt('2025-05-12T08:00:00Z', 1),
  long: idAt('2025-05-12T09:00:00Z', 2),
  longPreview: idAt('2025-05-12T09:30:00Z', 3),
  bare: idAt('2025-05-12T10:00:00Z', 4),
  userLess: idAt('2025-05-12T11:00:00Z', 5),
  photos: idAt('2025-05-12T12:00:00Z', 6),
};
const LONG = `${'The dock crane inspection is done and the report is long, so here is the short version. '.repeat(4)}End.`;
const post = (id: string, text: string, rest: Record<string, unknown> = {}) => ({
  id,
  author,
  createdAt: snowflakeTime(id)?.toISOString() ?? '',
  text,
  ...rest,
});
const fake = createFakeX(
  parseScenario({
    label: 'Illustrative test data: invented accounts and posts',
    posts: [
      post(ids.emoji, 'Crane day 🏗️🚢⚓ #Docks https://t.co/Cr4neDay01', {
        hashtags: ['Docks'],
        media: [{ tco: 'https://t.co/Cr4neDay01', display: 'pic.x.com/Cr4neDay01', type: 'animated_gif' }],
      }),
      post(ids.long, LONG),
      post(ids.longPreview, LONG, { longPostOembed: 'preview' }),
      post(ids.bare, 'x', { state: { status: 'age-restricted', response: 'bare-tombstone' } }),
      post(ids.userLess, 'Ferry back on the hour.', {
        state: { status: 'account-gone', response: 'user-less' },
      }),
      post(ids.photos, 'Three cranes https://t.co/Thr3eCr4ne', {
        media: [1, 2, 3].map(() => ({ tco: 'https://t.co/Thr3eCr4ne', display: 'pic.x.com/Thr3eCr4ne' })),
      }),
    ],
  }),
);
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// biome-ignore lint/suspicious/noExplicitAny: assertions walk arbitrary paths of the response JSON
const json = async (url: string): Promise<any> => (await fetch(url)).json();

describe('fake X real-answer variants', () => {
  it('counts display_text_range in UTF-16 units and points a GIF at photo/1', async () => {
    const body = await json(syndicationUrl(ids.emoji));
    expect(body.display_text_range).toEqual([0, 'Crane day 🏗️🚢⚓ #Docks'.length]);
    expect(body.entities.media[0].indices[0]).toBe(Array.from('Crane day 🏗️🚢⚓ #Docks ').length);
    expect(body.mediaDetails[0]).toMatchObject({
      type: 'animated_gif',
      expanded_url: expect.stringMatching(/\/photo\/1$/),
    });
  });

  it('sends a long post as a 276-character preview with note_tweet, and oEmbed the whole text or a preview', async () => {
    const body = await json(syndicationUrl(ids.long));
    expect(Array.from(body.text as string)).toHaveLength(276);
    expect(LONG.startsWith(body.text)).toBe(true);
    expect(body.note_tweet).toEqual({ id: expect.any(String) });
    expect((await json(oembedUrl('MbkDocks', ids.long))).html).toContain('End.</p>');
    expect((await json(oembedUrl('MbkDocks', ids.longPreview))).html).toMatch(/…<\/p>/);
  });

  it('sends a bare tombstone and a user-less post', async () => {
    expect(await json(syndicationUrl(ids.bare))).toEqual({ __typename: 'TweetTombstone' });
    const userLess = await json(syndicationUrl(ids.userLess));
    expect(userLess).toMatchObject({ __typename: 'Tweet', id_str: ids.userLess });
    expect(userLess).not.toHaveProperty('user');
  });

  it('gives a multi-photo post one media entity and one mediaDetails entry per photo', async () => {
    const body = await json(syndicationUrl(ids.photos));
    expect(body.entities.media).toHaveLength(1);
    expect(body.mediaDetails).toHaveLength(3);
    expect(body.photos).toHaveLength(3);
  });
});
