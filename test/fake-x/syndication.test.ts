import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { ids, testScenario, tweetResultUrl } from './fixture-scenario.js';

const fake = createFakeX(testScenario());
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.reset());
afterAll(() => server.close());

// biome-ignore lint/suspicious/noExplicitAny: assertions walk arbitrary paths of the response JSON
type Json = Record<string, any>;

async function getJson(url: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

async function tombstoneText(id: string): Promise<string> {
  const { status, body } = await getJson(tweetResultUrl(id));
  expect(status).toBe(200);
  expect(body.__typename).toBe('TweetTombstone');
  return body.tombstone.text.text;
}

describe('fake syndication tweet-result', () => {
  it('serves an available post with user, entities, media and a seconds-precision created_at', async () => {
    const { status, body } = await getJson(tweetResultUrl(ids.available));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      __typename: 'Tweet',
      id_str: ids.available,
      created_at: '2025-03-16T02:30:00.000Z',
      text: 'Cleanup day &amp; picnic with @parksdept #RiverDay https://t.co/Link111 https://t.co/Pic2222',
      user: { id_str: '9001', screen_name: 'riverwatch', name: 'River Watch' },
      isEdited: false,
      isStaleEdit: false,
      favorite_count: 12,
    });
    expect(body.entities.urls).toEqual([
      {
        url: 'https://t.co/Link111',
        expanded_url: 'https://example.org/cleanup',
        display_url: 'example.org/cleanup',
        indices: [51, 71],
      },
    ]);
    expect(body.entities.hashtags).toEqual([{ text: 'RiverDay', indices: [41, 50] }]);
    expect(body.entities.user_mentions[0]).toMatchObject({ screen_name: 'parksdept', id_str: '9002' });
    expect(body.entities.media[0]).toMatchObject({
      url: 'https://t.co/Pic2222',
      display_url: 'pic.twitter.com/Pic2222',
      expanded_url: `https://twitter.com/riverwatch/status/${ids.available}/photo/1`,
    });
    expect(body.mediaDetails[0]).toMatchObject({
      type: 'photo',
      ext_media_availability: { status: 'Available' },
    });
    // The trailing media link is outside the displayed range.
    expect(body.display_text_range).toEqual([0, 71]);
  });

  it('omits empty entity arrays, giving an empty entities object for a plain post', async () => {
    const { body } = await getJson(tweetResultUrl(ids.plain));
    expect(body.entities).toEqual({});
    expect(body).not.toHaveProperty('mediaDetails');
  });

  it('marks an older version of an edited post as a stale edit listing every version', async () => {
    const { body } = await getJson(tweetResultUrl(ids.edited0));
    expect(body).toMatchObject({
      text: 'Trails reopen Tuesday. https://t.co/Vid3333',
      isEdited: true,
      isStaleEdit: true,
    });
    expect(body.edit_control.edit_tweet_ids).toEqual([ids.edited0, ids.edited1]);
    expect(body.mediaDetails[0].expanded_url).toBe(`https://x.com/parksdept/status/${ids.edited0}/video/1`);
    const latest = await getJson(tweetResultUrl(ids.edited1));
    expect(latest.body).toMatchObject({
      text: 'Trails reopen Wednesday.',
      isEdited: true,
      isStaleEdit: false,
    });
  });

  it('embeds the quoted post and the reply parent', async () => {
    const quoting = await getJson(tweetResultUrl(ids.edited1));
    expect(quoting.body.quoted_tweet).toMatchObject({ id_str: ids.plain, text: 'Trails reopen Monday.' });
    const reply = await getJson(tweetResultUrl(ids.reply));
    expect(reply.body).toMatchObject({
      in_reply_to_status_id_str: ids.plain,
      in_reply_to_screen_name: 'parksdept',
      in_reply_to_user_id_str: '9002',
      parent: { id_str: ids.plain },
    });
  });

  it('answers each unavailable state with the tombstone text X uses for it', async () => {
    expect(await tombstoneText(ids.deleted)).toBe('This Post was deleted by the Post author. Learn more');
    expect(await tombstoneText(ids.suspended)).toBe('This Post is from a suspended account. Learn more');
    expect(await tombstoneText(ids.protected)).toBe(
      'You’re unable to view this Post because this account owner limits who can view their Posts. Learn more',
    );
    expect(await tombstoneText(ids.accountGone)).toBe(
      'This Post is from an account that no longer exists. Learn more',
    );
    expect(await tombstoneText(ids.ageRestricted)).toMatch(/^Age-restricted adult content\./);
    expect(await tombstoneText(ids.withheld)).toBe(
      'This Post from @riverwatch has been withheld in Germany and France in response to a legal demand. Learn more',
    );
  });

  it('gives the tombstone a "Learn more" link entity', async () => {
    const { body } = await getJson(tweetResultUrl(ids.suspended));
    expect(body.tombstone.text.entities[0]).toMatchObject({ from_index: 39, to_index: 49 });
  });

  it('answers an age-restricted post configured as empty with {}', async () => {
    expect(await getJson(tweetResultUrl(ids.ageEmpty))).toEqual({ status: 200, body: {} });
  });

  it('answers 404 with an HTML body for IDs that never existed or are not in the scenario', async () => {
    for (const id of [ids.neverExisted, ids.unlisted]) {
      const response = await fetch(tweetResultUrl(id));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toMatch(/^<!DOCTYPE html>/);
    }
  });

  it('answers {} without a token and for ID 0', async () => {
    expect(await getJson(`https://cdn.syndication.twimg.com/tweet-result?id=${ids.available}`)).toEqual({
      status: 200,
      body: {},
    });
    expect(await getJson(tweetResultUrl('0'))).toEqual({ status: 200, body: {} });
  });

  it('answers 400 Bad request for non-numeric and out-of-range IDs', async () => {
    expect(await getJson(tweetResultUrl('12a'))).toEqual({ status: 400, body: { error: 'Bad request.' } });
    expect(await getJson(tweetResultUrl('99999999999999999999'))).toEqual({
      status: 400,
      body: { error: 'Bad request.' },
    });
  });
});
