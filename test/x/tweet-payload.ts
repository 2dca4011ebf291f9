/** The reference's invented tweet-result payload (x-platform.md §1.2), as a fresh object each call. */
export function tweetPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    __typename: 'Tweet',
    id_str: '1800000000000000001',
    lang: 'en',
    created_at: '2024-06-10T14:00:00.000Z',
    display_text_range: [0, 60],
    text: 'Launch report is out &amp; it’s long https://t.co/AbCdEf1234 https://t.co/ZyXwVu9876',
    entities: {
      urls: [
        {
          url: 'https://t.co/AbCdEf1234',
          expanded_url: 'https://example.org/report',
          display_url: 'example.org/report',
          indices: [37, 60],
        },
      ],
      media: [
        {
          url: 'https://t.co/ZyXwVu9876',
          expanded_url: 'https://x.com/exampleorg/status/1800000000000000001/photo/1',
          display_url: 'pic.x.com/ZyXwVu9876',
          indices: [61, 84],
        },
      ],
    },
    user: {
      id_str: '12345',
      name: 'Example Org',
      screen_name: 'exampleorg',
      verified: false,
      is_blue_verified: true,
      profile_image_shape: 'Square',
      profile_image_url_https: 'https://pbs.twimg.com/profile_images/1/x_normal.jpg',
    },
    mediaDetails: [
      {
        type: 'photo',
        media_url_https: 'https://pbs.twimg.com/media/AbC.jpg',
        url: 'https://t.co/ZyXwVu9876',
        display_url: 'pic.x.com/ZyXwVu9876',
        expanded_url: 'https://x.com/exampleorg/status/1800000000000000001/photo/1',
        ext_media_availability: { status: 'Available' },
        original_info: { width: 1200, height: 675, focus_rects: [] },
        indices: [61, 84],
      },
    ],
    favorite_count: 42,
    conversation_count: 3,
    possibly_sensitive: false,
    edit_control: {
      edit_tweet_ids: ['1800000000000000001'],
      editable_until_msecs: '1718031600000',
      is_edit_eligible: true,
      edits_remaining: '5',
    },
    isEdited: false,
    isStaleEdit: false,
    news_action_type: 'conversation',
    ...overrides,
  };
}

export const PAYLOAD_ID = '1800000000000000001';
