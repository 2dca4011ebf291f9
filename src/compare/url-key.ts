/** Query parameters that only track the click; they never change what a link points to. */
const TRACKING_PARAM =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|igshid|mc_cid|mc_eid|ref_src|ref_url|_hsenc|_hsmi|mkt_tok)$/i;
const X_HOSTS = new Set(['twitter.com', 'mobile.twitter.com', 'x.com', 'mobile.x.com']);
const PIC_HOSTS = new Set(['pic.twitter.com', 'pic.x.com']);
// e.g. /NickSortor/status/123/photo/1, /i/web/status/123, /user/statuses/123
const STATUS_PATH = /^\/(?:i\/web|[^/]+)\/status(?:es)?\/(\d+)(\/.*)?$/i;

function parseLoose(raw: string): URL | null {
  const trimmed = raw.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/** A short link's shared code: `t.co/CODE`, `pic.twitter.com/CODE` and `pic.x.com/CODE` all name media CODE. */
export interface ShortCode {
  host: 't.co' | 'pic';
  code: string;
}

/** The t.co code of a t.co or pic link (scheme, `www.` and query ignored; codes are case-sensitive), else null. */
export function shortCodeOf(raw: string | null): ShortCode | null {
  if (raw === null) return null;
  const url = parseLoose(raw);
  if (url === null) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const code = /^\/([A-Za-z\d]+)\/?$/.exec(url.pathname)?.[1];
  if (code === undefined) return null;
  if (host === 't.co') return { host: 't.co', code };
  if (PIC_HOSTS.has(host)) return { host: 'pic', code };
  return null;
}

/**
 * A comparable key for a URL: no scheme, no `www.`, no fragment, no tracking query, no trailing slash.
 * X status URLs drop the handle (X serves a status under any handle) and their whole query (`?s=20`).
 */
export function urlKey(raw: string): string {
  const url = parseLoose(raw);
  if (url === null) return raw.trim();
  let host = url.hostname.toLowerCase().replace(/^www\./, '');
  let path = url.pathname;
  let query = '';
  if (X_HOSTS.has(host)) {
    host = 'x.com';
    const status = STATUS_PATH.exec(path);
    path = status ? `/i/status/${status[1]}${(status[2] ?? '').toLowerCase()}` : path.toLowerCase();
  } else if (host !== 't.co' && !PIC_HOSTS.has(host)) {
    const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
    query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  }
  const port = url.port === '' ? '' : `:${url.port}`;
  return `${host}${port}${path.replace(/\/+$/, '')}${query}`;
}
