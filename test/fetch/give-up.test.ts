import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/fetch-error.js';
import { HostGiveUp } from '../../src/fetch/host-give-up.js';
import { createFetcher, type FetchEvent, type FetcherOptions, isFetchError } from '../../src/fetch/index.js';
import { verifyDocument } from '../../src/pipeline/verify-document.js';
import type { VerificationResult } from '../../src/result.js';
import { createJumpClock } from '../support/jump-clock.js';
import { type LoopbackServer, startLoopbackServer } from '../support/loopback-server.js';
import { tempDir } from '../support/temp-dir.js';

// Finding 4: a host that never answers cost every citation all its retries (4 × 15 s per endpoint, about
// 6 hours for 500 citations), and a dripping body 4 × 30 s. Real loopback servers and short real timeouts
// (undici's header timer ticks once a second); the jump clock makes backoff and rate spacing free.

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fetcherFor(origin: string, options: FetcherOptions = {}) {
  return createFetcher({
    cacheDir: await tempDir(),
    env: {},
    upstream: origin,
    maxRetries: 3,
    timeouts: { connect: 2_000, headers: 100, body: 200 },
    defaultRate: 1_000,
    rates: { 'cdn.syndication.twimg.com': 1_000, 'publish.x.com': 1_000 },
    ...createJumpClock(),
    ...options,
  });
}

/** Twelve plain-text citations of distinct, plausible post IDs. */
const ARTICLE = Array.from(
  { length: 12 },
  (_, i) => `https://x.com/river/status/${1700000000000000000n + BigInt(i)}`,
).join('\n\n');

describe('per-host give-up', () => {
  it('stops sending to a host that never answers: the rest of its citations are unverifiable at once', async () => {
    server = await startLoopbackServer(() => {
      // never answers
    });
    const events: FetchEvent[] = [];
    const fetcher = await fetcherFor(server.origin, {
      hostGiveUpAfter: 2,
      onEvent: (event) => events.push(event),
    });
    let results: VerificationResult[];
    try {
      const report = await verifyDocument({ source: 'a.md', text: ARTICLE }, { fetcher, archive: false });
      results = report.results;
    } finally {
      await fetcher.close();
    }
    expect(results).toHaveLength(12);
    for (const result of results) expect(result.severity).toBe('unverifiable');
    const reasons = results.map((r) =>
      r.lookup?.status === 'unverifiable' ? r.lookup.reason : r.lookup?.status,
    );
    expect(reasons.filter((reason) => reason === 'host-given-up').length).toBeGreaterThanOrEqual(10);
    expect(reasons.every((reason) => reason === 'host-given-up' || reason === 'timeout')).toBe(true);
    // Two endpoints, each given up after 2 silent attempts (plus one in flight): before, 12 × 2 × 4
    expect(server.received.length).toBeLessThanOrEqual(2 * (2 + 1));
    const givenUp = events.filter((event) => event.kind === 'host-given-up').map((event) => event.host);
    expect(givenUp.sort()).toEqual(['cdn.syndication.twimg.com', 'publish.x.com']);
    const detail = results.at(-1)?.lookup?.status === 'unverifiable' ? results.at(-1)?.lookup : undefined;
    expect(detail && 'detail' in detail && detail.detail).toMatch(
      /gave no answer 2 times in a row \(last: timeout\)/,
    );
  });

  it('counts only attempts without an answer, in a row: any HTTP answer starts the count again', () => {
    const giveUp = new HostGiveUp(3);
    const silent = new FetchError('timeout', 'timeout', { url: 'https://t.co/a' });
    const check = () => giveUp.check('t.co', 'https://t.co/a');
    giveUp.record('t.co', { answered: false, error: silent });
    giveUp.record('t.co', { answered: false, error: silent });
    giveUp.record('t.co', { answered: true });
    giveUp.record('t.co', { answered: false, error: silent });
    giveUp.record('t.co', { answered: false, error: silent });
    // a DNS answer or an HTTP error status is an answer of sorts, and cheap: not counted
    giveUp.record('t.co', {
      answered: false,
      error: new FetchError('dns', 'dns', { url: 'https://t.co/a' }),
    });
    expect(check).not.toThrow();
    giveUp.record('other.example', { answered: false, error: silent });
    expect(check).not.toThrow();
    giveUp.record('t.co', {
      answered: false,
      error: new FetchError('connect', 'refused', { url: 'https://t.co/a' }),
    });
    expect(check).toThrow(expect.objectContaining({ code: 'host-given-up' }));
  });
});

describe('a slowly dripping body', () => {
  it('is bounded by the whole-body deadline once per request, not once per retry', async () => {
    server = await startLoopbackServer((_request, response: ServerResponse) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const drip = setInterval(() => response.write(' '), 20);
      response.on('close', () => clearInterval(drip));
    });
    const fetcher = await fetcherFor(server.origin);
    const error = await fetcher
      .fetch({ url: 'https://cdn.syndication.twimg.com/tweet-result?id=1', cacheClass: 'post' })
      .catch((e: unknown) => e);
    await fetcher.close();
    expect(isFetchError(error) && error.code).toBe('timeout');
    expect(server.received).toHaveLength(1);
  });
});
