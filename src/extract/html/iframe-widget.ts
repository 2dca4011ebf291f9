import { type CitationDraft, createDraft } from '../citation-draft.js';
import { parseStatusUrl } from '../status-url.js';
import { attr, type DomNode, nodeSpan } from './dom-node.js';

const ID = /^\d{1,20}$/;
// Buttons carry tweet IDs too (like/retweet widgets), but they render no post.
const NEVER_WIDGETS = new Set(['a', 'button', 'input', 'amp-twitter', 'blockquote']);

/**
 * Reads a rendered embed: `<iframe src="https://platform.twitter.com/embed/Tweet.html?id=…">`,
 * `<twitter-widget data-tweet-id>` / `<div data-tweet-id>` widgets, or a twitframe iframe. ID only.
 */
export function readWidgetId(node: DomNode): { statusId: string; handle: string | null } | undefined {
  const name = node.name ?? '';
  if (NEVER_WIDGETS.has(name)) return undefined;
  const dataId = (attr(node, 'data-tweet-id') ?? attr(node, 'data-tweetid') ?? '').trim();
  if (ID.test(dataId)) return { statusId: dataId, handle: null };
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
  if ((host === 'platform.twitter.com' || host === 'platform.x.com') && url.pathname.includes('/embed/')) {
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
