import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/index.js';
import type { IdResolution } from '../../src/result.js';
import { findStatusId } from '../../src/x/id-recovery.js';
import { lookupPost } from '../../src/x/lookup-post.js';
import { resolveShortLink } from '../../src/x/short-link.js';
import { citation } from './citation-fixture.js';
import { idAt, ids, lookupScenario } from './lookup-scenario.js';
import { testFetcher } from './x-fetcher.js';

const fake = createFakeX(lookupScenario);
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  fake.setOptions({ faults: [] });
  fake.reset();
});
afterAll(() => server.close());

const cited = citation({ handle: 'riverwatch' });

function found(statusId: string): IdResolution {
  return {
    status: 'found',
    statusId,
    foundBy: 'cited',
    confidence: 'high',
    evidence: 'status ID in the markup',
  };
}

async function lookup(statusId: string, options: Parameters<typeof lookupPost>[3] = {}) {
  return lookupPost(cited, found(statusId), await testFetcher(), options);
}

describe('lookupPost', () => {
  it('returns an available post from syndication without asking oEmbed or the archive', async () => {
    const result = await lookup(ids.available);
    expect(result).toMatchObject({
      status: 'available',
      source: 'syndication',
      post: {
        id: ids.available,
        handle: 'riverwatch',
        name: 'River Watch',
        createdAt: '2025-03-28T18:00:00.000Z',
        text: 'Cleanup day & picnic 🇸🇻',
        links: [expect.objectContaining({ url: 'https://t.co/Pic2222', kind: 'media' })],
      },
    });
    expect(fake.traffic.byEndpoint).toEqual({ 'tweet-result': 1 });
  });

  it('calls a post deleted on its tombstone and links the archived copy with the archived text', async () => {
    const result = await lookup(ids.deleted);
    expect(result).toMatchObject({
      status: 'deleted',
      evidence: expect.stringContaining('This Post was deleted by the Post author'),
      archived: {
        timestamp: '20250316120000',
        url: `https://web.archive.org/web/20250316120000/https://cdn.syndication.twimg.com/tweet-result?id=${ids.deleted}&lang=en`,
        post: expect.objectContaining({ id: ids.deleted, text: 'Too late 😂' }),
      },
    });
    expect(fake.traffic.byEndpoint.oembed).toBeUndefined();
  });

  it.each([
    ['suspended', ids.suspended],
    ['protected', ids.protected],
    ['withheld', ids.withheld],
    ['account-gone', ids.accountGone],
  ])('reports a %s tombstone as that status', async (status, statusId) => {
    expect(await lookup(statusId, { archive: false })).toMatchObject({ status, archived: null });
  });

  it('does not search the archive when archive is off', async () => {
    await lookup(ids.deleted, { archive: false });
    expect(fake.traffic.byEndpoint['wayback-cdx']).toBeUndefined();
  });

  it('calls a post deleted when syndication and oEmbed both answer 404', async () => {
    const result = await lookup(ids.unknown, { archive: false });
    expect(result).toMatchObject({
      status: 'deleted',
      evidence: 'syndication answered 404; oEmbed answered 404',
    });
  });

  it('calls an ID whose Snowflake time is still in the future never-existed', async () => {
    const future = idAt('2025-06-01T00:00:00Z');
    const result = await lookup(future, { archive: false, now: () => new Date('2025-04-01T00:00:00Z') });
    expect(result).toMatchObject({ status: 'never-existed' });
  });

  it('calls a generic "unavailable" tombstone confirmed by an oEmbed 404 unavailable, never deleted', async () => {
    const result = await lookup(ids.unavailable, { archive: false });
    expect(result).toMatchObject({
      status: 'unavailable',
      evidence: 'syndication tombstone: "This Post is unavailable. Learn more"; oEmbed answered 404',
    });
  });

  it('takes the post from oEmbed when syndication gives an empty tombstone but oEmbed shows it', async () => {
    server.use(
      http.get('https://cdn.syndication.twimg.com/tweet-result', () =>
        HttpResponse.json({ __typename: 'TweetTombstone', tombstone: {} }),
      ),
    );
    expect(await lookup(ids.available)).toMatchObject({ status: 'available', source: 'oembed' });
  });

  it('calls {} answered by an oEmbed 403 unavailable, not deleted and not available', async () => {
    const result = await lookup(ids.ageEmpty, { archive: false });
    expect(result).toMatchObject({
      status: 'unavailable',
      evidence: 'syndication returned {}; oEmbed answered 403',
    });
  });

  it('takes the post from oEmbed, truncation flag included, when syndication fails', async () => {
    fake.setOptions({
      faults: [{ host: 'cdn.syndication.twimg.com', fault: { kind: 'malformed-json' }, first: 1 }],
    });
    const result = await lookup(ids.available);
    expect(result).toMatchObject({
      status: 'available',
      source: 'oembed',
      post: { id: ids.available, handle: 'riverwatch', createdAt: '2025-03-28', truncated: false },
    });
  });

  it('reports sources-disagree when syndication says 404 but oEmbed shows the post', async () => {
    fake.setOptions({
      faults: [{ host: 'cdn.syndication.twimg.com', fault: { kind: 'status', status: 404 }, first: 1 }],
    });
    expect(await lookup(ids.available)).toMatchObject({ status: 'unverifiable', reason: 'sources-disagree' });
  });

  it('stays unverifiable when syndication fails and oEmbed alone says 404', async () => {
    fake.setOptions({
      faults: [{ host: 'cdn.syndication.twimg.com', fault: { kind: 'truncated-json' }, first: 1 }],
    });
    expect(await lookup(ids.unknown)).toMatchObject({
      status: 'unverifiable',
      reason: 'unexpected-response',
    });
  });

  it('marks every lookup offline-miss with an empty cache in offline mode, without any traffic', async () => {
    const result = await lookupPost(cited, found(ids.available), await testFetcher({ offline: true }));
    expect(result).toMatchObject({ status: 'unverifiable', reason: 'offline-miss' });
    expect(fake.traffic.requests).toHaveLength(0);
  });

  it('reports a missing status ID as unverifiable with the resolution’s reason, without traffic', async () => {
    const result = await lookupPost(
      cited,
      { status: 'not-found', reason: 'no media link' },
      await testFetcher(),
    );
    expect(result).toEqual({
      status: 'unverifiable',
      reason: 'no-status-id',
      detail: 'no media link',
      archived: null,
    });
    expect(fake.traffic.requests).toHaveLength(0);
  });
});

describe('finding the post through its media link', () => {
  it('resolves a flattened embed’s pic link via t.co to the post and looks it up', async () => {
    const fetcher = await testFetcher();
    const flattened = citation({
      handle: 'RiverWatch',
      links: [{ url: 'pic.twitter.com/Pic2222', kind: 'media' }],
    });
    const links = await Promise.all(flattened.links.map((link) => resolveShortLink(link.url, fetcher)));
    const resolution = findStatusId(flattened, links);
    expect(resolution).toMatchObject({
      status: 'found',
      statusId: ids.available,
      foundBy: 'media-link',
      confidence: 'high',
    });
    expect((await lookupPost(flattened, resolution, fetcher)).status).toBe('available');
    expect(fake.traffic.requests.map((entry) => entry.host)).toEqual(['t.co', 'cdn.syndication.twimg.com']);
  });
});
