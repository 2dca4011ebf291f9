import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type FetchEvent, isFetchError } from '../../src/fetch/index.js';
import { type RedisServer, startRedisServer } from '../support/redis-server.js';
import { needRedisServer } from '../support/requirements.js';

const binary = needRedisServer('test/fetch/redis-store.test.ts');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe.skipIf(binary === undefined)('shared Redis cache (--cache redis://…)', () => {
  let redis: ChildProcess | undefined;
  let url = '';
  const server = setupServer();

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(
      binary as string,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve) => {
      redis?.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) resolve();
      });
    });
    url = `redis://127.0.0.1:${port}`;
    server.listen({ onUnhandledRequest: 'error' });
  });

  afterAll(() => {
    server.close();
    redis?.kill('SIGTERM');
  });

  it('lets a second fetcher (another machine of the fleet) reuse the first one’s answer', async () => {
    let requests = 0;
    server.use(
      http.get('https://t.co/shared', () => {
        requests++;
        return new HttpResponse(null, { status: 301, headers: { location: 'https://x.com/a/status/5' } });
      }),
      http.get('https://x.com/a/status/5', () => HttpResponse.text('post')),
    );
    const first = await createFetcher({ cacheUrl: url, env: {} });
    const live = await first.fetch({ url: 'https://t.co/shared', cacheClass: 'short-link' });
    await first.close();
    const second = await createFetcher({ cacheUrl: url, env: {}, offline: true });
    const cached = await second.fetch({ url: 'https://t.co/shared', cacheClass: 'short-link' });
    await second.close();
    expect(requests).toBe(1);
    expect(cached).toEqual({ ...live, fromCache: true });
  });

  it('never serves an answer fetched through --upstream to the fleet’s real runs (finding 2)', async () => {
    server.use(
      http.get('http://127.0.0.1:4010/fleet', () =>
        HttpResponse.text('', { status: 301, headers: { location: 'https://evil.example/' } }),
      ),
    );
    const request = { url: 'https://t.co/fleet', cacheClass: 'short-link', followRedirects: false } as const;
    const viaUpstream = await createFetcher({ cacheUrl: url, env: {}, upstream: 'http://127.0.0.1:4010' });
    await viaUpstream.fetch(request);
    await viaUpstream.close();
    const real = await createFetcher({ cacheUrl: url, env: {}, offline: true });
    const error = await real.fetch(request).catch((e: unknown) => e);
    await real.close();
    expect(isFetchError(error) && error.code).toBe('offline-miss');
  });
});

describe('an unreachable Redis cache', () => {
  it('fails createFetcher fast with a connect error that does not reveal the password', async () => {
    const port = await freePort();
    const error = await createFetcher({ cacheUrl: `redis://user:hunter2@127.0.0.1:${port}`, env: {} }).catch(
      (e: unknown) => e,
    );
    expect(isFetchError(error) && error.code).toBe('connect');
    expect(String((error as Error).message)).not.toContain('hunter2');
  });
});

describe.skipIf(binary === undefined)(
  'a Redis cache that stalls (SIGSTOP: socket open, no answers) — finding 3',
  () => {
    let redis: RedisServer;
    let requests = 0;
    const server = setupServer(
      http.get('https://t.co/stall', () => {
        requests++;
        return HttpResponse.text('', { status: 301, headers: { location: 'https://x.com/a/status/9' } });
      }),
    );
    beforeAll(async () => {
      redis = await startRedisServer(binary as string);
      server.listen({ onUnhandledRequest: 'error' });
    });
    afterAll(() => {
      server.close();
      redis.signal('SIGCONT');
      redis.stop();
    });
    const request = { url: 'https://t.co/stall', cacheClass: 'short-link', followRedirects: false } as const;

    it('mid-run: the first command times out, the cache is given up once, and the run goes on uncached', async () => {
      const events: FetchEvent[] = [];
      const fetcher = await createFetcher({
        cacheUrl: redis.url,
        env: {},
        cacheTimeoutMs: 300,
        onEvent: (event) => events.push(event),
      });
      redis.signal('SIGSTOP');
      try {
        const started = Date.now();
        const first = await fetcher.fetch(request);
        const second = await fetcher.fetch(request);
        await fetcher.close();
        // one timeout (the first read); every later command skips the stalled store at once
        expect(Date.now() - started).toBeLessThan(2_000);
        expect(first).toMatchObject({ status: 301, fromCache: false });
        expect(second).toMatchObject({ status: 301, fromCache: false });
        expect(requests).toBe(2);
        expect(events.filter((event) => event.kind === 'cache-down')).toEqual([
          { kind: 'cache-down', message: expect.stringMatching(/did not answer a read within 300 ms/) },
        ]);
      } finally {
        redis.signal('SIGCONT');
      }
    }, 10_000);

    it('at start: createFetcher fails with a connect error instead of waiting forever', async () => {
      redis.signal('SIGSTOP');
      try {
        const error = await createFetcher({ cacheUrl: redis.url, env: {}, cacheTimeoutMs: 300 }).catch(
          (e: unknown) => e,
        );
        expect(isFetchError(error) && error.code).toBe('connect');
        expect((error as Error).message).toMatch(/no answer within 300 ms/);
      } finally {
        redis.signal('SIGCONT');
      }
    }, 10_000);
  },
);
