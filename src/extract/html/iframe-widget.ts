import { parseStatusUrl, xHostRole } from '../../x-url/index.js';
import { type CitationDraft, createDraft } from '../citation-draft.js';
import { attr, type DomNode, nodeSpan } from './dom-node.js';

const ID = /^\d{1,20}$/;
// Buttons carry tweet IDs too (like/retweet widgets), but they render no post.
const NEVER_WIDGETS = new Set(['a', 'button', 'input', 'amp-twitter', 'blockquote', 'link', 'meta']);
// `tweet-id` is vue-tweet's attribute; URL attributes are lazy-loading placeholders and embed.ly cards.
const ID_ATTRIBUTES = ['data-tweet-id', 'data-tweetid', 'tweet-id', 'tweetid'];
const URL_ATTRIBUTES = ['data-tweet-url', 'data-url', 'data-href'];

/**
 * Reads a rendered embed: `<iframe src="https://platform.twitter.com/embed/Tweet.html?id=…">`,
 * `<twitter-widget data-tweet-id>` / `<div data-tweet-id>` widgets, a placeholder naming the post URL
 * (`<div data-url>`, `<amp-embedly-card data-url>`), or a twitframe iframe. ID only.
 */
export function readWidgetId(node: DomNode): { statusId: string; handle: string | null } | undefined {
  const name = node.name ?? '';
  if (NEVER_WIDGETS.has(name)) return undefined;
  for (const key of ID_ATTRIBUTES) {
    const id = (attr(node, key) ?? '').trim();
    if (ID.test(id)) return { statusId: id, handle: null };
  }
  for (const key of URL_ATTRIBUTES) {
    const status = parseStatusUrl((attr(node, key) ?? '').trim());
    if (status) return { statusId: status.statusId, handle: status.handle };
  }
  if (name !== 'iframe') return undefined;
  return readIframeSrc(attr(node, 'src') ?? attr(node, 'data-src') ?? '');
}

function readIframeSrc(src: string): { statusId: string; handle: string | null } | undefined {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.invalid/');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (xHostRole(host) === 'embed' && url.pathname.includes('/embed/')) {
    const id = url.searchParams.get('id') ?? '';
    return ID.test(id) ? { statusId: id, handle: null } : undefined;
  }
  if (host === 'twitframe.com' || host === 'www.twitframe.com') {
    const status = parseStatusUrl(url.searchParams.get('url') ?? '');
    return status ? { statusId: status.statusId, handle: status.handle } : undefined;
  }
  const status = parseStatusUrl(src);
  return status ? { statusId: status.statusId, handle: status.handle } : undefined;
}

/** One ID-only citation for a rendered iframe or widget element. */
export function extractIframeWidget(node: DomNode): CitationDraft | undefined {
  const found = readWidgetId(node);
  if (!found) return undefined;
  return createDraft({
    kind: 'embed',
    form: node.name === 'iframe' ? 'iframe' : 'widget',
    ...nodeSpan(node),
    ...found,
  });
}
