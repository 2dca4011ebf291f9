import { parseScenario, type Scenario, type ScenarioInput } from '../../dev/fake-x/scenario.js';

/** A Snowflake ID whose encoded time is `iso` (worker bits vary with `n`). */
export function idAt(iso: string, n = 1): string {
  return String(((BigInt(Date.parse(iso)) - 1288834974657n) << 22n) | (BigInt(n) << 12n));
}

const author = { userId: '9001', handle: 'riverwatch', name: 'River Watch', renamedFrom: ['oldriverwatch'] };
const other = { userId: '9002', handle: 'parksdept', name: 'Parks & Trails' };

export const ids = {
  available: idAt('2025-03-16T02:30:00Z', 1),
  plain: idAt('2025-03-17T12:00:00Z', 2),
  edited0: idAt('2025-03-18T09:00:00Z', 3),
  edited1: idAt('2025-03-18T09:20:00Z', 4),
  reply: idAt('2025-03-18T10:00:00Z', 5),
  deleted: idAt('2025-03-19T10:00:00Z', 6),
  protected: idAt('2025-03-19T11:00:00Z', 7),
  suspended: idAt('2025-03-19T12:00:00Z', 8),
  ageRestricted: idAt('2025-03-19T13:00:00Z', 9),
  ageEmpty: idAt('2025-03-19T13:30:00Z', 10),
  withheld: idAt('2025-03-19T14:00:00Z', 11),
  accountGone: idAt('2025-03-19T15:00:00Z', 12),
  neverExisted: idAt('2025-03-19T16:00:00Z', 13),
  unlisted: idAt('2025-03-19T17:00:00Z', 14),
};

export const scenarioInput: ScenarioInput = {
  label: 'Illustrative test data: invented accounts and posts',
  posts: [
    {
      id: ids.available,
      author,
      createdAt: '2025-03-16T02:30:00Z',
      text: 'Cleanup day & picnic with @parksdept #RiverDay https://t.co/Link111 https://t.co/Pic2222',
      urls: [
        {
          tco: 'https://t.co/Link111',
          expanded: 'https://example.org/cleanup',
          display: 'example.org/cleanup',
        },
      ],
      media: [{ tco: 'https://t.co/Pic2222', display: 'pic.twitter.com/Pic2222', type: 'photo' }],
      mentions: [{ handle: 'parksdept', userId: '9002', name: 'Parks & Trails' }],
      hashtags: ['RiverDay'],
      favoriteCount: 12,
    },
    { id: ids.plain, author: other, createdAt: '2025-03-17T12:00:00Z', text: 'Trails reopen Monday.' },
    {
      id: ids.edited0,
      author: other,
      createdAt: '2025-03-18T09:00:00Z',
      text: 'Trails reopen Tuesday. https://t.co/Vid3333',
      edits: { ids: [ids.edited0, ids.edited1] },
      media: [{ tco: 'https://t.co/Vid3333', display: 'pic.x.com/Vid3333', type: 'video' }],
    },
    {
      id: ids.edited1,
      author: other,
      createdAt: '2025-03-18T09:20:00Z',
      text: 'Trails reopen Wednesday.',
      edits: { ids: [ids.edited0, ids.edited1] },
      quotedId: ids.plain,
    },
    { id: ids.reply, author, createdAt: '2025-03-18T10:00:00Z', text: 'Thanks!', replyToId: ids.plain },
    {
      id: ids.deleted,
      author,
      createdAt: '2025-03-19T10:00:00Z',
      text: 'Oops, wrong date.',
      state: 'deleted',
    },
    { id: ids.protected, author, createdAt: '2025-03-19T11:00:00Z', text: 'Private.', state: 'protected' },
    { id: ids.suspended, author, createdAt: '2025-03-19T12:00:00Z', text: 'Gone.', state: 'suspended' },
    {
      id: ids.ageRestricted,
      author,
      createdAt: '2025-03-19T13:00:00Z',
      text: 'Adult.',
      state: 'age-restricted',
    },
    {
      id: ids.ageEmpty,
      author,
      createdAt: '2025-03-19T13:30:00Z',
      text: 'Adult too.',
      state: { status: 'age-restricted', response: 'empty' },
    },
    {
      id: ids.withheld,
      author,
      createdAt: '2025-03-19T14:00:00Z',
      text: 'Withheld.',
      state: { status: 'withheld', countries: ['DE', 'FR'] },
    },
    { id: ids.accountGone, author, createdAt: '2025-03-19T15:00:00Z', text: 'Bye.', state: 'account-gone' },
    { id: ids.neverExisted, author, createdAt: '2025-03-19T16:00:00Z', text: '', state: 'never-existed' },
  ],
  shortLinks: { Ext4444: 'https://example.org/elsewhere' },
  archive: [
    {
      url: `https://twitter.com/oldriverwatch/status/${ids.deleted}`,
      timestamp: '20250319101500',
      post: ids.deleted,
    },
    {
      url: `https://twitter.com/oldriverwatch/status/${ids.deleted}`,
      timestamp: '20250320000000',
      statusCode: 302,
      body: '',
    },
    {
      url: `https://cdn.syndication.twimg.com/tweet-result?id=${ids.deleted}`,
      timestamp: '20250319110000',
      post: ids.deleted,
      format: 'json',
    },
  ],
};

/** The shared test scenario, validated. */
export function testScenario(): Scenario {
  return parseScenario(scenarioInput);
}

/** The syndication URL for an ID with a token. */
export function tweetResultUrl(id: string, token = 'abc'): string {
  return `https://cdn.syndication.twimg.com/tweet-result?id=${id}&lang=en&token=${token}`;
}
