import type { PostLink, RetrievedPost } from '../result.js';
import { decodeTweetText } from './decode-text.js';
import type { SyndicationTweet } from './schemas.js';

/**
 * The text X displays: the post text up to the end of `display_text_range`, which drops the
 * trailing media link X shows as media. Leading reply mentions are kept, because embeds show
 * them. Indices count Unicode code points of the decoded text (as react-tweet does), not
 * UTF-16 units; an inconsistent range is ignored rather than trusted.
 */
function displayedText(tweet: SyndicationTweet): string {
  const text = decodeTweetText(tweet.text);
  const range = tweet.display_text_range;
  if (!range) return text;
  const points = Array.from(text);
  const [start, end] = range;
  if (start < 0 || end < start || end > points.length) return text;
  return points.slice(0, end).join('').trimEnd();
}

function linksOf(tweet: SyndicationTweet): PostLink[] {
  const links: PostLink[] = [];
  const seen = new Set<string>();
  const add = (
    kind: PostLink['kind'],
    entity: { url?: string | undefined; expanded_url?: string | undefined; display_url?: string | undefined },
  ) => {
    // Several photos share one t.co link in the legacy model: list it once.
    if (!entity.url || seen.has(entity.url)) return;
    seen.add(entity.url);
    links.push({
      url: entity.url,
      expandedUrl: entity.expanded_url ?? null,
      displayUrl: entity.display_url ?? null,
      kind,
    });
  };
  for (const entity of tweet.entities.urls) add('url', entity);
  for (const entity of tweet.entities.media) add('media', entity);
  // Some 2026 payloads omit entities.media but keep mediaDetails.
  for (const detail of tweet.mediaDetails) add('media', detail);
  return links;
}

function editOf(tweet: SyndicationTweet): RetrievedPost['edit'] {
  if (!tweet.edit_control && tweet.isEdited === undefined && tweet.isStaleEdit === undefined) return null;
  const editIds = tweet.edit_control?.edit_tweet_ids ?? [];
  return {
    isEdited: tweet.isEdited ?? editIds.length > 1,
    isStaleEdit: tweet.isStaleEdit ?? false,
    editIds,
  };
}

/** Normalizes a validated syndication post to the shared RetrievedPost shape. PURE. */
export function postFromSyndication(tweet: SyndicationTweet): RetrievedPost {
  return {
    id: tweet.id_str,
    handle: tweet.user?.screen_name ?? null,
    name: tweet.user?.name ?? null,
    userId: tweet.user?.id_str ?? null,
    createdAt: tweet.created_at,
    text: displayedText(tweet),
    links: linksOf(tweet),
    quotedText: tweet.quoted_tweet?.text === undefined ? null : decodeTweetText(tweet.quoted_tweet.text),
    replyTo: tweet.in_reply_to_screen_name ?? tweet.parent?.user?.screen_name ?? null,
    lang: tweet.lang ?? null,
    edit: editOf(tweet),
    truncated: false,
  };
}
