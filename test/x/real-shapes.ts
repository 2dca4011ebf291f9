/**
 * Project-written tweet-result bodies (invented text) in each shape real X answers take (see
 * ../shared/reference/x-samples/README.md): so the in-repo suite covers them without ../shared.
 * Ranges count UTF-16 units and entity indices code points, as X's do.
 */

export const SHAPE_ID = '1921269057030176892';

const points = (text: string) => Array.from(text).length;

/** [start, end] of `token` in code points. */
function indicesOf(text: string, token: string): [number, number] {
  const start = points(text.slice(0, text.indexOf(token)));
  return [start, start + points(token)];
}

const user = { id_str: '90210', name: 'Millbrook Pier', screen_name: 'MbkPier', is_blue_verified: false };

function tweet(text: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    __typename: 'Tweet',
    lang: 'en',
    favorite_count: 3,
    created_at: '2025-05-10T17:45:00.000Z',
    id_str: SHAPE_ID,
    text,
    user,
    edit_control: {
      edit_tweet_ids: [SHAPE_ID],
      editable_until_msecs: '1746902700000',
      is_edit_eligible: true,
      edits_remaining: '5',
    },
    conversation_count: 0,
    news_action_type: 'conversation',
    isEdited: false,
    isStaleEdit: false,
    ...fields,
  };
}

function photo(tco: string, text: string, n = 1, type = 'photo'): Record<string, unknown> {
  const code = tco.slice(tco.lastIndexOf('/') + 1);
  return {
    display_url: `pic.x.com/${code}`,
    expanded_url: `https://x.com/MbkPier/status/${SHAPE_ID}/photo/1`,
    ext_media_availability: { status: 'Available' },
    indices: indicesOf(text, tco),
    media_url_https: `https://pbs.twimg.com/media/Invented${n}.jpg`,
    type,
    url: tco,
  };
}

/** Emoji before a trailing photo: the shape whose range, read in code points, overshoots into "ht". */
export const EMOJI_PHOTO_SHOWN = 'Lanterns up for opening night 🎉🏮🌊 #PierNights #MB';
const emojiText = `${EMOJI_PHOTO_SHOWN} https://t.co/Ln4tErNs0k`;
export const emojiPhoto = tweet(emojiText, {
  display_text_range: [0, EMOJI_PHOTO_SHOWN.length],
  entities: {
    hashtags: [
      { indices: indicesOf(emojiText, '#PierNights'), text: 'PierNights' },
      { indices: indicesOf(emojiText, '#MB'), text: 'MB' },
    ],
    urls: [],
    user_mentions: [],
    symbols: [],
    media: [{ ...photo('https://t.co/Ln4tErNs0k', emojiText), media_url_https: undefined }],
  },
  mediaDetails: [photo('https://t.co/Ln4tErNs0k', emojiText)],
  photos: [
    {
      expandedUrl: `https://x.com/MbkPier/status/${SHAPE_ID}/photo/1`,
      url: 'https://pbs.twimg.com/media/Invented1.jpg',
      width: 1200,
      height: 800,
    },
  ],
});

/** A long post (note tweet): X's preview is the first 275 characters or so, cut mid-word, with no "…". */
export const LONG_POST_FULL =
  'Pier works update for everyone who asked at the meeting on Thursday: the north deck reopens on Monday at 7am, ' +
  'the south steps stay closed until the handrails pass their load test, and the ferry stop moves back to berth 2. ' +
  'Cyclists please walk across the boards between 7 and 10 on weekdays while the crews finish the lighting. ' +
  'Full timetable on the council site.';
export const LONG_POST_PREVIEW = Array.from(LONG_POST_FULL).slice(0, 276).join('');
export const longPost = tweet(LONG_POST_PREVIEW, {
  display_text_range: [0, LONG_POST_PREVIEW.length],
  entities: { hashtags: [], urls: [], user_mentions: [], symbols: [] },
  note_tweet: { id: 'Tm90ZVR3ZWV0OjE5MjEyNjkwNTcwMzAxNzY4OTI=' },
});

/** What X sends for some age-restricted posts: the type and nothing else. */
export const bareTombstone = { __typename: 'TweetTombstone' };

