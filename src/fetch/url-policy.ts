import { classifyUrlHost } from './address-guard.js';
import { FetchError } from './fetch-error.js';

/**
 * Parses a URL to request. Credentials in a URL are dropped, never sent (fetch refuses them anyway, and a
 * redirect should not be able to make us authenticate); the fragment is dropped as it never reaches servers.
 */
export function parseRequestUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch (error) {
    throw new FetchError('bad-url', `not a URL: ${input}`, { url: input, cause: error });
  }
  url.username = '';
  url.password = '';
  url.hash = '';
  return url;
}

/**
 * Refuses what may never be requested, before any connection: schemes other than http/https, and hosts
 * that are private, loopback, link-local or metadata IP literals (or `localhost`). Host names are checked
 * again after DNS, at connect time. `exemptOrigin` (the upstream test origin) passes.
 */
export function checkRequestUrl(url: URL, exemptOrigin: string | undefined): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported-scheme', `only http and https are fetched, not ${url.protocol}`, {
      url: url.href,
    });
  }
  if (exemptOrigin !== undefined && url.origin === exemptOrigin) return;
  const host = classifyUrlHost(url);
  if (host.kind === 'ip' && host.class !== 'public') {
    throw new FetchError(
      'refused-by-guard',
      `refused ${url.host}: ${host.address} is a ${host.class} address`,
      {
        url: url.href,
      },
    );
  }
}
