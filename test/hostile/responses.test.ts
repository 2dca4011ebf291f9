import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFetcher, type FetcherOptions, type HostLookup } from '../../src/fetch/index.js';
import { verifyDocument } from '../../src/pipeline/verify-document.js';
import type { VerificationResult } from '../../src/result.js';
import { type ConnectionCounter, startConnectionCounter } from '../support/connection-counter.js';
import { createJumpClock } from '../support/jump-clock.js';
import { type LoopbackServer, startLoopbackServer } from '../support/loopback-server.js';
import { tempDir } from '../support/temp-dir.js';
import { GOOD_HTML } from './article-files.js';
import { goodPayload } from './syndication-payload.js';

// Hostile answers from every endpoint X lookups use, served by a real loopback server behind the
// `upstream` hook, read by the real fetcher, through the real pipeline (verifyDocument). Whatever the
// server does, the citation must end unverifiable (never "available", never severity ok), and the run
// must finish. Test timeouts are hang guards; the fetcher's own timeouts are what end each request.
type Behaviour = (request: IncomingMessage, response: ServerResponse) => void;

const HANG_GUARD = 20_000;
let server: LoopbackServer;
let counter: ConnectionCounter;
let behaviour: Behaviour;
// The same bomb for every test: 64 MiB of zeros, about 64 KiB on the wire.
const gzipBomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });

beforeAll(async () => {
  counter = await startConnectionCounter();
  server = await startLoopbackServer((request, response) => behaviour(request, response));
});
afterAll(async () => {
  await server.close();
  await counter.close();
});
beforeEach(() => {
  behaviour = (_request, response) => response.writeHead(404).end();
});

/** A real fetcher; `direct` skips the upstream hook, so requests meet DNS and the address guard. */
async function pipelineFetcher(options: FetcherOptions = {}, route: 'upstream' | 'direct' = 'upstream') {
  return createFetcher({
    cacheDir: await tempDir(),
    env: {},
    ...(route === 'upstream' ? { upstream: server.origin } : {}),
    maxRetries: 2,
    timeouts: { connect: 5_000, headers: 5_000, body: 5_000 },
    defaultRate: 1_000,
    rates: { 'cdn.syndication.twimg.com': 1_000, 'publish.x.com': 1_000 },
    ...createJumpClock(),
    ...options,
  });
}

/** Verifies the one-embed article with `fetcher`; returns the single result. */
async function verifyGoodArticle(
  fetcher: Awaited<ReturnType<typeof createFetcher>>,
): Promise<VerificationResult> {
  try {
    const report = await verifyDocument(
      { source: 'good.html', text: GOOD_HTML },
      { fetcher, archive: false },
    );
    expect(report.results).toHaveLength(1);
    return report.results[0] as VerificationResult;
  } finally {
    await fetcher.close();
  }
}

function json(response: ServerResponse, body: string, headers: Record<string, string> = {}) {
  response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(body);
}

function redirect(location: string): Behaviour {
  return (_request, response) => response.writeHead(302, { location }).end();
}

function isSyndication(request: IncomingMessage): boolean {
  return request.headers['x-forwarded-host'] === 'cdn.syndication.twimg.com';
}

const validBody = JSON.stringify(goodPayload());

// Cases where only a timeout can end the request run with short timeouts.
const SHORT_TIMEOUTS: FetcherOptions = { timeouts: { connect: 5_000, headers: 500, body: 500 } };

const hostile: Array<[string, () => Behaviour, readonly string[], FetcherOptions?]> = [
  ['malformed JSON', () => (_q, r) => json(r, `${validBody.slice(0, -1)},}`), ['unexpected-response']],
  [
    'JSON truncated halfway',
    () => (_q, r) => json(r, validBody.slice(0, validBody.length / 2)),
    ['unexpected-response'],
  ],
  [
    'an HTML page where JSON belongs',
    () => (_q, r) => json(r, '<html><body>Something went wrong</body></html>'),
    ['unexpected-response'],
  ],
  [
    'a JSON array, a string and null',
    () => (_q, r) => json(r, isSyndication(_q) ? '[1,2]' : 'null'),
    ['unexpected-response'],
  ],
  [
    'a gzip bomb (64 MiB of zeros in about 64 KiB)',
    () => (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipBomb),
    ['unexpected-response'],
  ],
  [
    'an endless body',
    () => (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!r.destroyed && r.write(chunk)) {}
        if (!r.destroyed) r.once('drain', pump);
      };
      pump();
    },
    ['unexpected-response'],
  ],
  [
    'a slow drip of one byte every 100 ms',
    () => (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => (r.destroyed ? clearInterval(timer) : r.write(' ')), 100);
      r.on('close', () => clearInterval(timer));
    },
    ['timeout'],
    SHORT_TIMEOUTS,
  ],
  ['headers that never come', () => () => {}, ['timeout'], SHORT_TIMEOUTS],
  [
    'a redirect to itself',
    () => (q, r) => redirect(`https://${q.headers['x-forwarded-host']}${q.url}`)(q, r),
    ['network'],
  ],
  [
    'a redirect loop between two URLs',
    () => (q, r) => {
      const url = new URL(q.url ?? '/', 'https://x');
      url.searchParams.set('flip', url.searchParams.get('flip') === '1' ? '0' : '1');
      redirect(`https://${q.headers['x-forwarded-host']}${url.pathname}${url.search}`)(q, r);
    },
    ['network'],
  ],
  [
    'a 429 storm with Retry-After: 30',
    () => (_q, r) => r.writeHead(429, { 'retry-after': '30' }).end(),
    ['rate-limited'],
  ],
  ['a 429 storm without Retry-After', () => (_q, r) => r.writeHead(429).end(), ['rate-limited']],
  [
    'a 429 asking to wait a day',
    () => (_q, r) => r.writeHead(429, { 'retry-after': '86400' }).end(),
    ['rate-limited'],
  ],
  ['a 503 storm', () => (_q, r) => r.writeHead(503).end('busy'), ['network', 'rate-limited']],
  ['a dropped connection', () => (q) => q.socket.destroy(), ['network']],
];

