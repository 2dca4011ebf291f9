/** The post a status permalink names, and the media item when the URL ends in /photo/N or /video/N. */
export interface StatusTarget {
  handle: string | null;
  statusId: string;
  mediaIndex: number | null;
  kind: 'photo' | 'video' | null;
}

const X_HOST = /^(?:(?:www|mobile|m)\.)?(?:twitter|x)\.com$/i;
// Matches "/nicksortor/status/1905…/photo/1", "/i/web/status/1905…", "/statuses/1905…".
const STATUS_PATH =
  /^\/(?:(?:i\/web|i|([A-Za-z0-9_]{1,20}))\/)?status(?:es)?\/(\d{1,20})(?:\/(photo|video)\/(\d{1,2}))?\/?$/;

/** Whether a URL is on twitter.com / x.com (whose page status codes mean nothing). PURE. */
export function isXHost(url: URL): boolean {
  return X_HOST.test(url.hostname);
}

/**
 * Parses an X/Twitter status permalink (any x.com / twitter.com host form, the 2010 hashbang form,
 * trailing /photo/N or /video/N). PURE. Returns null for anything else.
 */
export function parseStatusTarget(raw: string): StatusTarget | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (!isXHost(url)) return null;
  // "#!/handle/status/ID" never reached the server: the post is in the fragment.
  const path = url.hash.startsWith('#!/') ? url.hash.slice(2) : url.pathname;
  const match = STATUS_PATH.exec(path);
  if (!match?.[2]) return null;
  const handle = match[1] && match[1].toLowerCase() !== 'i' ? match[1] : null;
  return {
    handle,
    statusId: match[2],
    mediaIndex: match[4] === undefined ? null : Number(match[4]),
    kind: match[3] === 'photo' || match[3] === 'video' ? match[3] : null,
  };
}
