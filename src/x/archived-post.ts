import * as cheerio from 'cheerio';
import { z } from 'zod';
import type { RetrievedPost } from '../result.js';
import { decodeTweetText } from './decode-text.js';
import { readEmbedBlockquote } from './embed-blockquote.js';
import { parseJsonBody } from './json-body.js';
import { parseStatusTarget } from './status-url-target.js';
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
  // Pre-2023 twitter.com permalink pages: og:url names the post, og:description quotes it as “text”.
  const $ = cheerio.load(html);
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