describe('hostile answers from the X endpoints, through verifyDocument', () => {
  it('verifies the article as ok when the same server answers properly (the control)', async () => {
    behaviour = (request, response) =>
      isSyndication(request) ? json(response, validBody) : response.writeHead(404).end();
    const result = await verifyGoodArticle(await pipelineFetcher());
    expect(result.lookup).toMatchObject({ status: 'available', source: 'syndication' });
    expect(result.severity).toBe('ok');
  });

  it.each(hostile)(
    'ends unverifiable on %s from every endpoint',
    async (_name, make, reasons, options) => {
      behaviour = make();
      const result = await verifyGoodArticle(await pipelineFetcher(options));
      expect(result.lookup?.status).toBe('unverifiable');
      expect(reasons).toContain(result.lookup?.status === 'unverifiable' ? result.lookup.reason : undefined);
      expect(result.severity).toBe('unverifiable');
    },
    HANG_GUARD,
  );

  it('rejects a valid-looking post with another ID than the one asked for', async () => {
    const other = JSON.stringify({ ...goodPayload(), id_str: '1921269057030176000' });
    behaviour = (request, response) =>
      isSyndication(request) ? json(response, other) : response.writeHead(404).end();
    const result = await verifyGoodArticle(await pipelineFetcher());
    expect(result.lookup).toMatchObject({ status: 'unverifiable', reason: 'unexpected-response' });
    expect(result.lookup?.status === 'unverifiable' && result.lookup.detail).toContain('1921269057030176000');
    expect(result.severity).toBe('unverifiable');
  });

  it('rejects an oEmbed answer for another post when syndication is down', async () => {
    const oembed = JSON.stringify({
      url: 'https://twitter.com/MbkRiverTrust/status/1921269057030176000',
      author_name: 'Millbrook River Trust',
      author_url: 'https://twitter.com/MbkRiverTrust',
      html: '<blockquote class="twitter-tweet"><p>Over 300 volunteers pulled 1.2 tonnes of litter from the Millbrook River today.</p>&mdash; Millbrook River Trust (@MbkRiverTrust) <a href="https://twitter.com/MbkRiverTrust/status/1921269057030176000">May 10, 2025</a></blockquote>',
    });
    behaviour = (request, response) =>
      isSyndication(request) ? response.writeHead(503).end() : json(response, oembed);
    const result = await verifyGoodArticle(await pipelineFetcher());
    expect(result.lookup?.status).toBe('unverifiable');
    expect(result.severity).toBe('unverifiable');
  });

  it('ends unverifiable when DNS fails for every host (no upstream)', async () => {
    const lookup: HostLookup = async (hostname) => {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    };
    const result = await verifyGoodArticle(await pipelineFetcher({ lookup }, 'direct'));
    expect(result.lookup).toMatchObject({ status: 'unverifiable', reason: 'network' });
    expect(result.severity).toBe('unverifiable');
  });
});

describe('redirects out of the X endpoints', () => {
  const privateTargets = (): string[] => [
    `${counter.origin}/latest/meta-data/`,
    `http://localhost:${counter.port}/`,
    `http://[::ffff:127.0.0.1]:${counter.port}/`,
    `http://2130706433:${counter.port}/`,
    `http://user:secret@127.0.0.1:${counter.port}/`,
    'http://169.254.169.254/latest/meta-data/',
  ];

  it('refuses every redirect into private space without connecting, and ends unverifiable', async () => {
    for (const target of privateTargets()) {
      behaviour = redirect(target);
      const result = await verifyGoodArticle(await pipelineFetcher());
      expect(result.lookup, target).toMatchObject({ status: 'unverifiable', reason: 'refused-by-guard' });
      expect(result.severity).toBe('unverifiable');
    }
    expect(counter.connections).toBe(0);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['file:', 'file:///etc/passwd'],
    ['data: (carrying a valid post)', `data:application/json,${encodeURIComponent(validBody)}`],
  ])('refuses a Location with the %s scheme and never reads what it points to', async (_name, location) => {
    behaviour = redirect(location);
    const result = await verifyGoodArticle(await pipelineFetcher());
    expect(result.lookup).toMatchObject({ status: 'unverifiable', reason: 'unexpected-response' });
    expect(result.severity).toBe('unverifiable');
  });

  it('strips credentials from a Location before following it', async () => {
    behaviour = (request, response) => {
      if (request.url?.includes('hop=2')) {
        response.writeHead(404).end();
        return;
      }
      redirect(`https://user:secret@${request.headers['x-forwarded-host']}${request.url}&hop=2`)(
        request,
        response,
      );
    };
    const result = await verifyGoodArticle(await pipelineFetcher());
    const followed = server.received.filter((entry) => entry.url.includes('hop=2'));
    expect(followed.length).toBeGreaterThan(0);
    for (const entry of followed) expect(entry.headers.authorization).toBeUndefined();
    expect(result.lookup?.status).not.toBe('available');
  });
});
