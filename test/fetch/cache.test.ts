import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type FetcherOptions, isFetchError } from '../../src/fetch/index.js';
import { tempDir } from '../support/temp-dir.js';
import { VirtualClock } from './virtual-clock.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const HOUR = 3_600_000;

/** A handler answering `answers` in turn (the last one repeats), counting requests. */
function sequence(url: string, answers: Array<() => Response>) {
  const seen = { count: 0 };
  server.use(
    http.get(url, () => {
      const answer = answers[Math.min(seen.count, answers.length - 1)] as () => Response;
      seen.count++;
      return answer();
    }),
  );
  return seen;
}

describe('response cache', () => {
  let vc: VirtualClock;
  let cacheDir: string;
  const open = (options: FetcherOptions = {}) =>
    createFetcher({ cacheDir, clock: vc.clock, sleep: vc.sleep, random: () => 0, env: {}, ...options });

  const setup = async () => {
    vc = new VirtualClock();
    cacheDir = await tempDir();
  };

  it('serves a second run from the cache without any request, with the original fetch time', async () => {
    await setup();
    const seen = sequence('https://t.co/abc', [
      () => new HttpResponse(null, { status: 301, headers: { location: 'https://x.com/a/status/1' } }),
    ]);
    server.use(http.get('https://x.com/a/status/1', () => HttpResponse.text('post page')));
    const first = await open();
    const live = await vc.run(first.fetch({ url: 'https://t.co/abc', cacheClass: 'short-link' }));
    await first.close();
    vc.advance(400 * 24 * HOUR);

    const second = await open();
    const cached = await vc.run(second.fetch({ url: 'https://t.co/abc', cacheClass: 'short-link' }));
    const stats = second.stats();
    await second.close();

    expect(seen.count).toBe(1);
    expect(live.fromCache).toBe(false);
    expect(cached).toEqual({ ...live, fromCache: true });
    expect(stats['t.co']).toMatchObject({ requests: 0, cacheHits: 1 });
  });

  it('refetches a post lookup once its TTL has passed', async () => {
    await setup();
    const seen = sequence('https://cdn.syndication.twimg.com/tweet-result', [
      () => HttpResponse.json({ text: 'v1' }),
      () => HttpResponse.json({ text: 'v2' }),
    ]);
    const fetcher = await open({ ttl: { post: 2 * HOUR } });
    const url = 'https://cdn.syndication.twimg.com/tweet-result?id=1&token=x';
    await vc.run(fetcher.fetch({ url, cacheClass: 'post' }));
    await fetcher.close();

    vc.advance(HOUR);
    const within = await open({ ttl: { post: 2 * HOUR } });
    const fresh = await vc.run(within.fetch({ url, cacheClass: 'post' }));
    await within.close();
    vc.advance(2 * HOUR);
    const after = await open({ ttl: { post: 2 * HOUR } });
    const expired = await vc.run(after.fetch({ url, cacheClass: 'post' }));
    await after.close();

    expect(fresh.body).toContain('v1');
    expect(fresh.fromCache).toBe(true);
    expect(expired.body).toContain('v2');
    expect(expired.fromCache).toBe(false);
    expect(seen.count).toBe(2);
  });

  it('caches a 404 with the shorter negative TTL', async () => {
    await setup();
    const seen = sequence('https://cdn.syndication.twimg.com/tweet-result', [
      () => new HttpResponse(null, { status: 404 }),
    ]);
    const url = 'https://cdn.syndication.twimg.com/tweet-result?id=404';
    const options = { ttl: { post: 24 * HOUR, negative: HOUR } };
    for (const advance of [0, 30 * 60_000, 2 * HOUR]) {
      vc.advance(advance);
      const fetcher = await open(options);
      const response = await vc.run(fetcher.fetch({ url, cacheClass: 'post' }));
      await fetcher.close();
      expect(response.status).toBe(404);
    }
    // fetched, served from cache at 30 min, refetched after the 1 h negative TTL
    expect(seen.count).toBe(2);
  });

  it('never caches a failure: the next run asks the network again', async () => {
    await setup();
    const seen = sequence('https://publish.x.com/oembed', [
      () => new HttpResponse(null, { status: 500 }),
      () => HttpResponse.json({ html: 'embed' }),
    ]);
    const url = 'https://publish.x.com/oembed?url=1';
    const failing = await open({ maxRetries: 0 });
    const error = await vc.run(failing.fetch({ url, cacheClass: 'post' })).catch((e: unknown) => e);
    await failing.close();
    const next = await open({ maxRetries: 0 });
    const ok = await vc.run(next.fetch({ url, cacheClass: 'post' }));
    await next.close();

    expect(isFetchError(error) && error.code).toBe('http-status');
    expect(isFetchError(error) && error.status).toBe(500);
    expect(ok.status).toBe(200);
    expect(seen.count).toBe(2);
  });

  it('keeps the last good answer when refreshing it fails, and serves it with its age', async () => {
    await setup();
    const seen = sequence('https://publish.x.com/oembed', [
      () => HttpResponse.json({ html: 'good' }),
      () => new HttpResponse(null, { status: 503 }),
    ]);
    const url = 'https://publish.x.com/oembed?url=2';
    const first = await open({ ttl: { post: HOUR } });
    const good = await vc.run(first.fetch({ url, cacheClass: 'post' }));
    await first.close();

    vc.advance(3 * HOUR);
    const stale = await open({ ttl: { post: HOUR }, maxRetries: 1 });
    const served = await vc.run(stale.fetch({ url, cacheClass: 'post' }));
    await stale.close();
    const strict = await open({ ttl: { post: HOUR }, maxRetries: 0, staleIfError: false });
    const error = await vc.run(strict.fetch({ url, cacheClass: 'post' })).catch((e: unknown) => e);
    await strict.close();
    const offline = await open({ offline: true });
    const kept = await vc.run(offline.fetch({ url, cacheClass: 'post' }));
    await offline.close();

    expect(served).toMatchObject({ body: good.body, fromCache: true, fetchedAt: good.fetchedAt });
    expect(isFetchError(error) && error.code).toBe('rate-limited');
    expect(kept.body).toBe(good.body);
    expect(kept.fetchedAt).toBe(good.fetchedAt);
    expect(seen.count).toBe(4);
  });

  it('does not cache answers of the none class, nor statuses like 403', async () => {
    await setup();
    const seen = sequence('https://news.example/private', [() => new HttpResponse('no', { status: 403 })]);
    const none = sequence('https://news.example/live', [() => HttpResponse.text('now')]);
    for (let i = 0; i < 2; i++) {
      const fetcher = await open();
      expect(
        (await vc.run(fetcher.fetch({ url: 'https://news.example/private', cacheClass: 'article' }))).status,
      ).toBe(403);
      await vc.run(fetcher.fetch({ url: 'https://news.example/live', cacheClass: 'none' }));
      await fetcher.close();
    }
    expect(seen.count).toBe(2);
    expect(none.count).toBe(2);
  });

  it('keys entries by the normalised URL: fragment, query order and host case do not matter', async () => {
    await setup();
    const seen = sequence('https://news.example/story', [() => HttpResponse.text('story')]);
    const fetcher = await open();
    await vc.run(fetcher.fetch({ url: 'https://news.example/story?b=2&a=1#top', cacheClass: 'article' }));
    await fetcher.close();
    const again = await open();
    const hit = await vc.run(
      again.fetch({ url: 'HTTPS://NEWS.example:443/story?a=1&b=2', cacheClass: 'article' }),
    );
    await again.close();
    expect(hit.fromCache).toBe(true);
    expect(seen.count).toBe(1);
  });
});