/** A post whose account no longer exists: everything but `user` (react-tweet#144). */
export const userLess = (() => {
  const { user: _gone, ...rest } = tweet('Ferry back on the half hour from tomorrow.', {
    display_text_range: [0, 42],
    entities: {},
  });
  return rest;
})();

/** 2026: entity lists as `{}`. */
export const emptyEntities = tweet('Tide tables for May are pinned at the kiosk.', {
  display_text_range: [0, 44],
  entities: { hashtags: {}, urls: {}, user_mentions: {}, symbols: {} },
});

/** Three photos: one entities.media entry (one t.co link), three mediaDetails sharing it, all …/photo/1. */
const multiText = 'Three views from the new deck https://t.co/Thr3eV1ewz';
export const multiPhoto = tweet(multiText, {
  display_text_range: [0, 29],
  entities: { media: [photo('https://t.co/Thr3eV1ewz', multiText)] },
  mediaDetails: [1, 2, 3].map((n) => photo('https://t.co/Thr3eV1ewz', multiText, n)),
});

/** A GIF: `animated_gif`, and its link still points at …/photo/1. */
const gifText = 'When the ferry is on time https://t.co/G1fFerryOk';
export const gif = tweet(gifText, {
  display_text_range: [0, 25],
  entities: { media: [photo('https://t.co/G1fFerryOk', gifText, 1, 'animated_gif')] },
  mediaDetails: [photo('https://t.co/G1fFerryOk', gifText, 1, 'animated_gif')],
});

/** 2026: `entities.media` missing, mediaDetails without url or indices, the range over the whole text. */
const untaggedText = 'Sunrise shift on the pier https://t.co/Un7aggedPc';
export const untaggedMedia = tweet(untaggedText, {
  display_text_range: [0, untaggedText.length],
  entities: {},
  mediaDetails: [{ type: 'photo', expanded_url: `https://x.com/MbkPier/status/${SHAPE_ID}/photo/1` }],
});

/** An unedited post listing its own ID twice in edit_tweet_ids. */
export const ownIdTwice = tweet('Lights on the pier tonight from 9.', {
  display_text_range: [0, 34],
  entities: {},
  edit_control: { edit_tweet_ids: [SHAPE_ID, SHAPE_ID] },
  isEdited: undefined,
});

/** A quote post: the quoted post has its own range, which leaves out its trailing photo link. */
const quotedText = 'Deck boards arriving this week 🚚 https://t.co/Qu0tedPic1';
export const quotePost = tweet('Worth the wait.', {
  display_text_range: [0, 15],
  entities: {},
  quoted_tweet: {
    id_str: '1921000000000000001',
    text: quotedText,
    display_text_range: [0, 'Deck boards arriving this week 🚚'.length],
    entities: {
      media: [{ url: 'https://t.co/Qu0tedPic1', indices: indicesOf(quotedText, 'https://t.co/Qu0tedPic1') }],
    },
    user: { screen_name: 'MbkWorks', name: 'Millbrook Works' },
    edit_control: { edit_tweet_ids: ['1921000000000000001'] },
    isEdited: false,
    isStaleEdit: false,
    photos: [],
  },
});

/**
 * A quote post whose text still carries the t.co link to the quoted post, past its display range
 * (the widget shows the quote as a card; oEmbed's paragraph still ends with the link).
 */
export const QUOTE_LINK_SHOWN = 'This is the answer we waited for 👇';
const quoteLinkText = `${QUOTE_LINK_SHOWN} https://t.co/Qu0teLnk12`;
export const quoteLinkPastRange = tweet(quoteLinkText, {
  display_text_range: [0, QUOTE_LINK_SHOWN.length],
  entities: {
    urls: [
      {
        url: 'https://t.co/Qu0teLnk12',
        expanded_url: 'https://twitter.com/MbkWorks/status/1921000000000000001',
        display_url: 'x.com/MbkWorks/statu…',
        indices: indicesOf(quoteLinkText, 'https://t.co/Qu0teLnk12'),
      },
    ],
  },
  quoted_tweet: {
    id_str: '1921000000000000001',
    text: 'Deck boards arriving this week',
    display_text_range: [0, 30],
    entities: {},
    user: { screen_name: 'MbkWorks', name: 'Millbrook Works' },
  },
});
