/** Every host the fake X answers for (routed by X-Forwarded-Host under the fetcher's --upstream hook). */
export const FAKE_X_HOSTS = [
  't.co',
  'pic.twitter.com',
  'pic.x.com',
  'cdn.syndication.twimg.com',
  'publish.x.com',
  'publish.twitter.com',
  'archive.org',
  'web.archive.org',
] as const;
