import { createHash } from 'node:crypto';
import { parseStatusUrl } from '../x-url/index.js';
import { escapeHtml } from './escape-html.js';
import type { Capture, Post } from './scenario.js';
import type { ScenarioIndex } from './scenario-index.js';
import { tweetResultBody } from './tweet-result-body.js';

/** What a capture replays as: its bytes and content type. */
export interface CaptureContent {
  body: string;
  contentType: string;
}

/** Renders a capture: a raw body as given, or the post as it was when archived. */
export function captureContent(capture: Capture, index: ScenarioIndex): CaptureContent {
  const post = capture.post === undefined ? undefined : index.post(capture.post);
  if (!post) return { body: capture.body ?? '', contentType: capture.contentType ?? 'text/html' };
  if (capture.format === 'json') {
    return { body: JSON.stringify(tweetResultBody(post, index)), contentType: 'application/json' };
  }
  return { body: statusPage(post, handleAtCapture(capture, post)), contentType: 'text/html; charset=utf-8' };
}

/** Wayback's content digest: base32 SHA-1 of the body. */
export function contentDigest(body: string): string {
  const bytes = createHash('sha1').update(body).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A capture made before a rename shows the handle its URL was archived under. */
function handleAtCapture(capture: Capture, post: Post): string {
  const fromUrl = parseStatusUrl(capture.url)?.handle;
  const old = post.author.renamedFrom.find((handle) => handle.toLowerCase() === fromUrl?.toLowerCase());
  return old ?? post.author.handle;
}

/** A server-rendered twitter.com status page of the pre-2023 kind (permalink-tweet markup, og: tags). */
function statusPage(post: Post, handle: string): string {
  const created = new Date(post.createdAt);
  const title = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    hour: 'numeric',
    minute: '2-digit',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(created);
  let text = escapeHtml(post.text);
  for (const url of post.urls) {
    text = text.replace(
      escapeHtml(url.tco),
      `<a href="${url.tco}" class="twitter-timeline-link" data-expanded-url="${escapeHtml(url.expanded)}" title="${escapeHtml(url.expanded)}">${escapeHtml(url.display)}</a>`,
    );
  }
  for (const item of post.media) {
    text = text.replace(
      escapeHtml(item.tco),
      `<a href="${item.tco}" class="twitter-timeline-link u-hidden" data-pre-embedded="true">${item.display.replace(/^pic\.x\.com/, 'pic.twitter.com')}</a>`,
    );
  }
  const name = escapeHtml(post.author.name);
  const description = escapeHtml(`“${post.text}”`);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${name} on Twitter: ${description}</title>
<meta property="og:type" content="article">
<meta property="og:url" content="https://twitter.com/${handle}/status/${post.id}">
<meta property="og:title" content="${name} on Twitter">
<meta property="og:description" content="${description}">
</head><body>
<div class="permalink-tweet-container"><div class="tweet permalink-tweet js-original-tweet" data-tweet-id="${post.id}" data-item-id="${post.id}" data-screen-name="${handle}" data-name="${name}" data-user-id="${post.author.userId}">
<div class="stream-item-header"><strong class="fullname">${name}</strong> <span class="username">@<b>${handle}</b></span></div>
<p class="TweetTextSize TweetTextSize--jumbo js-tweet-text tweet-text" lang="${post.lang}" data-aria-label-part="0">${text.replaceAll('\n', '<br>')}</p>
<div class="client-and-actions"><span class="metadata"><span>${title} UTC</span></span>
<a class="tweet-timestamp" href="/${handle}/status/${post.id}"><span class="_timestamp js-short-timestamp" data-time="${Math.floor(created.getTime() / 1000)}" data-time-ms="${created.getTime()}">${title}</span></a></div>
</div></div>
</body></html>
`;
}
