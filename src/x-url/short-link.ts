import { type XHostRole, xHostRole } from './hosts.js';

/** A short link's shared code: `t.co/CODE`, `pic.twitter.com/CODE` and `pic.x.com/CODE` all name media CODE. */
export interface ShortCode {
  host: 't.co' | 'pic';
  code: string;
}

/** A URL as written, with or without a scheme ("pic.twitter.com/AbC" has none), or null. */
export function parseLooseUrl(raw: string): URL | null {
  const trimmed = raw.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/**
 * The t.co code of a t.co or pic link (any host alias, scheme and query ignored; codes are
 * case-sensitive), else null.
 */
export function shortCodeOf(raw: string | null): ShortCode | null {
  if (raw === null) return null;
  const url = parseLooseUrl(raw);
  if (url === null) return null;
  const role = xHostRole(url.hostname);
  if (role !== 'short' && role !== 'pic') return null;
  const code = /^\/([A-Za-z\d]+)\/?$/.exec(url.pathname)?.[1];
  if (code === undefined) return null;
  return { host: role === 'short' ? 't.co' : 'pic', code };
}

/** The t.co URL of a code: where every t.co and pic link of that code is resolved. */
export function tcoUrl(code: string): string {
  return `https://t.co/${code}`;
}

/** The t.co URL behind a displayed t.co or pic link (pic links share the t.co code), or null. */
export function shortLinkUrl(displayUrl: string): string | null {
  const short = shortCodeOf(displayUrl);
  return short ? tcoUrl(short.code) : null;
}

/** The X role of a link's host (`t.co/AbC` → short, `pic.x.com/AbC` → pic), scheme optional; null if not X's. */
export function linkHostRole(raw: string): XHostRole | null {
  const host = /^(?:[a-z][a-z\d+.-]*:)?(?:\/\/)?([^/?#\s]+)/i.exec(raw.trim())?.[1];
  return host === undefined ? null : xHostRole(host);
}