describe('offline and refresh', () => {
  it('fails an offline miss with offline-miss and sends nothing', async () => {
    const fetcher = await createFetcher({ cacheDir: await tempDir(), offline: true, env: {} });
    // no handler is registered: any request would fail the test through onUnhandledRequest: 'error'
    const error = await fetcher
      .fetch({ url: 'https://t.co/unknown', cacheClass: 'short-link' })
      .catch((e: unknown) => e);
    const stats = fetcher.stats();
    await fetcher.close();
    expect(isFetchError(error) && error.code).toBe('offline-miss');
    expect(stats['t.co']).toBeUndefined();
  });

  it('ignores cached answers under refresh but still writes the new one', async () => {
    const vc = new VirtualClock();
    const cacheDir = await tempDir();
    let n = 0;
    server.use(http.get('https://t.co/r', () => HttpResponse.text(`answer ${++n}`)));
    const options = { cacheDir, clock: vc.clock, sleep: vc.sleep, env: {} };
    const first = await createFetcher(options);
    await vc.run(first.fetch({ url: 'https://t.co/r', cacheClass: 'short-link' }));
    await first.close();
    const refreshing = await createFetcher({ ...options, refresh: true });
    const refreshed = await vc.run(refreshing.fetch({ url: 'https://t.co/r', cacheClass: 'short-link' }));
    // within one run the same URL still costs one request, even when refreshing
    const repeated = await vc.run(refreshing.fetch({ url: 'https://t.co/r', cacheClass: 'short-link' }));
    await refreshing.close();
    const later = await createFetcher(options);
    const cached = await vc.run(later.fetch({ url: 'https://t.co/r', cacheClass: 'short-link' }));
    await later.close();

    expect(refreshed.body).toBe('answer 2');
    expect(repeated.body).toBe('answer 2');
    expect(cached).toMatchObject({ body: 'answer 2', fromCache: true });
    expect(n).toBe(2);
  });
});

