/**
 * Everything citecheck knows about X's URLs, in one PURE module that depends on no stage: the hosts
 * and their aliases (hosts.ts, the one table), status permalinks in every form and era, t.co and pic
 * short links, canonical keys for comparing URLs, and the permalinks we build.
 */
export {
  CANONICAL_HOST,
  hostPattern,
  hostsWithRole,
  isXHost,
  isXSiteHost,
  type XHostRole,
  xDomainPattern,
  xHostRole,
} from './hosts.js';
export { archivedPermalinks, statusPermalink } from './permalink.js';
export {
  linkHostRole,
  parseLooseUrl,
  type ShortCode,
  shortCodeOf,
  shortLinkUrl,
  tcoUrl,
} from './short-link.js';
export {
  findStatusUrls,
  parseStatusTarget,
  parseStatusUrl,
  type StatusTarget,
  type StatusUrl,
  type StatusUrlMatch,
} from './status-url.js';
export { urlKey } from './url-key.js';
