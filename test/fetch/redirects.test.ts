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

const redirect =
  (location: string, status = 301) =>
  () =>
    new HttpResponse(null, { status, headers: { location } });

async function fetchWith(url: string, options: FetcherOptions = {}, stopAt?: (url: URL) => boolean) {
  const vc = new VirtualClock();
  const fetcher = await createFetcher({
    cacheDir: await tempDir(),
    clock: vc.clock,
    sleep: vc.sleep,
    env: {},
    ...options,
  });
  try {
    return await vc.run(
      fetcher.fetch({ url, cacheClass: 'none', ...(stopAt === undefined ? {} : { stopAt }) }),
    );
  } finally {
    await fetcher.close();
  }
}

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isFetchError(error)) throw new Error(`expected a FetchError, got ${String(error)}`);
  return error;
}

describe('redirect chains', () => {
  it('follows t.co → publisher → final and records every hop', async () => {
    server.use(
      http.get('https://t.co/abc', redirect('https://pub.example/go?id=1', 301)),
      http.get('https://pub.example/go', redirect('https://www.pub.example/article', 302)),
      http.get('https://www.pub.example/article', () => HttpResponse.text('<h1>story</h1>')),
    );
    const response = await fetchWith('https://t.co/abc');
    expect(response).toMatchObject({
      requestedUrl: 'https://t.co/abc',
      url: 'https://www.pub.example/article',
      status: 200,
      body: '<h1>story</h1>',
      stopped: false,
      redirects: [
        { url: 'https://t.co/abc', status: 301, location: 'https://pub.example/go?id=1' },
        { url: 'https://pub.example/go?id=1', status: 302, location: 'https://www.pub.example/article' },
      ],
    });
  });

  it('resolves a relative Location against the hop that sent it', async () => {
    server.use(
      http.get('https://pub.example/a/b', redirect('../c?x=1', 307)),
      http.get('https://pub.example/c', () => HttpResponse.text('c')),
    );
    const response = await fetchWith('https://pub.example/a/b');
    expect(response.url).toBe('https://pub.example/c?x=1');
    expect(response.redirects[0]?.location).toBe('https://pub.example/c?x=1');
  });

  it('drops credentials from a Location instead of sending them', async () => {
    let authorization: string | null = 'unset';
    server.use(
      http.get('https://pub.example/login', redirect('https://user:secret@pub.example/in')),
      http.get('https://pub.example/in', ({ request }) => {
        authorization = request.headers.get('authorization');
        return HttpResponse.text('in');
      }),
    );
    const response = await fetchWith('https://pub.example/login');
    expect(response.url).toBe('https://pub.example/in');
    expect(authorization).toBeNull();
  });

  it('fails a loop with redirect-loop', async () => {
    server.use(
      http.get('https://pub.example/ping', redirect('/pong')),
      http.get('https://pub.example/pong', redirect('/ping')),
    );
    const error = await errorOf(fetchWith('https://pub.example/ping'));
    expect(error.code).toBe('redirect-loop');
  });

  it('fails a chain longer than maxRedirects with too-many-redirects', async () => {
    server.use(
      http.get('https://pub.example/hop/:n', ({ params }) => redirect(`/hop/${Number(params.n) + 1}`)()),
    );
    const error = await errorOf(fetchWith('https://pub.example/hop/0', { maxRedirects: 3 }));
    expect(error.code).toBe('too-many-redirects');
  });

  it('follows exactly maxRedirects hops', async () => {
    server.use(
      http.get('https://pub.example/hop/:n', ({ params }) =>
        Number(params.n) < 3 ? redirect(`/hop/${Number(params.n) + 1}`)() : HttpResponse.text('end'),
      ),
    );
    const response = await fetchWith('https://pub.example/hop/0', { maxRedirects: 3 });
    expect(response.redirects).toHaveLength(3);
  });

  it('ends the chain unfetched at a URL matched by stopAt', async () => {
    server.use(http.get('https://t.co/xyz', redirect('https://x.com/someone/status/123')));
    // no x.com handler: requesting it would fail the test
    const response = await fetchWith('https://t.co/xyz', {}, (url) => url.hostname === 'x.com');
    expect(response).toMatchObject({ url: 'https://x.com/someone/status/123', stopped: true, status: 301 });
    expect(response.redirects).toHaveLength(1);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    server.use(http.get('https://pub.example/ftp', redirect('ftp://files.example/x')));
    const error = await errorOf(fetchWith('https://pub.example/ftp'));
    expect(error.code).toBe('unsupported-scheme');
  });

  it('returns the redirect itself when followRedirects is false', async () => {
    server.use(http.get('https://t.co/nofollow', redirect('https://x.com/a/status/1')));
    const vc = new VirtualClock();
    const fetcher = await createFetcher({
      cacheDir: await tempDir(),
      clock: vc.clock,
      sleep: vc.sleep,
      env: {},
    });
    const response = await vc.run(
      fetcher.fetch({ url: 'https://t.co/nofollow', cacheClass: 'none', followRedirects: false }),
    );
    await fetcher.close();
    expect(response).toMatchObject({ status: 301, url: 'https://t.co/nofollow', redirects: [] });
    expect(response.headers.location).toBe('https://x.com/a/status/1');
  });
});

