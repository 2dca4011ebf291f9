import type { Post } from './scenario.js';
import { mediaExpandedUrl, type ScenarioIndex } from './scenario-index.js';

type Json = Record<string, unknown>;

/** A post is long (a note tweet) over 280 characters; syndication then sends only a preview of it. */
export const LONG_POST_LIMIT = 280;
// The preview's length in code points, cut mid-word and without "…", as X cuts it.
const PREVIEW_LENGTH = 276;

/** Whether X treats the post as a long post (note tweet). */
export function isLongPost(post: Post): boolean {
  return Array.from(post.text).length > LONG_POST_LIMIT;
}

/** The first characters of a long post, as syndication's `text` holds them. */
export function longPostPreview(post: Post): string {
  return Array.from(post.text).slice(0, PREVIEW_LENGTH).join('');
}

/**
 * The syndication `tweet-result` body of an available post (reference §1.2), as real 2023–2026
 * answers have it. `userLess` leaves `user` out, as X does when the account no longer exists.
 */
export function tweetResultBody(
  post: Post,
  index: ScenarioIndex,
  options: { userLess?: boolean } = {},
): Json {
  const base = tweetBase(post);
  if (options.userLess) delete base.user;
  const body: Json = {
    __typename: 'Tweet',
    ...base,
    favorite_count: post.favoriteCount,
    conversation_count: post.conversationCount,
    news_action_type: 'conversation',
    ...editFields(post),
  };
  const quoted = post.quotedId === undefined ? undefined : index.post(post.quotedId);
  if (quoted && quoted.state.status === 'available') {
    body.quoted_tweet = {
      ...tweetBase(quoted),
      reply_count: 0,
      retweet_count: 0,
      favorite_count: quoted.favoriteCount,
      self_thread: { id_str: quoted.id },
      // Quoted posts carry their own edit state (real 2023 answers).
      ...editFields(quoted),
    };
  }
  const parent = post.replyToId === undefined ? undefined : index.post(post.replyToId);
  if (parent) {
    body.in_reply_to_screen_name = parent.author.handle;
    body.in_reply_to_status_id_str = parent.id;
    body.in_reply_to_user_id_str = parent.author.userId;
    if (parent.state.status === 'available') {
      body.parent = {
        ...tweetBase(parent),
        reply_count: 0,
        retweet_count: 0,
        favorite_count: parent.favoriteCount,
      };
    }
  }
  return body;
}

/**
 * The text syndication holds: the whole post, or a long post's preview followed by its media link
 * (the link's place in a long post's preview is not observed; after the preview is where X puts it).
 */
function syndicationText(post: Post): string {
  if (!isLongPost(post)) return post.text;
  const tail = [...new Set(post.media.map((item) => item.tco))].join(' ');
  return tail === '' ? longPostPreview(post) : `${longPostPreview(post)} ${tail}`;
}

/** Fields shared by a post, its quoted post and its parent. */
function tweetBase(post: Post): Json {
  const text = escapeText(syndicationText(post));
  const base: Json = {
    lang: post.lang,
    created_at: `${post.createdAt.slice(0, 19)}.000Z`,
    display_text_range: displayTextRange(text, post),
    entities: entities(text, post),
    id_str: post.id,
    text,
    user: user(post),
    possibly_sensitive: post.possiblySensitive,
  };
  // The note_tweet id is opaque (base64 of "NoteTweet:<id>" in captured answers); only its presence matters.
  if (isLongPost(post)) base.note_tweet = { id: Buffer.from(`NoteTweet:${post.id}`).toString('base64') };
  if (post.media.length > 0) {
    const photos = post.media.filter((item) => item.type === 'photo');
    base.photos = photos.map((item) => ({
      backgroundColor: { red: 204, green: 214, blue: 221 },
      cropCandidates: [],
      expandedUrl: mediaExpandedUrl(post, item),
      url: mediaImage(post, item),
      width: 1200,
      height: 675,
    }));
    const moving = post.media.find((item) => item.type !== 'photo');
    if (moving) {
      base.video = {
        aspectRatio: [16, 9],
        contentType: moving.type === 'video' ? 'media_entity' : 'gif',
        durationMs: moving.type === 'video' ? 12_000 : 0,
        mediaAvailability: { status: 'available' },
        poster: mediaImage(post, moving),
        variants: [{ type: 'video/mp4', src: videoUrl(post, moving) }],
        videoId: { type: 'tweet', id: post.id },
        viewCount: 0,
      };
    }
    base.mediaDetails = post.media.map((item) => {
      const indices = indicesOf(text, item.tco);
      const detail: Json = {
        display_url: item.display,
        expanded_url: mediaExpandedUrl(post, item),
        ext_media_availability: { status: 'Available' },
        indices,
        media_url_https: mediaImage(post, item),
        original_info: { width: 1200, height: 675, focus_rects: [] },
        sizes: {
          large: { h: 675, resize: 'fit', w: 1200 },
          medium: { h: 675, resize: 'fit', w: 1200 },
          small: { h: 383, resize: 'fit', w: 680 },
          thumb: { h: 150, resize: 'crop', w: 150 },
        },
        type: item.type,
        url: item.tco,
      };
      if (item.altText !== undefined) detail.ext_alt_text = item.altText;
      if (item.type !== 'photo') {
        detail.video_info = {
          aspect_ratio: [16, 9],
          ...(item.type === 'video' ? { duration_millis: 12_000 } : {}),
          variants: [
            {
              ...(item.type === 'video' ? { bitrate: 832000 } : {}),
              content_type: 'video/mp4',
              url: videoUrl(post, item),
            },
          ],
        };
      }
      return detail;
    });
  }
  return base;
}

