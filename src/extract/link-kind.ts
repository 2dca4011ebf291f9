import type { CitedLink, LinkKind } from '../citation.js';
import { parseStatusUrl } from './status-url.js';

/** Classifies a link as displayed: `t.co/…` → tco, `pic.twitter.com/…` → media, permalink → status. */
export function classifyLink(url: string): LinkKind {
  const host = /^(?:https?:\/\/)?([^/?#\s]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  if (host === 't.co') return 'tco';
  if (host === 'pic.twitter.com' || host === 'pic.x.com') return 'media';
  if (parseStatusUrl(url)) return 'status';
  return 'other';
}

// Looks like a URL as X displays it: scheme optional, a dotted host, then anything (maybe cut with "…").
const URL_LIKE = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/i;
const ENTITY_TEXT = /^[#@$＃＠]\S/;

/**
 * Turns one anchor inside a post into the link it displays, or null for entity links
 * (hashtags, @mentions, cashtags), which the post text already shows as words.
 */
export function citedLinkFromAnchor(href: string, anchorText: string): CitedLink | null {
  const shown = anchorText.trim();
  if (ENTITY_TEXT.test(shown)) return null;
  if (/^(?:https?:)?\/\/(?:www\.)?(?:twitter|x)\.com\/(?:hashtag|search)\b/i.test(href)) return null;
  const target = href.trim();
  const url = shown.length > 0 && URL_LIKE.test(shown) ? shown : target;
  if (url.length === 0) return null;
  // Keep the t.co target behind a display URL ("example.org/report"): it is what resolves to the post's entity.
  const keepsHref = classifyLink(url) === 'other' && classifyLink(target) === 'tco';
  return keepsHref ? { url, kind: classifyLink(url), href: target } : { url, kind: classifyLink(url) };
}
