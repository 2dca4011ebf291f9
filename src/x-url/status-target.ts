import { parseStatusUrl } from '../extract/index.js';

/** The post a status permalink names, and the media item when the URL ends in /photo/N or /video/N. */
export interface StatusTarget {
  handle: string | null;
  statusId: string;
  mediaIndex: number | null;
  kind: 'photo' | 'video' | null;
}

const X_HOST = /^(?:(?:www|mobile|m)\.)?(?:twitter|x)\.com$/i;
// "/nicksortor/status/1905…/photo/1" → photo (also inside a "#!/…" fragment).
const MEDIA_KIND = /\/status(?:es)?\/\d{1,20}\/(photo|video)\/\d{1,2}(?:[/?#]|$)/i;

/** Whether a URL is on twitter.com / x.com (whose page status codes mean nothing). PURE. */
export function isXHost(url: URL): boolean {
  return X_HOST.test(url.hostname);
}

/**
 * Parses an X/Twitter status permalink (extraction's parseStatusUrl: every host and path form) and
 * adds whether it names a photo or a video. PURE. Returns null for anything else.
 */
export function parseStatusTarget(raw: string): StatusTarget | null {
  const status = parseStatusUrl(raw);
  if (!status) return null;
  const media = status.mediaIndex === null ? undefined : MEDIA_KIND.exec(raw)?.[1]?.toLowerCase();
  return {
    handle: status.handle,
    statusId: status.statusId,
    mediaIndex: status.mediaIndex,
    kind: media === 'photo' || media === 'video' ? media : null,
  };
}
