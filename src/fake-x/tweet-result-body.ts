import type { Post } from './scenario.js';
import { mediaExpandedUrl, type ScenarioIndex } from './scenario-index.js';

type Json = Record<string, unknown>;

/** The syndication `tweet-result` body of an available post (reference §1.2), as of 2026. */
export function tweetResultBody(post: Post, index: ScenarioIndex): Json {
  const body: Json = {
    __typename: 'Tweet',
    ...tweetBase(post),
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

/** Fields shared by a post, its quoted post and its parent. */
function tweetBase(post: Post): Json {
  const text = escapeText(post.text);
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
  if (post.media.length > 0) {
    base.mediaDetails = post.media.map((item) => {
      const indices = indicesOf(text, item.tco);
      const detail: Json = {
        display_url: item.display,
        expanded_url: mediaExpandedUrl(post, item),
        ext_media_availability: { status: 'Available' },
        indices,
        media_url_https: `https://pbs.twimg.com/media/${item.display.split('/')[1]}.jpg`,
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
              url: `https://video.twimg.com/${item.type}/${post.id}/vid/avc1/1280x720/clip.mp4`,
            },
          ],
        };
      }
      return detail;
    });
  }
  return base;
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

/** Entity arrays are omitted when empty (the May 2026 change); all empty gives `entities: {}`. */
function entities(text: string, post: Post): Json {
  const result: Json = {};
  if (post.hashtags.length > 0) {
    result.hashtags = post.hashtags.map((tag) => ({ indices: indicesOf(text, `#${tag}`), text: tag }));
  }
  if (post.mentions.length > 0) {
    result.user_mentions = post.mentions.map((mention) => ({
      id_str: mention.userId,
      indices: indicesOf(text, `@${mention.handle}`),
      name: mention.name,
      screen_name: mention.handle,
    }));
  }
  if (post.urls.length > 0) {
    result.urls = post.urls.map((url) => ({
      display_url: url.display,
      expanded_url: url.expanded,
      indices: indicesOf(text, url.tco),
      url: url.tco,
    }));
  }
  if (post.media.length > 0) {
    result.media = post.media.map((item) => ({
      display_url: item.display,
      expanded_url: mediaExpandedUrl(post, item),
      indices: indicesOf(text, item.tco),
      url: item.tco,
    }));
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

/** Trailing media links fall outside the displayed range, as on X. */
function displayTextRange(text: string, post: Post): [number, number] {
  const length = Array.from(text).length;
  const firstMedia = post.media
    .map((item) => indicesOf(text, item.tco)[0])
    .reduce((min, start) => Math.min(min, start), length);
  const end = firstMedia === length ? length : firstMedia;
  const displayed = Array.from(text).slice(0, end).join('').trimEnd();
  return [0, Array.from(displayed).length];
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
