import type { Capture, Post, Scenario } from './scenario.js';

type Media = Post['media'][number];

/** Fast lookups over a scenario: posts by ID, t.co codes to targets, media codes to their post. */
export interface ScenarioIndex {
  scenario: Scenario;
  post(id: string): Post | undefined;
  /** Target of a t.co code: explicit shortLinks first, then post links, then media. */
  shortLink(code: string): string | undefined;
  /** The post and media item behind a pic.twitter.com / pic.x.com / t.co media code. */
  media(code: string): { post: Post; media: Media } | undefined;
  captures: readonly Capture[];
}

/** Builds the lookups once per scenario. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const posts = new Map(scenario.posts.map((post) => [post.id, post]));
  const links = new Map<string, string>();
  const media = new Map<string, { post: Post; media: Media }>();
  for (const post of scenario.posts) {
    for (const url of post.urls) links.set(codeOf(url.tco), url.expanded);
    for (const item of post.media) {
      media.set(codeOf(item.tco), { post, media: item });
      media.set(item.display.slice(item.display.indexOf('/') + 1), { post, media: item });
    }
  }
  return {
    scenario,
    post: (id) => posts.get(id),
    shortLink: (code) => {
      const target = scenario.shortLinks[code] ?? links.get(code);
      if (target !== undefined) return target;
      const found = media.get(code);
      return found ? mediaExpandedUrl(found.post, found.media) : undefined;
    },
    media: (code) => media.get(code),
    captures: scenario.archive,
  };
}

/** The t.co code of `https://t.co/CODE`. */
export function codeOf(tco: string): string {
  return tco.slice(tco.lastIndexOf('/') + 1);
}

/**
 * `…/USER/status/ID/photo/1` (video/1 for a video; GIFs point at photo/1, as X's do): where a media link
 * leads; the host follows the display era. Every photo of a multi-photo post points at photo/1 too.
 */
export function mediaExpandedUrl(post: Post, item: Media): string {
  const host = item.display.startsWith('pic.x.com') ? 'x.com' : 'twitter.com';
  const kind = item.type === 'video' ? 'video' : 'photo';
  return `https://${host}/${post.author.handle}/status/${post.id}/${kind}/1`;
}
