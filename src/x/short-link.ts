import * as cheerio from 'cheerio';
import type { Fetcher, FetchResponse, RedirectHop } from '../fetch/types.js';
import type { LinkResolution } from '../result.js';
import { isXHost, parseStatusTarget, type StatusTarget, shortLinkUrl } from '../x-url/index.js';
import { failureFromError } from './source-failure.js';

/**
 * A resolved t.co / pic link: the chain as reported (`resolution`), and what it means. `outcome`:
 * resolved (finalUrl known); unresolvable (t.co answered without a target, 404 included: how t.co
 * answers unknown codes is unverified, so it is never reported as dead); failed (network,
 * offline…); not-short-link.
 */
export interface ShortLinkResolution {
  resolution: LinkResolution;
  outcome: 'resolved' | 'unresolvable' | 'failed' | 'not-short-link';
  /** The post the final URL names, when it is an x.com / twitter.com status permalink. */
  target: StatusTarget | null;
}

/** Shorteners t.co may hand over to; every other host ends the chain unfetched. */
const SHORTENERS = new Set([
  't.co',
  'bit.ly',
  'buff.ly',
  'ow.ly',
  'tl.gd',
  'tinyurl.com',
  'goo.gl',
  'dlvr.it',
  'ift.tt',
  'fb.me',
  'trib.al',
  'lnkd.in',
]);

/** Never fetch x.com pages (their status codes mean nothing), nor the final site (we only need its URL). */
function stopBefore(url: URL): boolean {
  return isXHost(url) || !SHORTENERS.has(url.hostname.toLowerCase());
}

/**
 * The target of t.co's browser answer (200 HTML): the noscript meta refresh, then `<title>`,
 * then `location.replace("…")`. PURE.
 */
export function readTcoPage(html: string): string | null {
  // With scripting on, an HTML parser keeps <noscript> as raw text and the meta would be invisible.
  const $ = cheerio.load(html, { scriptingEnabled: false });
  for (const meta of $('meta').toArray()) {
    if (($(meta).attr('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
    const target = /url\s*=\s*['"]?([^'"\s]+)/i.exec($(meta).attr('content') ?? '')?.[1];
    if (target) return target;
  }
  const title = $('title').first().text().trim();
  if (/^https?:\/\/\S+$/.test(title)) return title;
  const replaced = /location\.replace\(\s*["']([^"']+)["']\s*\)/.exec(html)?.[1];
  return replaced ? replaced.replace(/\\\//g, '/') : null;
}

function resolved(url: string, finalUrl: string, chain: RedirectHop[]): ShortLinkResolution {
  return {
    resolution: { url, finalUrl, chain, error: null },
    outcome: 'resolved',
    target: parseStatusTarget(finalUrl),
  };
}

function unresolved(
  url: string,
  chain: RedirectHop[],
  outcome: Exclude<ShortLinkResolution['outcome'], 'resolved'>,
  error: string,
): ShortLinkResolution {
  return { resolution: { url, finalUrl: null, chain, error }, outcome, target: null };
}

async function follow(url: string, fetcher: Fetcher): Promise<FetchResponse> {
  return fetcher.fetch({ url, cacheClass: 'short-link', followRedirects: true, stopAt: stopBefore });
}

/**
 * Resolves a displayed t.co / pic.twitter.com / pic.x.com link to where it points, recording
 * every hop, without ever requesting an x.com or twitter.com page. Never throws for operational
 * failures.
 */
export async function resolveShortLink(displayUrl: string, fetcher: Fetcher): Promise<ShortLinkResolution> {
  const start = shortLinkUrl(displayUrl);
  if (!start) return unresolved(displayUrl, [], 'not-short-link', 'not a t.co or pic.twitter.com link');
  try {
    const first = await follow(start, fetcher);
    if (first.stopped) return resolved(displayUrl, first.url, first.redirects);
    const onTco = new URL(first.url).hostname === 't.co';
    if (!onTco) return resolved(displayUrl, first.url, first.redirects);
    // t.co's answer to browser-like clients: a 200 page naming the target instead of a Location.
    const target = first.status === 200 ? readTcoPage(first.body) : null;
    if (!target) {
      return unresolved(
        displayUrl,
        first.redirects,
        'unresolvable',
        `t.co answered ${first.status} without a target`,
      );
    }
    const chain = [...first.redirects, { url: first.url, status: first.status, location: target }];
    const targetUrl = URL.canParse(target, first.url) ? new URL(target, first.url) : null;
    if (!targetUrl)
      return unresolved(displayUrl, chain, 'unresolvable', `t.co named an invalid target: ${target}`);
    if (stopBefore(targetUrl)) return resolved(displayUrl, targetUrl.href, chain);
    const next = await follow(targetUrl.href, fetcher);
    return resolved(displayUrl, next.url, [...chain, ...next.redirects]);
  } catch (error) {
    const failure = failureFromError(error, 'short link');
    return unresolved(displayUrl, [], 'failed', `${failure.reason}: ${failure.detail}`);
  }
}
