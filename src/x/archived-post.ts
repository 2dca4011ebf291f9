import * as cheerio from 'cheerio';
import { z } from 'zod';
import type { PostLink, RetrievedPost } from '../result.js';
import { linkHostRole, parseStatusTarget } from '../x-url/index.js';
import { decodeTweetText } from './decode-text.js';
import { readEmbedBlockquote } from './embed-blockquote.js';
import { parseJsonBody } from './json-body.js';
import { readSyndicationBody } from './syndication.js';

// Archived API answers (v1.1 `{id_str, text, user}` or v2 `{data: {id, text}}`), as waybacktweets reads them.
const ApiTweetSchema = z.object({
  id_str: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string().optional(),
  full_text: z.string().optional(),
  user: z.object({ screen_name: z.string().optional(), name: z.string().optional() }).optional(),
  created_at: z.string().optional(),
});
const ApiAnswerSchema = z.union([z.object({ data: ApiTweetSchema }), ApiTweetSchema]);

function bareArchivedPost(statusId: string, text: string): RetrievedPost {
  return {
    id: statusId,
    handle: null,
    name: null,
    userId: null,
    createdAt: null,
    text,
    links: [],
    quotedText: null,
    replyTo: null,
    lang: null,
    edit: null,
    truncated: text.endsWith('…'),
  };
}

function fromJson(statusId: string, value: unknown): RetrievedPost | null {
  const syndication = readSyndicationBody(statusId, value, '');
  if (syndication.kind === 'post') return syndication.post;
  const parsed = ApiAnswerSchema.safeParse(value);
  if (!parsed.success) return null;
  const tweet = 'data' in parsed.data ? parsed.data.data : parsed.data;
  const id = tweet.id_str ?? (tweet.id === undefined ? undefined : String(tweet.id));
  const text = tweet.full_text ?? tweet.text;
  // A capture of some other post (a timeline, a reply) is not evidence about this one.
  if (text === undefined || id !== statusId) return null;
  return {
    ...bareArchivedPost(statusId, decodeTweetText(text)),
    handle: tweet.user?.screen_name ?? null,
    name: tweet.user?.name ?? null,
    createdAt: tweet.created_at ?? null,
  };
}

/**
 * A pre-2023 twitter.com permalink page: `.permalink-tweet[data-tweet-id]` holding `p.tweet-text`
 * and `._timestamp[data-time-ms]`. Links become their t.co URL in the text, as in syndication
 * text; the hidden trailing media link is listed but left out of the text, as X displays it.
 */
function fromPermalinkPage($: cheerio.CheerioAPI, statusId: string): RetrievedPost | null {
  const tweet = $(`.permalink-tweet[data-tweet-id="${statusId}"]`).first();
  const paragraph = tweet.find('p.tweet-text').first();
  if (paragraph.length === 0) return null;
  const links: PostLink[] = [];
  paragraph.find('br').replaceWith('\n');
  paragraph.find('a.twitter-timeline-link').each((_, anchor) => {
    const link = $(anchor);
    const url = link.attr('href') ?? '';
    const shown = (link.find('.js-display-url').text() || link.text()).trim();
    const media = link.hasClass('u-hidden') || linkHostRole(shown) === 'pic';
    links.push({
      url,
      expandedUrl: link.attr('data-expanded-url') ?? null,
      displayUrl: shown,
      kind: media ? 'media' : 'url',
    });
    link.replaceWith(media ? '' : url);
  });
  const ms = Number(tweet.find('._timestamp[data-time-ms]').attr('data-time-ms'));
  return {
    ...bareArchivedPost(statusId, paragraph.text().trim()),
    handle: tweet.attr('data-screen-name') ?? null,
    name: tweet.attr('data-name') ?? null,
    userId: tweet.attr('data-user-id') ?? null,
    createdAt: Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null,
    links,
  };
}

function fromHtml(statusId: string, html: string): RetrievedPost | null {
  const quote = readEmbedBlockquote(html);
  if (quote && quote.statusId === statusId) {
    return {
      ...bareArchivedPost(statusId, quote.text),
      handle: quote.handle,
      name: quote.name,
      createdAt: quote.date,
      links: quote.links,
      truncated: quote.truncated,
    };
  }
  const $ = cheerio.load(html);
  const permalink = fromPermalinkPage($, statusId);
  if (permalink) return permalink;
  // Failing the markup, og:url names the post and og:description quotes it as “text”.
  const ogUrl = $('meta[property="og:url"]').attr('content');
  const description = $('meta[property="og:description"]').attr('content');
  const target = ogUrl ? parseStatusTarget(ogUrl) : null;
  if (!target || target.statusId !== statusId || description === undefined) return null;
  const title = $('meta[property="og:title"]').attr('content') ?? '';
  return {
    ...bareArchivedPost(statusId, description.replace(/^\s*“([\s\S]*)”\s*$/, '$1')),
    handle: target.handle,
    name: /^(.+?) on (?:Twitter|X)\b/.exec(title)?.[1] ?? null,
  };
}

/**
 * Reads the cited post from an archived capture: a syndication JSON, an API JSON
 * (`data.text` / `text`), an embed blockquote or an old permalink page. PURE.
 * Returns null when the capture does not show this post (login walls, JS shells, other posts).
 */
export function readArchivedPost(
  statusId: string,
  body: string,
  contentType: string | undefined,
): RetrievedPost | null {
  const json = parseJsonBody(body, contentType);
  if (json.ok) return fromJson(statusId, json.value);
  return fromHtml(statusId, body);
}
