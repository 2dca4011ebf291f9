import type { PostLink, RetrievedPost } from '../result.js';
import { decodeTweetText } from './decode-text.js';
import type { SyndicationTweet } from './schemas.js';

/**
 * Whether entity indices count the escaped text (`&amp;` as 5) rather than the decoded one:
 * samples disagree, so ask an entity whose indices should frame its own t.co URL.
 */
function indicesCountEscapedText(tweet: SyndicationTweet): boolean {
  const raw = Array.from(tweet.text);
  const decoded = Array.from(decodeTweetText(tweet.text));
  for (const entity of [...tweet.entities.urls, ...tweet.entities.media]) {
    if (!entity.indices) continue;
    const [start, end] = entity.indices;
    if (decoded.slice(start, end).join('') === entity.url) return false;
    if (raw.slice(start, end).join('') === entity.url) return true;
  }
  return false;
}

/**
 * The text X displays: the post text up to the end of `display_text_range`, which drops the
 * trailing media link X shows as media. Leading reply mentions are kept, because embeds show
 * them. Indices count Unicode code points (as react-tweet does), not UTF-16 units; an
 * inconsistent range is ignored rather than trusted.
 */
function displayedText(tweet: SyndicationTweet): string {
  const decoded = decodeTweetText(tweet.text);
  const range = tweet.display_text_range;
  if (!range) return decoded;
  const escaped = indicesCountEscapedText(tweet);
  const points = Array.from(escaped ? tweet.text : decoded);
  const [start, end] = range;
  if (start < 0 || end < start || end > points.length) return decoded;
  const shown = points.slice(0, end).join('');
  return (escaped ? decodeTweetText(shown) : shown).trimEnd();
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
