import { CANONICAL_HOST, xHostRole } from './hosts.js';
import { parseLooseUrl } from './short-link.js';
import { statusKey } from './status-url.js';

/** Query parameters that only track the click; they never change what a link points to. */
const TRACKING_PARAM =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|igshid|mc_cid|mc_eid|ref_src|ref_url|_hsenc|_hsmi|mkt_tok)$/i;

/**
 * A comparable key for a URL: no scheme, no `www.`, no fragment, no tracking query, no trailing slash.
 * X's hosts become their canonical name (every alias of a role is one key). Status URLs of every
 * host and path form become `x.com/i/status/ID` (X serves a status under any handle) without their
 * query (`?s=20`); other X pages are lowercased; t.co and pic links keep their case-sensitive code.
 */
export function urlKey(raw: string): string {
  const url = parseLooseUrl(raw);
  if (url === null) return raw.trim();
  const role = xHostRole(url.hostname);
  const port = url.port === '' ? '' : `:${url.port}`;
  if (role === null) {
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
    const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
    return `${host}${port}${trimSlashes(url.pathname)}${query}`;
  }
  const host = `${CANONICAL_HOST[role]}${port}`;
  if (role === 'embed') return `${host}${trimSlashes(url.pathname)}${url.search}`;
  // Short and pic codes are case-sensitive; X page paths are not.
  if (role === 'short' || role === 'pic') return `${host}${trimSlashes(url.pathname)}`;
  const status = statusKey(raw.trim());
  if (status !== null) return `${host}${status}`;
  return `${host}${trimSlashes(url.pathname.toLowerCase())}`;
}

function trimSlashes(path: string): string {
  return path.replace(/\/+$/, '');
}
