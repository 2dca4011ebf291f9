import type { PostLink, RetrievedPost } from '../result.js';
import { decodeTweetText } from './post-text-entities.js';
import type { SyndicationTweet, TweetBase } from './schemas.js';

/** The parts of a post, quoted post or parent that the displayed text depends on. */
type TextSource = Pick<TweetBase, 'display_text_range' | 'entities' | 'mediaDetails'> & { text: string };

const TRAILING_TCO = /\s*(https?:\/\/t\.co\/([A-Za-z0-9]+))\s*$/;
// What X may leave outside the displayed range: media and quote links, nothing else.
const HIDDEN_TAIL = /^(?:\s*https?:\/\/t\.co\/[A-Za-z0-9]+)*\s*$/;

/**
 * Whether entity indices count the escaped text (`&amp;` as 5) rather than the decoded one:
 * samples disagree, so ask an entity whose indices should frame its own t.co URL.
 */
function indicesCountEscapedText(tweet: TextSource): boolean {
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

/** The UTF-16 offset of code point `points` in `text` (entity indices count code points). */
function unitOffset(text: string, points: number): number {
  return Array.from(text).slice(0, Math.max(0, points)).join('').length;
}

/** Where the first media entity starts, in code points (react-tweet's `fixRange` clamps there). */
function firstMediaStart(tweet: TextSource): number | null {
  const starts = [...tweet.entities.media, ...tweet.mediaDetails].flatMap((media) =>
    media.indices ? [media.indices[0]] : [],
  );
  return starts.length > 0 ? Math.min(...starts) : null;
}

/** t.co codes of the post's own links (entities.urls): shown as links, never dropped as media. */
function linkCodes(tweet: TextSource): Set<string> {
  return new Set(tweet.entities.urls.map((entity) => entity.url.slice(entity.url.lastIndexOf('/') + 1)));
}

/**
 * The text X displays. `display_text_range` counts UTF-16 code units (entity indices count code
 * points), and X hides only media and quote links beyond it: a range whose cut-off part holds
 * anything else is not trusted. The end never passes the first media entity (as react-tweet's
 * `fixRange`), and a trailing t.co link of a post with media is its media link even when no
 * entity names it (2026 answers with `entities.media` missing). Leading reply mentions are kept,
 * because embeds show them. Returns the text and the t.co links dropped as media.
 */
function displayedText(tweet: TextSource, hasMedia: boolean): { text: string; mediaLinks: string[] } {
  const escaped = indicesCountEscapedText(tweet);
  const source = escaped ? tweet.text : decodeTweetText(tweet.text);
  let end = source.length;
  const range = tweet.display_text_range;
  if (range && range[0] >= 0 && range[1] >= range[0]) end = Math.min(range[1], source.length);
  const mediaStart = firstMediaStart(tweet);
  if (mediaStart !== null) end = Math.min(end, unitOffset(source, mediaStart));
  // Never split a surrogate pair (a range counted in code points would land inside one).
  if (end > 0 && /[\uD800-\uDBFF]/.test(source.charAt(end - 1))) end -= 1;
  if (!HIDDEN_TAIL.test(source.slice(end))) end = source.length;
  const shown = escaped ? decodeTweetText(source.slice(0, end)) : source.slice(0, end);
  // X gives all of a post's media one t.co link, so at most one trailing link is media.
  const match = hasMedia ? TRAILING_TCO.exec(shown) : null;
  if (!match || linkCodes(tweet).has(match[2] ?? '')) return { text: shown.trimEnd(), mediaLinks: [] };
  return { text: shown.slice(0, match.index).trimEnd(), mediaLinks: [match[1] ?? ''] };
}

/** Whether the post carries media in any of the places X puts it. */
function carriesMedia(tweet: SyndicationTweet): boolean {
  return tweet.entities.media.length > 0 || tweet.mediaDetails.length > 0;
}

function linksOf(tweet: SyndicationTweet, untaggedMedia: readonly string[]): PostLink[] {
  const links: PostLink[] = [];
  const seen = new Set<string>();
  const add = (
    kind: PostLink['kind'],
    entity: { url?: string | undefined; expanded_url?: string | undefined; display_url?: string | undefined },
  ) => {
    // Several photos share one t.co link: list it once.
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
  // A media link only the text names: where it leads is the first media item's page.
  for (const url of untaggedMedia) add('media', { url, expanded_url: tweet.mediaDetails[0]?.expanded_url });
  return links;
}

function editOf(tweet: SyndicationTweet): RetrievedPost['edit'] {
  if (!tweet.edit_control && tweet.isEdited === undefined && tweet.isStaleEdit === undefined) return null;
  // Unedited posts may list their own ID twice: only distinct IDs are versions.
  const editIds = [...new Set(tweet.edit_control?.edit_tweet_ids ?? [])];
  return {
    isEdited: tweet.isEdited ?? editIds.length > 1,
    isStaleEdit: tweet.isStaleEdit ?? false,
    editIds,
  };
}

/** A long post (note tweet): syndication sends `note_tweet` and only a preview as `text`. */
export function isLongPostPreview(tweet: SyndicationTweet): boolean {
  return tweet.note_tweet !== undefined && tweet.note_tweet !== null;
}

/** The quoted post's text as its own embed shows it: cut to its own display range. */
function quotedTextOf(tweet: SyndicationTweet): string | null {
  const quoted = tweet.quoted_tweet;
  if (quoted?.text === undefined) return null;
  const hasMedia = quoted.entities.media.length > 0 || quoted.mediaDetails.length > 0;
  return displayedText({ ...quoted, text: quoted.text }, hasMedia).text;
}

/** Normalizes a validated syndication post to the shared RetrievedPost shape. PURE. */
export function postFromSyndication(tweet: SyndicationTweet): RetrievedPost {
  const shown = displayedText(tweet, carriesMedia(tweet));
  const preview = isLongPostPreview(tweet);
  return {
    id: tweet.id_str,
    handle: tweet.user?.screen_name ?? null,
    name: tweet.user?.name ?? null,
    userId: tweet.user?.id_str ?? null,
    createdAt: tweet.created_at,
    text: shown.text,
    links: linksOf(tweet, shown.mediaLinks),
    quotedText: quotedTextOf(tweet),
    replyTo: tweet.in_reply_to_screen_name ?? tweet.parent?.user?.screen_name ?? null,
    lang: tweet.lang ?? null,
    edit: editOf(tweet),
    truncated: preview,
    ...(preview ? { truncation: 'long-post-preview' as const } : {}),
  };
}
