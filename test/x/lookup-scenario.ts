import { parseScenario } from '../../dev/fake-x/index.js';

/** A Snowflake ID whose encoded time is `iso`. */
export function idAt(iso: string, n = 1): string {
  return String(((BigInt(Date.parse(iso)) - 1288834974657n) << 22n) | (BigInt(n) << 12n));
}

export const ids = {
  available: idAt('2025-03-28T18:00:00Z', 1),
  deleted: idAt('2025-03-16T04:00:00Z', 2),
  suspended: idAt('2025-03-16T05:00:00Z', 3),
  protected: idAt('2025-03-16T06:00:00Z', 4),
  ageEmpty: idAt('2025-03-16T07:00:00Z', 5),
  withheld: idAt('2025-03-16T08:00:00Z', 6),
  unknown: idAt('2025-03-16T09:00:00Z', 7),
  accountGone: idAt('2025-03-16T10:00:00Z', 8),
  unavailable: idAt('2025-03-16T11:00:00Z', 9),
};

const author = { userId: '1', handle: 'riverwatch', name: 'River Watch' };

/** Illustrative data: invented accounts and posts covering each state lookupPost tells apart. */
export const lookupScenario = parseScenario({
  label: 'Illustrative test data: invented accounts and posts',
  posts: [
    {
      id: ids.available,
      author,
      createdAt: '2025-03-28T18:00:00Z',
      text: 'Cleanup day & picnic 🇸🇻 https://t.co/Pic2222',
      media: [{ tco: 'https://t.co/Pic2222', display: 'pic.twitter.com/Pic2222', type: 'photo' }],
    },
    { id: ids.deleted, author, createdAt: '2025-03-16T04:00:00Z', text: 'Too late 😂', state: 'deleted' },
    { id: ids.suspended, author, createdAt: '2025-03-16T05:00:00Z', text: 'Gone.', state: 'suspended' },
    { id: ids.protected, author, createdAt: '2025-03-16T06:00:00Z', text: 'Private.', state: 'protected' },
    {
      id: ids.ageEmpty,
      author,
      createdAt: '2025-03-16T07:00:00Z',
      text: 'Adult.',
      state: { status: 'age-restricted', response: 'empty' },
    },
    {
      id: ids.withheld,
      author,
      createdAt: '2025-03-16T08:00:00Z',
      text: 'Withheld.',
      state: { status: 'withheld', countries: ['DE'] },
    },
    { id: ids.accountGone, author, createdAt: '2025-03-16T10:00:00Z', text: 'Bye.', state: 'account-gone' },
    { id: ids.unavailable, author, createdAt: '2025-03-16T11:00:00Z', text: 'Hm.', state: 'unavailable' },
  ],
  archive: [
    {
      url: `https://cdn.syndication.twimg.com/tweet-result?id=${ids.deleted}&lang=en`,
      timestamp: '20250316120000',
      post: ids.deleted,
      format: 'json',
    },
  ],
});
