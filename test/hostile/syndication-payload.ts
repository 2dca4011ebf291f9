import { GOOD_STATUS_ID } from './article-files.js';

/** A valid tweet-result payload for the post GOOD_EMBED cites, as X's syndication endpoint sends it. */
export function goodPayload(): Record<string, unknown> {
  return {
    __typename: 'Tweet',
    id_str: GOOD_STATUS_ID,
    lang: 'en',
    created_at: '2025-05-10T18:20:13.000Z',
    display_text_range: [0, 79],
    text: 'Over 300 volunteers pulled 1.2 tonnes of litter from the Millbrook River today.',
    entities: { hashtags: [], urls: [], user_mentions: [], symbols: [] },
    user: { id_str: '3187764021', name: 'Millbrook River Trust', screen_name: 'MbkRiverTrust' },
    mediaDetails: [],
    edit_control: { edit_tweet_ids: [GOOD_STATUS_ID] },
    isEdited: false,
    isStaleEdit: false,
    possibly_sensitive: false,
  };
}
