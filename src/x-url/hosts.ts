/**
 * Every host name X and Twitter have used, and what it serves. ONE LINE PER HOST: adding an alias
 * here is all it takes for every stage (extraction, lookup, comparison, fix, the fake X) to know it.
 * A leading `www.` is an alias of every host (www.x.com, www.t.co, www.pic.twitter.com).
 *
 * - permalink: the canonical homes of post pages (also where the Wayback Machine keeps captures)
 * - site: another name of the same pages (mobile and app hosts)
 * - short: the t.co shortener
 * - pic: media display links; their code is the t.co code of the post's media
 * - embed: the embed widget's own pages (`/embed/Tweet.html?id=…`)
 */
const X_HOSTS = {
  'twitter.com': 'permalink',
  'x.com': 'permalink',
  'mobile.x.com': 'site',
  'mobile.twitter.com': 'site',
  'm.x.com': 'site',
  'm.twitter.com': 'site',
  't.co': 'short',
  'pic.x.com': 'pic',
  'pic.twitter.com': 'pic',
  'platform.x.com': 'embed',
  'platform.twitter.com': 'embed',
} as const satisfies Record<string, string>;

export type XHostRole = (typeof X_HOSTS)[keyof typeof X_HOSTS];

/** The name each role's URLs are keyed and built under (X's current names). */
export const CANONICAL_HOST: Readonly<Record<XHostRole, string>> = {
  permalink: 'x.com',
  site: 'x.com',
  short: 't.co',
  pic: 'pic.x.com',
  embed: 'platform.x.com',
};

const ROLES: ReadonlyMap<string, XHostRole> = new Map(Object.entries(X_HOSTS));

/** The role of a host name (any case, `www.` and a port ignored), or null for a host that is not X's. */
export function xHostRole(host: string): XHostRole | null {
  const bare = host
    .toLowerCase()
    .replace(/:\d{1,5}$/, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  return ROLES.get(bare) ?? null;
}

/** Whether a host serves X's post pages (x.com, twitter.com and their mobile names), whose status codes mean nothing. */
export function isXSiteHost(host: string): boolean {
  const role = xHostRole(host);
  return role === 'permalink' || role === 'site';
}

/** Whether a URL is on an X page host (x.com, twitter.com, mobile…). */
export function isXHost(url: URL): boolean {
  return isXSiteHost(url.hostname);
}

/** The hosts with a given role, in table order. */
export function hostsWithRole(role: XHostRole): string[] {
  return [...ROLES].filter(([, r]) => r === role).map(([host]) => host);
}

/** A regular-expression source matching X's own domains (`twitter.com`, `x.com`), for any subdomain of them. */
export function xDomainPattern(): string {
  return `(?:${hostsWithRole('permalink').map(escapeHost).join('|')})`;
}

function escapeHost(host: string): string {
  return host.replace(/[.]/g, '\\.');
}

/**
 * A regular-expression source matching the hosts of the given roles (with an optional `www.`), for
 * scanning running text; longest first so `mobile.x.com` wins over `x.com`.
 */
export function hostPattern(...roles: XHostRole[]): string {
  const hosts = roles.flatMap(hostsWithRole).sort((a, b) => b.length - a.length);
  return `(?:www\\.)?(?:${hosts.map(escapeHost).join('|')})`;
}
