import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX, parseScenario } from '../../dev/fake-x/index.js';
import { verifyCitation } from '../../src/pipeline/verify-citation.js';
import {
  candidateIds,
  coveringPrefixes,
  MAX_ARCHIVE_CANDIDATES,
  nearestFirst,
  statusIdWindow,
} from '../../src/x/archive-id-search.js';
import { citation } from './citation-fixture.js';
import { idAt } from './lookup-scenario.js';
import { testFetcher } from './x-fetcher.js';

describe('statusIdWindow, coveringPrefixes and nearestFirst', () => {
  it('spans the IDs minted from the day before the cited UTC date to the end of the day after', () => {
    const window = statusIdWindow('2025-03-28');
    if (window === null) throw new Error('expected a window');
    const inside = (iso: string) => {
      const id = BigInt(idAt(iso));
      return id >= window.low && id <= window.high;
    };
    expect(inside('2025-03-27T00:00:00.000Z')).toBe(true);
    expect(inside('2025-03-29T23:59:59.999Z')).toBe(true);
    expect(inside('2025-03-26T23:59:59.999Z')).toBe(false);
    expect(inside('2025-03-30T00:00:00.000Z')).toBe(false);
    // Two 4-digit prefixes (about 2.7 days each) cover the three days: narrow enough for CDX's row limit.
    expect(coveringPrefixes(window)).toEqual(['1905', '1906']);
  });

  it('orders candidates by their distance from noon UTC of the cited date', () => {
    const ids = [
      '2025-03-27T01:00:00Z',
      '2025-03-28T23:00:00Z',
      '2025-03-28T11:00:00Z',
      '2025-03-29T13:00:00Z',
    ].map((iso) => idAt(iso));
    expect(nearestFirst(ids, '2025-03-28')).toEqual([ids[2], ids[1], ids[3], ids[0]]);
  });

  it('has no window before Snowflake IDs carried their time, nor for a malformed date', () => {
    expect(statusIdWindow('2009-06-01')).toBeNull();
    expect(statusIdWindow('2025-13-45')).toBeNull();
    expect(statusIdWindow('March 28')).toBeNull();
  });
});

describe('candidateIds', () => {
  it('keeps the account’s distinct IDs inside the window, in time order, whatever the URL form', () => {
    const window = statusIdWindow('2025-03-28');
    if (window === null) throw new Error('expected a window');
    const late = idAt('2025-03-29T10:00:00Z');
    const early = idAt('2025-03-28T08:00:00Z');
    const rows = [
      `https://twitter.com/HarbourCouncil/status/${late}`,
      `https://x.com/harbourcouncil/status/${late}/photo/1`,
      `https://twitter.com/harbourcouncil/status/${early}?s=20`,
      `https://twitter.com/someoneelse/status/${idAt('2025-03-28T09:00:00Z')}`,
      `https://twitter.com/harbourcouncil/status/${idAt('2025-03-20T09:00:00Z')}`,
      'https://twitter.com/harbourcouncil/status/not-a-number',
    ].map((original) => ({
      timestamp: '20250329000000',
      original,
      mimetype: 'text/html',
      statuscode: '200',
    }));
    expect(candidateIds(rows, 'harbourcouncil', window)).toEqual([early, late]);
  });
});

const author = { userId: '77', handle: 'harbourcouncil', name: 'Harbour Council' };
const cited = {
  timetable: idAt('2025-03-28T07:00:00Z', 1),
  bridge: idAt('2025-03-28T18:30:00Z', 2),
  removed: idAt('2025-03-29T09:00:00Z', 3),
  earlier: idAt('2025-03-10T12:00:00Z', 4),
};
const BRIDGE_TEXT = 'We will not back down on the new bridge. The harbour deserves better.';

/** Illustrative data: one invented account with a few posts around one day, some archived. */
const scenario = parseScenario({
  label: 'Illustrative test data: invented account and posts',
  posts: [
    {
      id: cited.timetable,
      author,
      createdAt: '2025-03-28T07:00:00Z',
      text: 'Ferry timetable changes from Monday.',
    },
    { id: cited.bridge, author, createdAt: '2025-03-28T18:30:00Z', text: BRIDGE_TEXT },
    { id: cited.removed, author, createdAt: '2025-03-29T09:00:00Z', text: 'Oops.', state: 'deleted' },
    { id: cited.earlier, author, createdAt: '2025-03-10T12:00:00Z', text: BRIDGE_TEXT },
  ],
  archive: [
    {
      url: `https://twitter.com/harbourcouncil/status/${cited.timetable}`,
      timestamp: '20250328080000',
      post: cited.timetable,
    },
    // A login-wall capture still proves the post existed.
    {
      url: `https://x.com/harbourcouncil/status/${cited.bridge}`,
      timestamp: '20250329000000',
      statusCode: 302,
      body: '',
    },
    {
      url: `https://twitter.com/harbourcouncil/status/${cited.removed}`,
      timestamp: '20250329100000',
      post: cited.removed,
    },
    {
      url: `https://twitter.com/harbourcouncil/status/${cited.earlier}`,
      timestamp: '20250311000000',
      post: cited.earlier,
    },
  ],
});

const fake = createFakeX(scenario);
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  fake.setOptions({ faults: [] });
  fake.reset();
});
afterAll(() => server.close());

const idLess = (text: string, date = '2025-03-28') =>
  citation({ handle: 'harbourcouncil', name: 'Harbour Council', date, dateText: date, text });

