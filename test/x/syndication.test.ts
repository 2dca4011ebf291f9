import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchSyndication, SYNDICATION_FEATURES } from '../../src/x/syndication.js';
import { syndicationToken } from '../../src/x/syndication-token.js';
import { PAYLOAD_ID, tweetPayload } from './tweet-payload.js';
import { testFetcher } from './x-fetcher.js';

const TWEET_RESULT = 'https://cdn.syndication.twimg.com/tweet-result';
const server = setupServer();
const seen: URL[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

/** Answers tweet-result with `respond`, recording what was asked. */
function tweetResult(respond: () => Response) {
  server.use(
    http.get(TWEET_RESULT, ({ request }) => {
      seen.push(new URL(request.url));
      return respond();
    }),
  );
}

describe('fetchSyndication', () => {
  it('sends id, lang=en and the token, and returns the normalized post', async () => {
    tweetResult(() => HttpResponse.json(tweetPayload()));
    const result = await fetchSyndication(PAYLOAD_ID, await testFetcher());
    expect(result.kind).toBe('post');
    expect(result.kind === 'post' && result.post.handle).toBe('exampleorg');
    expect(seen.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { id: PAYLOAD_ID, lang: 'en', features: SYNDICATION_FEATURES, token: syndicationToken(PAYLOAD_ID) },
    ]);
  });

  it('reads a 404 with an HTML body as not found without parsing it', async () => {
    tweetResult(() =>
      HttpResponse.html('<!DOCTYPE html><html><body>Page not found</body></html>', { status: 404 }),
    );
    expect(await fetchSyndication(PAYLOAD_ID, await testFetcher())).toMatchObject({ kind: 'not-found' });
  });

  it('reads {} as empty and a tombstone with its classified text', async () => {
    tweetResult(() => HttpResponse.json({}));
    expect(await fetchSyndication(PAYLOAD_ID, await testFetcher())).toMatchObject({ kind: 'empty' });
    server.resetHandlers();
    tweetResult(() =>
      HttpResponse.json({
        __typename: 'TweetTombstone',
        tombstone: { text: { text: 'This Post is from a suspended account. Learn more', rtl: false } },
      }),
    );
    expect(await fetchSyndication('1800000000000000009', await testFetcher())).toMatchObject({
      kind: 'tombstone',
      status: 'suspended',
    });
  });

  it('reports a 200 HTML page as an unexpected response instead of crashing', async () => {
    tweetResult(() => HttpResponse.html('<html>Something went wrong</html>'));
    const result = await fetchSyndication(PAYLOAD_ID, await testFetcher());
    expect(result).toMatchObject({ kind: 'failed', reason: 'unexpected-response' });
  });

  it('reports a 400 {"error":"Bad request."} as an unexpected response', async () => {
    tweetResult(() => HttpResponse.json({ error: 'Bad request.' }, { status: 400 }));
    expect(await fetchSyndication(PAYLOAD_ID, await testFetcher())).toMatchObject({
      kind: 'failed',
      reason: 'unexpected-response',
    });
  });

  it('reports a text/plain 429 as rate-limited', async () => {
    tweetResult(
      () =>
        new HttpResponse('Rate limit exceeded', { status: 429, headers: { 'content-type': 'text/plain' } }),
    );
    expect(await fetchSyndication(PAYLOAD_ID, await testFetcher())).toMatchObject({
      kind: 'failed',
      reason: 'rate-limited',
    });
  });

  it('rejects a malformed ID before any request', async () => {
    tweetResult(() => HttpResponse.json(tweetPayload()));
    const result = await fetchSyndication('12a', await testFetcher());
    expect(result).toMatchObject({ kind: 'failed', reason: 'no-status-id' });
    expect(seen).toHaveLength(0);
  });

  it('reports a cache miss in offline mode as offline-miss without touching the network', async () => {
    tweetResult(() => HttpResponse.json(tweetPayload()));
    const result = await fetchSyndication(PAYLOAD_ID, await testFetcher({ offline: true }));
    expect(result).toMatchObject({ kind: 'failed', reason: 'offline-miss' });
    expect(seen).toHaveLength(0);
  });
});
