import { HttpResponse, http, type RequestHandler } from 'msw';
import { errorPage } from './error-page.js';
import type { FakeXOptions } from './fake-x-options.js';
import { FaultPicker } from './fault-picker.js';
import { corruptBody, replacingFault } from './fault-response.js';
import { answerOembed } from './oembed-endpoint.js';
import { RateLimiter } from './rate-limiter.js';
import { createSaveEndpoint } from './save-endpoint.js';
import type { Scenario } from './scenario.js';
import { indexScenario, type ScenarioIndex } from './scenario-index.js';
import { createSeededRandom } from './seeded-random.js';
import { answerPic, answerTco } from './short-link-endpoint.js';
import { answerTweetResult } from './syndication-endpoint.js';
import { createTrafficLog, type Endpoint, type TrafficLog } from './traffic-log.js';
import { answerAvailable, answerCdx, answerReplay } from './wayback-endpoint.js';

/** The fake X: msw handlers plus what they received, with knobs adjustable between tests. */
export interface FakeX {
  /** One catch-all handler routing by effective host; prepend your own with `server.use()`. */
  handlers: RequestHandler[];
  traffic: TrafficLog;
  /** Merges new knobs into the current ones (faults reset their counters). */
  setOptions(partial: Partial<FakeXOptions>): void;
  /** Clears traffic, rate-limit windows, fault counters and the RNG. */
  reset(): void;
}

/** Creates the fake X serving `scenario`; every handler routes by `X-Forwarded-Host` ?? URL host. */
export function createFakeX(scenario: Scenario, options: FakeXOptions = {}): FakeX {
  const index = indexScenario(scenario);
  let current: FakeXOptions = { ...options };
  let random = createSeededRandom(current.seed ?? 1);
  const traffic = createTrafficLog();
  const limiter = new RateLimiter(current.rateLimits ?? {});
  const faults = new FaultPicker(current.faults ?? [], () => random());
  const clock = () => (current.clock ?? Date.now)();
  const saves = createSaveEndpoint(() => current.savePageNow);

  const handler = http.all('*', async ({ request }) => {
    const url = new URL(request.url);
    const host = effectiveHost(request, url);
    const at = clock();
    const violation = limiter.isWaiting(host, at);
    const endpoint = saves.endpointOf(host, url.pathname) ?? endpointOf(host, url.pathname);
    const record = (status: number, fault?: string) =>
      traffic.record({
        at,
        host,
        path: url.pathname,
        query: url.search.slice(1),
        endpoint,
        status,
        violation,
        ...(fault === undefined ? {} : { fault: fault as never }),
      });

    await sleep(latency(current.latencyMs, random));

    const decision = limiter.take(host, at);
    if (!decision.allowed) {
      record(429);
      return new HttpResponse('Rate limit exceeded', {
        status: 429,
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          'retry-after': String(decision.retryAfterSeconds),
          ...decision.headers,
        },
      });
    }

    const fault = faults.pick(host, url.pathname);
    const effectiveUrl = `https://${host}${url.pathname}${url.search}`;
    if (fault) {
      const replaced = await replacingFault(fault, request, effectiveUrl);
      if (replaced) {
        if (fault.kind === 'status' && fault.retryAfterSeconds !== undefined) {
          limiter.holdOff(host, at + fault.retryAfterSeconds * 1000);
        }
        record(replaced.type === 'error' ? 0 : replaced.status, fault.kind);
        return withHeaders(replaced, decision.headers);
      }
    }
    let response =
      endpoint === 'spn-save' || endpoint === 'spn-status'
        ? await saves.answer(endpoint, request, url, at)
        : route(endpoint, url, request, saves.withCaptures(index));
    if (fault) response = await corruptBody(fault, response);
    record(response.status, fault?.kind);
    return withHeaders(response, decision.headers);
  });

  return {
    handlers: [handler],
    traffic,
    setOptions(partial) {
      current = { ...current, ...partial };
      if (partial.rateLimits) limiter.setLimits(partial.rateLimits);
      if (partial.faults) faults.setRules(partial.faults);
      if (partial.seed !== undefined) random = createSeededRandom(partial.seed);
    },
    reset() {
      traffic.clear();
      limiter.reset();
      faults.reset();
      saves.reset();
      random = createSeededRandom(current.seed ?? 1);
    },
  };
}

/** The host a request was meant for: the `--upstream` hook names it in X-Forwarded-Host. */
function effectiveHost(request: Request, url: URL): string {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return (forwarded || url.host).toLowerCase().replace(/:(?:443|80)$/, '');
}

function endpointOf(host: string, path: string): Endpoint {
  switch (host) {
    case 'cdn.syndication.twimg.com':
      return path === '/tweet-result' ? 'tweet-result' : 'unknown';
    case 'publish.x.com':
      return path === '/oembed' ? 'oembed' : 'unknown';
    case 'publish.twitter.com':
      return path === '/oembed' ? 'oembed-legacy-host' : 'unknown';
    case 't.co':
      return /^\/[^/]+$/.test(path) ? 't.co' : 'unknown';
    case 'pic.twitter.com':
    case 'pic.x.com':
      return /^\/[^/]+$/.test(path) ? 'pic' : 'unknown';
    case 'archive.org':
      return path === '/wayback/available' ? 'wayback-available' : 'unknown';
    case 'web.archive.org':
      if (path === '/cdx/search/cdx') return 'wayback-cdx';
      return path.startsWith('/web/') ? 'wayback-replay' : 'unknown';
    default:
      return 'unknown';
  }
}

function route(endpoint: Endpoint, url: URL, request: Request, index: ScenarioIndex): Response {
  switch (endpoint) {
    case 'tweet-result':
      return answerTweetResult(url.searchParams, index);
    case 'oembed':
      return answerOembed(url.searchParams, index);
    case 'oembed-legacy-host':
      // The 2026 move: the old host answers 301 to publish.x.com with the same path and query.
      return new Response(null, {
        status: 301,
        headers: { location: `https://publish.x.com/oembed${url.search}` },
      });
    case 't.co':
      return answerTco(url.pathname, request.headers.get('user-agent'), index);
    case 'pic':
      return answerPic(url.pathname, index);
    case 'wayback-available':
      return answerAvailable(url.searchParams, index);
    case 'wayback-cdx':
      return answerCdx(url.searchParams, index);
    case 'wayback-replay':
      return answerReplay(url.pathname, url.search, index);
    case 'spn-save':
    case 'spn-status':
    case 'unknown':
      return errorPage(404, 'The fake X does not serve this host or path');
  }
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  if (response.type === 'error' || Object.keys(headers).length === 0) return response;
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: merged,
  });
}

function latency(setting: FakeXOptions['latencyMs'], random: () => number): number {
  if (setting === undefined) return 0;
  if (typeof setting === 'number') return setting;
  const [min, max] = setting;
  return Math.round(min + random() * (max - min));
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
