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

async function fetcherOn(vc: VirtualClock, options: FetcherOptions = {}) {
  return createFetcher({
    cacheDir: await tempDir(),
    clock: vc.clock,
    sleep: vc.sleep,
    random: () => 0.5,
    ...options,
  });
}

/** Largest number of request times falling in any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (const [i, start] of sorted.entries()) {
    most = Math.max(most, sorted.slice(i).filter((t) => t < start + windowMs).length);
  }
  return most;
}

describe('per-host rate budget', () => {
  it('spaces requests to one host evenly and never exceeds its requests-per-second budget', async () => {
    const vc = new VirtualClock();
    const sent: number[] = [];
    server.use(
      http.get('https://t.co/:id', () => {
        sent.push(vc.now);
        return HttpResponse.text('ok');
      }),
    );
    const fetcher = await fetcherOn(vc, { rates: { 't.co': 5 }, perHostConcurrency: 4 });
    const urls = Array.from({ length: 20 }, (_, i) => `https://t.co/link${i}`);
    await vc.run(Promise.all(urls.map((url) => fetcher.fetch({ url, cacheClass: 'short-link' }))));
    await fetcher.close();

    expect(sent).toHaveLength(20);
    const gaps = sent.slice(1).map((t, i) => t - (sent[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(200);
    expect(busiestWindow(sent, 1000)).toBeLessThanOrEqual(5);
    // the budget is used, not wasted: 20 requests at 5/s take 19 gaps of 200 ms
    expect((sent.at(-1) as number) - (sent[0] as number)).toBe(19 * 200);
  });

  it('gives hosts without a configured rate the default budget of 2 per second', async () => {
    const vc = new VirtualClock();
    const sent: number[] = [];
    server.use(
      http.get('https://news.example/:page', () => {
        sent.push(vc.now);
        return HttpResponse.text('page');
      }),
    );
    const fetcher = await fetcherOn(vc);
    const urls = Array.from({ length: 6 }, (_, i) => `https://news.example/p${i}`);
    await vc.run(Promise.all(urls.map((url) => fetcher.fetch({ url, cacheClass: 'article' }))));
    await fetcher.close();
    const gaps = sent.slice(1).map((t, i) => t - (sent[i] as number));
    expect(gaps.every((gap) => gap >= 500)).toBe(true);
  });
});

describe('rate-limit answers', () => {
  it('pauses only the host that answered 429 with Retry-After: 2 while another host keeps flowing', async () => {
    const vc = new VirtualClock();
    const limited: Array<{ at: number; status: number }> = [];
    const other: number[] = [];
    server.use(
      http.get('https://cdn.syndication.twimg.com/tweet-result', () => {
        const status = limited.length === 0 ? 429 : 200;
        limited.push({ at: vc.now, status });
        return status === 429
          ? new HttpResponse('slow down', { status, headers: { 'retry-after': '2' } })
          : HttpResponse.json({ ok: true });
      }),
      http.get('https://publish.x.com/oembed', () => {
        other.push(vc.now);
        return HttpResponse.json({ html: '' });
      }),
    );
    const fetcher = await fetcherOn(vc);
    const posts = [1, 2, 3].map((id) =>
      fetcher.fetch({ url: `https://cdn.syndication.twimg.com/tweet-result?id=${id}`, cacheClass: 'post' }),
    );
    const embeds = [1, 2, 3, 4, 5].map((id) =>
      fetcher.fetch({ url: `https://publish.x.com/oembed?url=${id}`, cacheClass: 'post' }),
    );
    const results = await vc.run(Promise.all([...posts, ...embeds]));
    const stats = fetcher.stats();
    await fetcher.close();

    const pausedAt = (limited[0] as { at: number }).at;
    expect(limited[0]?.status).toBe(429);
    // nothing reached the limited host during its pause...
    expect(limited.slice(1).every(({ at }) => at >= pausedAt + 2000)).toBe(true);
    // ...while the other host kept being served inside that window
    expect(other.filter((at) => at > pausedAt && at < pausedAt + 2000).length).toBeGreaterThanOrEqual(3);
    expect(results.every((response) => response.status === 200)).toBe(true);
    expect(stats['cdn.syndication.twimg.com']).toMatchObject({ rateLimited: 1, retries: 1, pausedMs: 2000 });
    expect(stats['publish.x.com']).toMatchObject({ rateLimited: 0, pausedMs: 0, requests: 5 });
  });

  it('honours x-rate-limit-remaining: 0 with x-rate-limit-reset by pausing until the reset time', async () => {
    const vc = new VirtualClock();
    const sent: number[] = [];
    server.use(
      http.get('https://api.example/items/:id', () => {
        sent.push(vc.now);
        const headers =
          sent.length === 1
            ? { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String((vc.now + 7000) / 1000) }
            : undefined;
        return HttpResponse.json({ n: sent.length }, headers === undefined ? {} : { headers });
      }),
    );
    const fetcher = await fetcherOn(vc);
    await vc.run(
      Promise.all(
        [1, 2].map((id) => fetcher.fetch({ url: `https://api.example/items/${id}`, cacheClass: 'post' })),
      ),
    );
    await fetcher.close();
    expect(sent).toHaveLength(2);
    expect((sent[1] as number) - (sent[0] as number)).toBeGreaterThanOrEqual(7000);
  });

  it('gives up on a host whose Retry-After exceeds maxRetryAfterMs and says so, without waiting', async () => {
    const vc = new VirtualClock();
    let limitedRequests = 0;
    server.use(
      http.get('https://web.archive.org/:path', () => {
        limitedRequests++;
        return new HttpResponse(null, { status: 429, headers: { 'retry-after': '3600' } });
      }),
      http.get('https://news.example/ok', () => HttpResponse.text('fine')),
    );
    const fetcher = await fetcherOn(vc, { maxRetryAfterMs: 60_000 });
    const first = await vc
      .run(fetcher.fetch({ url: 'https://web.archive.org/a', cacheClass: 'archive' }))
      .catch((error: unknown) => error);
    const second = await vc
      .run(fetcher.fetch({ url: 'https://web.archive.org/b', cacheClass: 'archive' }))
      .catch((error: unknown) => error);
    const elsewhere = await vc.run(fetcher.fetch({ url: 'https://news.example/ok', cacheClass: 'article' }));
    await fetcher.close();

    expect(isFetchError(first) && first.code).toBe('rate-limited');
    expect(String((first as Error).message)).toMatch(/3600s.*giving up on this host/);
    expect(isFetchError(second) && second.code).toBe('rate-limited');
    expect(limitedRequests).toBe(1);
    expect(elsewhere.status).toBe(200);
  });

  it('fails with rate-limited once retries of a 429 are exhausted', async () => {
    const vc = new VirtualClock();
    let attempts = 0;
    server.use(
      http.get('https://t.co/busy', () => {
        attempts++;
        return new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } });
      }),
    );
    const fetcher = await fetcherOn(vc, { maxRetries: 2 });
    const error = await vc
      .run(fetcher.fetch({ url: 'https://t.co/busy', cacheClass: 'short-link' }))
      .catch((e: unknown) => e);
    await fetcher.close();
    expect(isFetchError(error) && error.code).toBe('rate-limited');
    expect(attempts).toBe(3);
  });
});
