import { FetchError } from './fetch-error.js';
import type { RedirectHop } from './types.js';
import { parseRequestUrl } from './url-policy.js';

/** One HTTP answer, body read. */
export interface HopAnswer {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one request (no redirect following). */
export type SendHop = (url: URL) => Promise<HopAnswer>;

/** How to follow a chain. */
export interface ChainOptions {
  follow: boolean;
  maxRedirects: number;
  stopAt: ((url: URL) => boolean) | undefined;
  /** Throws for a URL that may not be requested (scheme, address guard). */
  check: (url: URL) => void;
}

/** The end of a chain. `answer` is the last response received; `url` is where the chain ended. */
export interface ChainResult {
  answer: HopAnswer;
  url: string;
  redirects: RedirectHop[];
  stopped: boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Follows redirects by hand, recording every hop. Relative Locations resolve against the hop's URL;
 * a URL seen twice is a loop; more than `maxRedirects` hops fails; every hop passes `check` before it is
 * requested. `stopAt` ends the chain at a redirect target without requesting it (the first URL is always
 * requested).
 */
export async function followRedirectChain(
  start: URL,
  send: SendHop,
  options: ChainOptions,
): Promise<ChainResult> {
  const redirects: RedirectHop[] = [];
  const seen = new Set<string>();
  let current = start;
  for (;;) {
    options.check(current);
    seen.add(current.href);
    const answer = await send(current);
    const location = answer.headers.location;
    if (!options.follow || !REDIRECT_STATUSES.has(answer.status) || location === undefined) {
      return { answer, url: current.href, redirects, stopped: false };
    }
    const next = parseRequestUrl(location, current);
    redirects.push({ url: current.href, status: answer.status, location: next.href });
    if (seen.has(next.href)) {
      throw new FetchError('redirect-loop', `redirect loop: ${next.href} was already visited in this chain`, {
        url: start.href,
      });
    }
    if (options.stopAt?.(next) === true) return { answer, url: next.href, redirects, stopped: true };
    if (redirects.length > options.maxRedirects) {
      throw new FetchError(
        'too-many-redirects',
        `more than ${options.maxRedirects} redirects from ${start.href}`,
        {
          url: start.href,
        },
      );
    }
    current = next;
  }
}
