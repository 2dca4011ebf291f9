import { FetchError } from './fetch-error.js';

/** Where a request really goes, and the headers telling the upstream what was asked for. */
export interface UpstreamTarget {
  target: URL;
  headers: Record<string, string>;
}

/** Parses an upstream origin (`http://127.0.0.1:8080`); only http/https, path ignored. */
export function parseUpstream(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new FetchError('bad-url', `upstream "${value}" is not a URL`, { url: value, cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported-scheme', `upstream must be http or https, got ${url.protocol}`, {
      url: value,
    });
  }
  return new URL(url.origin);
}

/**
 * Sends `url` to the upstream origin instead, keeping path and query, with the original host in
 * X-Forwarded-Host and its scheme in X-Forwarded-Proto. Without an upstream, the URL is used as is.
 */
export function routeRequest(url: URL, upstream: URL | undefined): UpstreamTarget {
  if (upstream === undefined) return { target: url, headers: {} };
  // Set the parts rather than resolving a relative URL: a path like `//evil.example/x` would otherwise be
  // read as protocol-relative and leave the upstream origin.
  const target = new URL(upstream.href);
  target.pathname = url.pathname;
  target.search = url.search;
  return {
    target,
    headers: { 'x-forwarded-host': url.host, 'x-forwarded-proto': url.protocol.slice(0, -1) },
  };
}