describe('single flight', () => {
  it('sends one request for identical concurrent requests and shares the answer', async () => {
    const vc = new VirtualClock();
    let requests = 0;
    server.use(
      http.get('https://t.co/same', () => {
        requests++;
        return new HttpResponse(null, { status: 301, headers: { location: 'https://news.example/final' } });
      }),
      http.get('https://news.example/final', () => HttpResponse.text('final')),
    );
    const fetcher = await createFetcher({
      cacheDir: await tempDir(),
      clock: vc.clock,
      sleep: vc.sleep,
      env: {},
    });
    const twenty = Array.from({ length: 20 }, () =>
      fetcher.fetch({ url: 'https://t.co/same', cacheClass: 'short-link' }),
    );
    const answers = await vc.run(Promise.all(twenty));
    const stats = fetcher.stats();
    await fetcher.close();
    expect(requests).toBe(1);
    expect(new Set(answers.map((a) => a.url))).toEqual(new Set(['https://news.example/final']));
    expect(stats['t.co']?.requests).toBe(1);
  });
});

describe('answers fetched through --upstream (finding 2: they were cached as the real hosts’ answers)', () => {
  const upstream = 'http://127.0.0.1:4010';
  const shortLink = { url: 'https://t.co/poison', cacheClass: 'short-link', followRedirects: false } as const;

  it('are never served to a run against the real hosts, nor a real answer to an upstream run', async () => {
    const cacheDir = await tempDir();
    const stand = sequence(`${upstream}/poison`, [
      () => new HttpResponse(null, { status: 301, headers: { location: 'https://evil.example/' } }),
    ]);
    const viaUpstream = await createFetcher({ cacheDir, env: {}, upstream });
    await viaUpstream.fetch(shortLink);
    await viaUpstream.close();

    const real = await createFetcher({ cacheDir, env: {}, offline: true });
    const error = await real.fetch(shortLink).catch((e: unknown) => e);
    await real.close();
    expect(isFetchError(error) && error.code).toBe('offline-miss');

    const live = sequence('https://t.co/poison', [
      () => new HttpResponse(null, { status: 301, headers: { location: 'https://x.com/a/status/1' } }),
    ]);
    const online = await createFetcher({ cacheDir, env: {} });
    const answer = await online.fetch(shortLink);
    await online.close();
    expect(answer.headers.location).toBe('https://x.com/a/status/1');
    expect(live.count).toBe(1);

    // The upstream's own entry still serves upstream runs (the demo and e2e runs stay cached)
    const again = await createFetcher({ cacheDir, env: {}, upstream, offline: true });
    const cached = await again.fetch(shortLink);
    await again.close();
    expect(cached).toMatchObject({ fromCache: true, headers: { location: 'https://evil.example/' } });
    expect(stand.count).toBe(1);
  });
});
