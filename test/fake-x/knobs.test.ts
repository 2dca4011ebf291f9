import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { ids, testScenario, tweetResultUrl } from './fixture-scenario.js';

let now = Date.parse('2026-01-01T00:00:00Z');
const fake = createFakeX(testScenario(), { clock: () => now });
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  fake.setOptions({ rateLimits: {}, faults: [] });
  fake.reset();
});
afterAll(() => server.close());

const SYNDICATION = 'cdn.syndication.twimg.com';

describe('fake X routing', () => {
  it('routes a rewritten loopback URL by X-Forwarded-Host', async () => {
    const response = await fetch(`http://127.0.0.1:9/tweet-result?id=${ids.available}&token=x`, {
      headers: { 'x-forwarded-host': SYNDICATION, 'x-forwarded-proto': 'https' },
    });
    expect((await response.json()).id_str).toBe(ids.available);
    expect(fake.traffic.requests[0]).toMatchObject({ host: SYNDICATION, path: '/tweet-result', status: 200 });
  });

  it('answers 404 to unknown hosts and paths and lists them as unexpected', async () => {
    expect((await fetch('https://api.x.com/2/tweets/1')).status).toBe(404);
    expect((await fetch(`https://${SYNDICATION}/widgets/tweet`)).status).toBe(404);
    await fetch(tweetResultUrl(ids.plain));
    expect(fake.traffic.unexpected.map((entry) => `${entry.host}${entry.path}`)).toEqual([
      'api.x.com/2/tweets/1',
      `${SYNDICATION}/widgets/tweet`,
    ]);
    expect(fake.traffic.byHost).toEqual({ 'api.x.com': 1, [SYNDICATION]: 2 });
    expect(fake.traffic.byEndpoint).toEqual({ unknown: 2, 'tweet-result': 1 });
  });
});

describe('fake X rate limits', () => {
  it('answers 429 with Retry-After and x-rate-limit headers once the window budget is spent', async () => {
    fake.setOptions({ rateLimits: { [SYNDICATION]: { limit: 2, windowMs: 10_000 } } });
    const first = await fetch(tweetResultUrl(ids.plain));
    expect(first.headers.get('x-rate-limit-remaining')).toBe('1');
    await fetch(tweetResultUrl(ids.plain));
    now += 2_500;
    const limited = await fetch(tweetResultUrl(ids.plain));
    expect(limited.status).toBe(429);
    expect(await limited.text()).toBe('Rate limit exceeded');
    expect(limited.headers.get('retry-after')).toBe('8');
    expect(limited.headers.get('x-rate-limit-limit')).toBe('2');
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-rate-limit-reset'))).toBe(Math.ceil((now - 2_500 + 10_000) / 1000));
  });

  it('counts a request sent before Retry-After elapsed as a violation, and one after it as fine', async () => {
    fake.setOptions({ rateLimits: { [SYNDICATION]: { limit: 1, windowMs: 5_000 } } });
    await fetch(tweetResultUrl(ids.plain));
    const limited = await fetch(tweetResultUrl(ids.plain));
    const waitMs = Number(limited.headers.get('retry-after')) * 1000;
    now += 1_000;
    const early = await fetch(tweetResultUrl(ids.plain));
    expect(early.status).toBe(429);
    now += waitMs - 1_000;
    const onTime = await fetch(tweetResultUrl(ids.plain));
    expect(onTime.status).toBe(200);
    expect(fake.traffic.violations).toHaveLength(1);
    expect(fake.traffic.violations[0]?.status).toBe(429);
    // Other hosts are not limited, and never violations.
    await fetch('https://t.co/Link111', { redirect: 'manual' });
    expect(fake.traffic.violations).toHaveLength(1);
  });
});

describe('fake X faults', () => {
  it('fails the first N matching requests, then answers normally', async () => {
    fake.setOptions({ faults: [{ host: SYNDICATION, fault: { kind: 'status', status: 503 }, first: 2 }] });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(tweetResultUrl(ids.plain))).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(fake.traffic.requests.map((entry) => entry.fault)).toEqual(['status', 'status', undefined]);
  });

  it('resets the connection, which fetch reports as a network error', async () => {
    fake.setOptions({ faults: [{ host: SYNDICATION, fault: { kind: 'reset' }, first: 1 }] });
    await expect(fetch(tweetResultUrl(ids.plain))).rejects.toThrow(TypeError);
    expect(fake.traffic.requests[0]).toMatchObject({ status: 0, fault: 'reset' });
  });

  it('truncates or corrupts a JSON body so it no longer parses', async () => {
    fake.setOptions({
      faults: [
        { path: '/tweet-result', fault: { kind: 'truncated-json' }, first: 1 },
        { path: '/tweet-result', fault: { kind: 'malformed-json' }, first: 1 },
      ],
    });
    for (let i = 0; i < 2; i += 1) {
      const text = await (await fetch(tweetResultUrl(ids.available))).text();
      expect(text.startsWith('{')).toBe(true);
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
    }
    expect(JSON.parse(await (await fetch(tweetResultUrl(ids.available))).text()).id_str).toBe(ids.available);
  });

  it('streams a body of the requested size', async () => {
    fake.setOptions({
      faults: [{ host: SYNDICATION, fault: { kind: 'huge-body', bytes: 300_000 }, first: 1 }],
    });
    const response = await fetch(tweetResultUrl(ids.plain));
    expect(response.headers.get('content-length')).toBe('300000');
    expect((await response.arrayBuffer()).byteLength).toBe(300_000);
  });

  it('redirects to the same URL for a redirect loop', async () => {
    fake.setOptions({
      faults: [{ host: 't.co', path: '/Link111', fault: { kind: 'redirect-loop' }, first: 1 }],
    });
    const response = await fetch('https://t.co/Link111', { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('https://t.co/Link111');
  });

  it('holds a timeout until the client aborts', async () => {
    fake.setOptions({ faults: [{ host: SYNDICATION, fault: { kind: 'timeout' }, first: 1 }] });
    await expect(fetch(tweetResultUrl(ids.plain), { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    expect((await fetch(tweetResultUrl(ids.plain))).status).toBe(200);
  });

  it('fires probabilistic faults reproducibly for a given seed', async () => {
    const run = async () => {
      fake.setOptions({
        seed: 42,
        faults: [{ host: SYNDICATION, fault: { kind: 'status', status: 500 }, probability: 0.5 }],
      });
      fake.reset();
      const statuses = [];
      for (let i = 0; i < 12; i += 1) statuses.push((await fetch(tweetResultUrl(ids.plain))).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });
});
