import { parseStatusUrl } from '../x-url/index.js';
import { errorPage, jsonResponse } from './error-page.js';
import { escapeHtml } from './escape-html.js';
import type { Post } from './scenario.js';
import type { ScenarioIndex } from './scenario-index.js';
import { isLongPost, longPostPreview } from './tweet-result-body.js';

const RTL_LANGS = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * `publish.x.com/oembed?url=…` (reference §2). Deleted, suspended and unknown posts answer 404 HTML;
 * protected ones 403 JSON. Age-restricted and withheld answer 403 too: unverified on the real host.
 */
export function answerOembed(query: URLSearchParams, index: ScenarioIndex): Response {
  const url = query.get('url');
  if (url === null || url === '') {
    return jsonResponse({ errors: [{ code: 357, message: 'url: queryParam is required' }] }, 400);
  }
  const id = parseStatusUrl(url)?.statusId;
  const post = id === undefined ? undefined : index.post(id);
  if (!post) return errorPage(404, 'Sorry, that page does not exist');
  switch (post.state.status) {
    case 'available':
      return jsonResponse(oembedBody(post, query));
    case 'protected':
    case 'age-restricted':
    case 'withheld':
      return jsonResponse(
        {
          error: 'Sorry, you are not authorized to see this status.',
          request: `/oembed?${query.toString()}`,
        },
        403,
      );
    default:
      return errorPage(404, 'Sorry, that page does not exist');
  }
}

function oembedBody(post: Post, query: URLSearchParams): Record<string, unknown> {
  const handle = post.author.handle;
  const statusUrl = `https://x.com/${handle}/status/${post.id}`;
  const maxwidth = Number(query.get('maxwidth') ?? Number.NaN);
  const width = Number.isFinite(maxwidth) ? Math.min(550, Math.max(220, maxwidth)) : 550;
  const attrs = [
    'class="twitter-tweet"',
    ...(Number.isFinite(maxwidth) ? [`data-width="${width}"`] : []),
    ...(isTrue(query.get('dnt')) ? ['data-dnt="true"'] : []),
    ...(query.get('theme') === 'dark' ? ['data-theme="dark"'] : []),
  ].join(' ');
  const dir = RTL_LANGS.has(post.lang) ? 'rtl' : 'ltr';
  const date = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  }).format(new Date(post.createdAt));
  const script = isTrue(query.get('omit_script'))
    ? ''
    : '\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n';
  const html =
    `<blockquote ${attrs}><p lang="${post.lang}" dir="${dir}">${paragraph(post)}</p>` +
    `&mdash; ${escapeHtml(post.author.name)} (@${handle}) ` +
    `<a href="${statusUrl}?ref_src=twsrc%5Etfw">${date}</a></blockquote>${script}`;
  return {
    url: statusUrl,
    author_name: post.author.name,
    author_url: `https://x.com/${handle}`,
    html,
    width,
    height: null,
    type: 'rich',
    cache_age: '3153600000',
    provider_name: 'X',
    provider_url: 'https://x.com',
    version: '1.0',
  };
}

/**
 * The post text as publish.x.com writes the embed paragraph: a t.co link shows the t.co URL itself,
 * media shows pic.twitter.com/CODE, mentions and hashtags link to x.com (2025 answers; older ones
 * linked twitter.com). A long post shows its whole text, or (`longPostOembed: "preview"`) the preview
 * ending in "…", which of the two X does is not observed.
 */
function paragraph(post: Post): string {
  const replacements: Array<[string, string]> = [
    ...post.urls.map((u): [string, string] => [u.tco, `<a href="${u.tco}">${u.tco}</a>`]),
    ...post.media.map((m): [string, string] => [
      m.tco,
      `<a href="${m.tco}">${m.display.replace(/^pic\.x\.com/, 'pic.twitter.com')}</a>`,
    ]),
    ...post.hashtags.map((tag): [string, string] => [
      `#${tag}`,
      `<a href="https://x.com/hashtag/${tag}?src=hash&amp;ref_src=twsrc%5Etfw">#${tag}</a>`,
    ]),
    ...post.mentions.map((m): [string, string] => [
      `@${m.handle}`,
      `<a href="https://x.com/${m.handle}?ref_src=twsrc%5Etfw">@${m.handle}</a>`,
    ]),
  ];
  const text =
    isLongPost(post) && post.longPostOembed === 'preview'
      ? `${longPostPreview(post)}… ${[...new Set(post.media.map((m) => m.tco))].join(' ')}`.trimEnd()
      : post.text;
  // Split on the entity tokens so the text between them is escaped and the links are not.
  let parts: Array<string | { html: string }> = [text];
  for (const [token, html] of replacements) {
    parts = parts.flatMap((part) => {
      if (typeof part !== 'string' || !part.includes(token)) return [part];
      const pieces = part.split(token);
      return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [{ html }, piece]));
    });
  }
  return parts
    .map((part) => (typeof part === 'string' ? escapeHtml(part).replaceAll('\n', '<br>') : part.html))
    .join('');
}

function isTrue(value: string | null): boolean {
  return value === 'true' || value === 't' || value === '1';
}