describe('retries', () => {
  it('retries a 5xx with backoff and returns the answer that follows', async () => {
    let attempts = 0;
    server.use(
      http.get('https://pub.example/flaky', () =>
        ++attempts < 3 ? new HttpResponse(null, { status: 502 }) : HttpResponse.text('ok'),
      ),
    );
    const events: string[] = [];
    const response = await fetchWith('https://pub.example/flaky', {
      onEvent: (event) => {
        if (event.kind === 'retry') events.push(`${event.retry}:${event.delayMs}`);
      },
      random: () => 0,
    });
    expect(response.status).toBe(200);
    expect(attempts).toBe(3);
    // equal jitter with random 0: half of 500 ms, then half of 1000 ms
    expect(events).toEqual(['1:250', '2:500']);
  });

  it('gives up on a persistent 5xx with http-status carrying the status', async () => {
    let attempts = 0;
    server.use(
      http.get('https://pub.example/down', () => {
        attempts++;
        return new HttpResponse(null, { status: 500 });
      }),
    );
    const error = await errorOf(fetchWith('https://pub.example/down', { maxRetries: 2 }));
    expect(error).toMatchObject({ code: 'http-status', status: 500 });
    expect(attempts).toBe(3);
  });

  it.each([400, 401, 403, 404, 410, 451])('returns a %i without retrying', async (status) => {
    let attempts = 0;
    server.use(
      http.get('https://pub.example/client-error', () => {
        attempts++;
        return new HttpResponse('no', { status });
      }),
    );
    const response = await fetchWith('https://pub.example/client-error');
    expect(response.status).toBe(status);
    expect(attempts).toBe(1);
  });

  it('retries a 408', async () => {
    let attempts = 0;
    server.use(
      http.get('https://pub.example/slow', () =>
        ++attempts === 1 ? new HttpResponse(null, { status: 408 }) : HttpResponse.text('ok'),
      ),
    );
    expect((await fetchWith('https://pub.example/slow')).status).toBe(200);
    expect(attempts).toBe(2);
  });

  it('retries a connection reset and then succeeds', async () => {
    let attempts = 0;
    server.use(
      http.get('https://pub.example/reset', () =>
        ++attempts === 1 ? HttpResponse.error() : HttpResponse.text('ok'),
      ),
    );
    expect((await fetchWith('https://pub.example/reset')).status).toBe(200);
    expect(attempts).toBe(2);
  });
});

describe('upstream test hook', () => {
  it('sends every request to the upstream with the original host and scheme forwarded', async () => {
    const seen: Array<{ path: string; host: string | null; proto: string | null; ua: string | null }> = [];
    server.use(
      http.get('http://127.0.0.1:4010/*', ({ request }) => {
        const url = new URL(request.url);
        seen.push({
          path: `${url.pathname}${url.search}`,
          host: request.headers.get('x-forwarded-host'),
          proto: request.headers.get('x-forwarded-proto'),
          ua: request.headers.get('user-agent'),
        });
        return url.pathname === '/abc'
          ? new HttpResponse(null, { status: 301, headers: { location: 'https://x.com/a/status/9?s=20' } })
          : HttpResponse.text('post');
      }),
    );
    const vc = new VirtualClock();
    const fetcher = await createFetcher({
      cacheDir: await tempDir(),
      clock: vc.clock,
      sleep: vc.sleep,
      env: { CITECHECK_UPSTREAM: 'http://127.0.0.1:4010' },
      userAgent: 'citecheck/9.9.9 (+https://github.com/citecheck/citecheck)',
    });
    const response = await vc.run(fetcher.fetch({ url: 'https://t.co/abc', cacheClass: 'short-link' }));
    const stats = fetcher.stats();
    await fetcher.close();

    expect(seen).toEqual([
      {
        path: '/abc',
        host: 't.co',
        proto: 'https',
        ua: 'citecheck/9.9.9 (+https://github.com/citecheck/citecheck)',
      },
      {
        path: '/a/status/9?s=20',
        host: 'x.com',
        proto: 'https',
        ua: 'citecheck/9.9.9 (+https://github.com/citecheck/citecheck)',
      },
    ]);
    expect(response.url).toBe('https://x.com/a/status/9?s=20');
    // statistics stay keyed by the hosts asked for, not the upstream
    expect(Object.keys(stats)).toEqual(['t.co', 'x.com']);
  });

  it('exempts only the upstream origin from the guard', async () => {
    server.use(http.get('http://127.0.0.1:4010/health', () => HttpResponse.text('up')));
    const fetcher = await createFetcher({
      cacheDir: await tempDir(),
      upstream: 'http://127.0.0.1:4010',
      env: {},
    });
    const direct = await fetcher.fetch({ url: 'http://127.0.0.1:4010/health', cacheClass: 'none' });
    const other = await fetcher
      .fetch({ url: 'http://127.0.0.1:4011/health', cacheClass: 'none' })
      .catch((e: unknown) => e);
    await fetcher.close();
    expect(direct.body).toBe('up');
    expect(isFetchError(other) && other.code).toBe('refused-by-guard');
  });
});