type Media = Post['media'][number];

// Each photo of a multi-photo post has its own image, though all share one t.co link.
function mediaImage(post: Post, item: Media): string {
  const n = post.media.indexOf(item);
  return `https://pbs.twimg.com/media/${item.display.split('/')[1]}${n > 0 ? `-${n + 1}` : ''}.jpg`;
}

function videoUrl(post: Post, item: Media): string {
  return `https://video.twimg.com/${item.type}/${post.id}/vid/avc1/1280x720/clip.mp4`;
}

function user(post: Post): Json {
  return {
    id_str: post.author.userId,
    name: post.author.name,
    screen_name: post.author.handle,
    is_blue_verified: post.author.isBlueVerified,
    profile_image_shape: 'Circle',
    profile_image_url_https: `https://pbs.twimg.com/profile_images/${post.author.userId}/avatar_normal.jpg`,
    verified: post.author.verified,
  };
}

/**
 * Entity lists, each only for tokens in the text sent (a long post's preview may cut some off). Empty
 * lists are omitted (`entityLists: "omitted"`, May 2026), `[]` (2023) or `{}` (2026, emusks sample).
 * A multi-photo post has one `media` entry: its photos share one t.co link.
 */
function entities(text: string, post: Post): Json {
  const present = (token: string) => text.includes(token);
  const lists: Record<string, Json[]> = {
    hashtags: post.hashtags
      .filter((tag) => present(`#${tag}`))
      .map((tag) => ({ indices: indicesOf(text, `#${tag}`), text: tag })),
    urls: post.urls
      .filter((url) => present(url.tco))
      .map((url) => ({
        display_url: url.display,
        expanded_url: url.expanded,
        indices: indicesOf(text, url.tco),
        url: url.tco,
      })),
    user_mentions: post.mentions
      .filter((mention) => present(`@${mention.handle}`))
      .map((mention) => ({
        id_str: mention.userId,
        indices: indicesOf(text, `@${mention.handle}`),
        name: mention.name,
        screen_name: mention.handle,
      })),
    symbols: [],
    media: [...new Map(post.media.map((item) => [item.tco, item])).values()]
      .filter((item) => present(item.tco))
      .map((item) => ({
        display_url: item.display,
        expanded_url: mediaExpandedUrl(post, item),
        indices: indicesOf(text, item.tco),
        url: item.tco,
      })),
  };
  const result: Json = {};
  for (const [name, list] of Object.entries(lists)) {
    if (list.length > 0) result[name] = list;
    else if (post.entityLists === 'empty-arrays' && name !== 'media') result[name] = [];
    else if (post.entityLists === 'empty-objects' && name !== 'media') result[name] = {};
  }
  return result;
}

function editFields(post: Post): Json {
  const ids = post.edits?.ids ?? [post.id];
  const isStaleEdit = post.edits?.isStaleEdit ?? ids[ids.length - 1] !== post.id;
  // Edits are allowed for an hour after the first version.
  const editableUntil = Date.parse(post.createdAt) + 3_600_000;
  return {
    edit_control: {
      edit_tweet_ids: ids,
      editable_until_msecs: String(editableUntil),
      is_edit_eligible: true,
      edits_remaining: String(Math.max(0, 5 - (ids.length - 1))),
    },
    isEdited: ids.length > 1,
    isStaleEdit,
  };
}

/**
 * Trailing media links fall outside the displayed range, as on X. The range counts UTF-16 code units
 * (entity indices count code points): real answers show it with every emoji outside the BMP.
 */
function displayTextRange(text: string, post: Post): [number, number] {
  const starts = post.media.filter((item) => text.includes(item.tco)).map((item) => text.indexOf(item.tco));
  const end = starts.length === 0 ? text.length : Math.min(...starts);
  return [0, text.slice(0, end).trimEnd().length];
}

/** [start, end] of `token` in code points, as react-tweet slices `Array.from(text)`. */
function indicesOf(text: string, token: string): [number, number] {
  const at = text.indexOf(token);
  const start = at < 0 ? 0 : Array.from(text.slice(0, at)).length;
  return [start, start + Array.from(token).length];
}

/** Syndication text carries `&amp; &lt; &gt;` like the v1.1 API did. */
function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
