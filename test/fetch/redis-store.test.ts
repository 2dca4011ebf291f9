import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, isFetchError } from '../../src/fetch/index.js';
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
