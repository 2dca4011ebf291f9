import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher, type FetcherOptions, isFetchError } from '../../src/fetch/index.js';
import { type LoopbackServer, startLoopbackServer } from '../support/loopback-server.js';
import { tempDir } from '../support/temp-dir.js';

// Real loopback servers: msw answers before the dispatcher, so only these exercise undici, real
// decompression and real socket timing. The upstream hook exempts the loopback origin from the guard.

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fetcherFor(origin: string, options: FetcherOptions = {}) {
  return createFetcher({ cacheDir: await tempDir(), upstream: origin, env: {}, maxRetries: 0, ...options });
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isFetchError(error)) throw new Error(`expected a FetchError, got ${String(error)}`);
  return error;
}

describe('body limits', () => {
  it('refuses a gzip bomb: a small compressed body that inflates past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 'a'));
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' });
      response.end(bomb);
    });
    const fetcher = await fetcherFor(server.origin, { maxBytes: 1024 * 1024 });
    const error = await failure(fetcher.fetch({ url: 'https://news.example/bomb', cacheClass: 'article' }));
    await fetcher.close();
    expect(error.code).toBe('too-large');
  });

  it('reads a gzip body within the cap and counts its decompressed bytes', async () => {
    const page = 'é'.repeat(10_000);
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html; charset=utf-8' });
      response.end(gzipSync(Buffer.from(page)));
    });
    const fetcher = await fetcherFor(server.origin);
    const response = await fetcher.fetch({ url: 'https://news.example/page', cacheClass: 'article' });
    const stats = fetcher.stats();
    await fetcher.close();
    expect(response.body).toBe(page);
    expect(stats['news.example']?.bytes).toBe(Buffer.byteLength(page));
  });

  it('applies a per-request maxBytes to a plain body', async () => {
    server = await startLoopbackServer((_request, response) => response.end('x'.repeat(5000)));
    const fetcher = await fetcherFor(server.origin);
    const error = await failure(
      fetcher.fetch({ url: 'https://news.example/big', cacheClass: 'article', maxBytes: 1000 }),
    );
    await fetcher.close();
    expect(error.code).toBe('too-large');
  });

  it('times out a body that drips in slower than the body timeout allows', async () => {
    server = await startLoopbackServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const drip = setInterval(() => response.write('.'), 20);
      response.on('close', () => clearInterval(drip));
    });
    const fetcher = await fetcherFor(server.origin, { timeouts: { body: 300 } });
    const error = await failure(fetcher.fetch({ url: 'https://news.example/drip', cacheClass: 'article' }));
    await fetcher.close();
    expect(error.code).toBe('timeout');
  });

  it('times out a server that never sends headers', async () => {
    server = await startLoopbackServer(() => {
      // never answers
    });
    const fetcher = await fetcherFor(server.origin, { timeouts: { headers: 200 } });
    const error = await failure(fetcher.fetch({ url: 'https://news.example/silent', cacheClass: 'article' }));
    await fetcher.close();
    expect(error.code).toBe('timeout');
  });

  it('classifies a connection dropped mid-response as a reset', async () => {
    server = await startLoopbackServer((request) => request.socket.destroy());
    const fetcher = await fetcherFor(server.origin);
    const error = await failure(fetcher.fetch({ url: 'https://news.example/drop', cacheClass: 'article' }));
    await fetcher.close();
    expect(error.code).toBe('reset');
  });

  it('sends the honest User-Agent by default', async () => {
    server = await startLoopbackServer((_request, response) => response.end('ok'));
    const fetcher = await fetcherFor(server.origin);
    await fetcher.fetch({ url: 'https://news.example/ua', cacheClass: 'none' });
    await fetcher.close();
    expect(server.received[0]?.headers['user-agent']).toBe(
      'citecheck (+https://github.com/citecheck/citecheck)',
    );
    expect(server.received[0]?.headers['x-forwarded-host']).toBe('news.example');
  });
});
