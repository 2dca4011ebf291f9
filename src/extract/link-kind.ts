import type { CitedLink, LinkKind } from '../citation.js';
import { hostPattern, linkHostRole, parseStatusUrl } from '../x-url/index.js';

/** Classifies a link as displayed: `t.co/…` → tco, `pic.twitter.com/…` → media, permalink → status. */
export function classifyLink(url: string): LinkKind {
  const role = linkHostRole(url);
  if (role === 'short') return 'tco';
  if (role === 'pic') return 'media';
  if (parseStatusUrl(url)) return 'status';
  return 'other';
}

// Looks like a URL as X displays it: scheme optional, a dotted host, then anything (maybe cut with "…").
const URL_LIKE = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/i;
const ENTITY_TEXT = /^[#@$＃＠]\S/;
const ENTITY_HREF = new RegExp(
  String.raw`^(?:https?:)?\/\/${hostPattern('permalink', 'site')}\/(?:hashtag|search)\b`,
  'i',
);

/**
 * Turns one anchor inside a post into the link it displays, or null for entity links
 * (hashtags, @mentions, cashtags), which the post text already shows as words.
 */
export function citedLinkFromAnchor(href: string, anchorText: string): CitedLink | null {
  const shown = anchorText.trim();
  if (ENTITY_TEXT.test(shown)) return null;
  if (ENTITY_HREF.test(href)) return null;
  const target = href.trim();
  const url = shown.length > 0 && URL_LIKE.test(shown) ? shown : target;
  if (url.length === 0) return null;
  // Keep the t.co target behind a display URL ("example.org/report"): it is what resolves to the post's entity.
  const keepsHref = classifyLink(url) === 'other' && classifyLink(target) === 'tco';
  return keepsHref ? { url, kind: classifyLink(url), href: target } : { url, kind: classifyLink(url) };
}