describe('verifyCitation: finding an ID-less post through the archive', () => {
  it('looks up the account’s archived posts around the cited date and takes the one with the cited text', async () => {
    const result = await verifyCitation(idLess(`${BRIDGE_TEXT}`), '', { fetcher: await testFetcher() });
    expect(result.resolution).toMatchObject({
      status: 'found',
      statusId: cited.bridge,
      foundBy: 'archive',
      confidence: 'high',
      evidence: expect.stringContaining('lists 3 @harbourcouncil posts from 2025-03-28 ±1 day'),
    });
    expect(result.lookup).toMatchObject({ status: 'available', post: { id: cited.bridge } });
    expect(result.verdicts.map((v) => v.check)).toContain('text-exact');
    const cdx = fake.traffic.requests.filter((r) => r.endpoint === 'wayback-cdx');
    expect(cdx.map((r) => new URLSearchParams(r.query).get('url')).sort()).toEqual([
      'twitter.com/harbourcouncil/status/1905',
      'twitter.com/harbourcouncil/status/1906',
      'x.com/harbourcouncil/status/1905',
      'x.com/harbourcouncil/status/1906',
    ]);
  });

  it('stays not-found, saying what the archive listed, when no candidate has the cited text', async () => {
    const result = await verifyCitation(
      idLess('A completely different statement about parking fees downtown.'),
      '',
      {
        fetcher: await testFetcher(),
      },
    );
    expect(result.resolution.status).toBe('not-found');
    if (result.resolution.status !== 'not-found') return;
    expect(result.resolution.reason).toMatch(
      /archive search: the Wayback Machine lists 3 @harbourcouncil posts/,
    );
    expect(result.resolution.reason).toMatch(/none of the 2 posts read has the cited text/);
    expect(result.verdicts.map((v) => [v.check, v.severity])).toContainEqual([
      'id-not-found',
      'unverifiable',
    ]);
  });

  it('says the archive search failed, never "none", when the Wayback Machine does not answer', async () => {
    fake.setOptions({
      faults: [{ host: 'web.archive.org', fault: { kind: 'status', status: 503 }, first: 10 }],
    });
    const result = await verifyCitation(idLess(BRIDGE_TEXT), '', { fetcher: await testFetcher() });
    expect(result.resolution).toMatchObject({
      status: 'not-found',
      reason: expect.stringMatching(/archive search: failed \(/),
    });
  });

  it('does not search the archive with --no-archive, nor without a date to search by', async () => {
    const fetcher = await testFetcher();
    await verifyCitation(idLess(BRIDGE_TEXT), '', { fetcher, archive: false });
    await verifyCitation(citation({ handle: 'harbourcouncil', text: BRIDGE_TEXT }), '', { fetcher });
    expect(fake.traffic.byEndpoint['wayback-cdx'] ?? 0).toBe(0);
  });

  it('reads the candidates nearest the cited date first on a busy day, and then never claims high confidence', async () => {
    const at = (day: string, hour: number) => `2025-06-${day}T${String(hour).padStart(2, '0')}:00:00Z`;
    const notice = 'Route 4 is delayed by 20 minutes this morning.';
    // A busy 1 June, the same notice posted on 1 and 2 June; the article cites the one of 2 June.
    const posts = [
      ...Array.from({ length: 10 }, (_, i) => ({
        day: '01',
        hour: i + 1,
        text: `Update ${i + 1} on the works.`,
      })),
      { day: '01', hour: 15, text: notice },
      { day: '02', hour: 9, text: notice },
    ].map(({ day, hour, text }, i) => ({
      id: idAt(at(day, hour), 20 + i),
      author,
      createdAt: at(day, hour),
      text,
    }));
    const busy = createFakeX(
      parseScenario({
        label: 'Illustrative test data: a busy invented account',
        posts,
        archive: posts.map((p) => ({
          url: `https://twitter.com/harbourcouncil/status/${p.id}`,
          timestamp: '20250603000000',
          post: p.id,
        })),
      }),
    );
    server.use(...busy.handlers);
    const result = await verifyCitation(idLess(notice, '2025-06-02'), '', { fetcher: await testFetcher() });
    server.resetHandlers();
    expect(result.resolution).toMatchObject({
      status: 'found',
      statusId: posts.at(-1)?.id,
      foundBy: 'archive',
      confidence: 'low', // the same text twice among those read
      evidence: expect.stringMatching(
        /lists 12 @harbourcouncil posts .*only the 8 nearest the date of 12 read/,
      ),
    });
    expect(busy.traffic.byEndpoint['tweet-result']).toBe(MAX_ARCHIVE_CANDIDATES);
  });

  it('calls the search incomplete, never "no match", when candidate lookups fail', async () => {
    fake.setOptions({
      faults: [
        { host: 'cdn.syndication.twimg.com', fault: { kind: 'status', status: 503 }, first: 50 },
        { host: 'publish.x.com', fault: { kind: 'status', status: 503 }, first: 50 },
        { host: 'publish.twitter.com', fault: { kind: 'status', status: 503 }, first: 50 },
      ],
    });
    const result = await verifyCitation(idLess(BRIDGE_TEXT), '', { fetcher: await testFetcher() });
    expect(result.resolution).toMatchObject({
      status: 'not-found',
      reason: expect.stringMatching(/3 of 3 lookups failed\); incomplete, none of the 0 posts read/),
    });
  });
});
