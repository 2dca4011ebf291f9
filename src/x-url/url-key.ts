import { xHostRole } from './hosts.js';
import { parseLooseUrl } from './short-link.js';
import { statusKey } from './status-url.js';

/** Query parameters that only track the click; they never change what a link points to. */
const TRACKING_PARAM =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|igshid|mc_cid|mc_eid|ref_src|ref_url|_hsenc|_hsmi|mkt_tok)$/i;

/**
 * A comparable key for a URL: no scheme, no `www.`, no fragment, no tracking query, no trailing slash.
 * X status URLs of every host and path form become `x.com/i/status/ID` (X serves a status under any
 * handle) without their query (`?s=20`); other X pages become `x.com/…`, lowercased.
 */
export function urlKey(raw: string): string {
  const url = parseLooseUrl(raw);
  if (url === null) return raw.trim();
  let host = url.hostname.toLowerCase().replace(/^www\./, '');
  let path = url.pathname;
  let query = '';
  const role = xHostRole(host);
  const port = url.port === '' ? '' : `:${url.port}`;
  if (role === 'permalink' || role === 'site') {
    const status = statusKey(raw.trim());
    if (status !== null) return status.replace(/^x\.com/, `x.com${port}`);
    host = 'x.com';
    path = path.toLowerCase();
  } else if (role === null || role === 'embed') {
    const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
    query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  }
  return `${host}${port}${path.replace(/\/+$/, '')}${query}`;
}
