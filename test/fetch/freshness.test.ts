import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_FRESHNESS,
  EDIT_WINDOW_MS,
  jitterFraction,
  nextCheckDue,
} from '../../src/fetch/freshness.js';
import { createFetcher } from '../../src/fetch/index.js';
import { SNOWFLAKE_EPOCH_MS } from '../../src/x/snowflake.js';
import { fetchSyndication } from '../../src/x/syndication.js';
import { tempDir } from '../support/temp-dir.js';
import { VirtualClock } from './virtual-clock.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** The status ID X would have issued at `ms` (Snowflake: time in the top bits). */
function idAt(ms: number): string {
  return ((BigInt(ms) - SNOWFLAKE_EPOCH_MS) << 22n).toString();
}

describe('freshness policy (pure)', () => {
  const now = Date.UTC(2026, 5, 1);
  const base = { key: 'k', changedAt: null, fetchedAt: now, available: true };

  it('re-checks content fetched inside the edit window as soon as the window closes', () => {
    const postedAt = now - 10 * MINUTE;
    expect(nextCheckDue({ ...base, postedAt })).toBe(postedAt + EDIT_WINDOW_MS);
  });

  it('checks a year-old stable post rarely (about a week) and a two-hour-old post hourly', () => {
    const old = nextCheckDue({ ...base, postedAt: now - YEAR }) - now;
    expect(old).toBeGreaterThan(5 * DAY);
    expect(old).toBeLessThanOrEqual(DEFAULT_FRESHNESS.maxIntervalMs);
    expect(nextCheckDue({ ...base, postedAt: now - 2 * HOUR }) - now).toBe(HOUR);
  });

  it('checks a recently changed answer often, however old the post', () => {
    expect(nextCheckDue({ ...base, postedAt: now - YEAR, changedAt: now }) - now).toBe(HOUR);
    const changedTwoDaysAgo = nextCheckDue({ ...base, postedAt: now - YEAR, changedAt: now - 2 * DAY }) - now;
    expect(changedTwoDaysAgo).toBeLessThanOrEqual(12 * HOUR);
    expect(changedTwoDaysAgo).toBeGreaterThanOrEqual(HOUR);
  });

  it('keeps re-checking an unavailable post at least daily, however long it has been gone', () => {
    const due = nextCheckDue({
      ...base,
      postedAt: now - 5 * YEAR,
      changedAt: now - 3 * YEAR,
      available: false,
    });
    expect(due - now).toBeLessThanOrEqual(DAY);
    expect(due - now).toBeGreaterThanOrEqual(HOUR);
  });

  it('jitters per URL, deterministically: a fleet agrees on a URL, and 1,000 URLs spread over a day', () => {
    const input = { ...base, postedAt: now - YEAR };
    const dues = Array.from({ length: 1000 }, (_, i) => nextCheckDue({ ...input, key: `url-${i}` }));
    expect(nextCheckDue({ ...input, key: 'url-7' })).toBe(dues[7]);
    const spread = Math.max(...dues) - Math.min(...dues);
    expect(spread).toBeGreaterThan(DAY);
    const fractions = Array.from({ length: 1000 }, (_, i) => jitterFraction(`u${i}`));
    expect(fractions.filter((f) => f < 0.5).length).toBeGreaterThan(400);
    expect(fractions.filter((f) => f < 0.5).length).toBeLessThan(600);
  });

  it('on a virtual clock, a stable post is re-checked at growing intervals up to the weekly cap', () => {
    const postedAt = now - 3 * HOUR;
    let fetchedAt = now;
    const intervals: number[] = [];
    while (fetchedAt < now + 120 * DAY) {
      const due = nextCheckDue({ key: 'stable', postedAt, changedAt: null, fetchedAt, available: true });
      intervals.push(due - fetchedAt);
      fetchedAt = due;
    }
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThanOrEqual(intervals[i - 1] as number);
    expect(intervals[0]).toBe(HOUR);
    expect(intervals.at(-1)).toBeLessThanOrEqual(7 * DAY);
    expect(intervals.at(-1)).toBeGreaterThan(5 * DAY);
    // 120 days of a stable post cost a few dozen lookups, not the 120 of a daily TTL
    expect(intervals.length).toBeLessThan(60);
  });
});

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('freshness policy in the fetcher (virtual clock, syndication through msw)', () => {
  /** Serves every tweet-result request with `answer(id)`, counting requests per ID. */
  function serve(answer: (id: string) => Response): Map<string, number> {
    const seen = new Map<string, number>();
    server.use(
      http.get('https://cdn.syndication.twimg.com/tweet-result', ({ request }) => {
        const id = new URL(request.url).searchParams.get('id') ?? '';
        seen.set(id, (seen.get(id) ?? 0) + 1);
        return answer(id);
      }),
    );
    return seen;
  }
  const post = (id: string) =>
    HttpResponse.json({
      __typename: 'Tweet',
      id_str: id,
      created_at: new Date(0).toISOString(),
      text: 'Invented post text.',
      entities: { hashtags: [], urls: [], user_mentions: [], symbols: [] },
      user: { id_str: '1', name: 'Invented Name', screen_name: 'invented' },
    });

  /** One nightly run: looks every ID up with a new fetcher on the shared cache directory. */
  async function night(vc: VirtualClock, cacheDir: string, ids: string[]) {
    const fetcher = await createFetcher({
      cacheDir,
      clock: vc.clock,
      sleep: vc.sleep,
      env: {},
      random: () => 0,
    });
    const results = await vc.run(Promise.all(ids.map((id) => fetchSyndication(id, fetcher))));
    await fetcher.close();
    return results;
  }

  it('does not re-fetch a post whose content was fetched after its edit window, for days', async () => {
    const vc = new VirtualClock();
    const cacheDir = await tempDir();
    const id = idAt(vc.now - YEAR);
    const seen = serve(post);
    await night(vc, cacheDir, [id]);
    for (let day = 1; day <= 4; day++) {
      vc.advance(DAY);
      const [result] = await night(vc, cacheDir, [id]);
      // served from the cache with its real fetch time, 1–4 days old
      expect(result?.kind === 'post' && Date.parse(result.fetchedAt)).toBe(vc.now - day * DAY);
    }
    expect(seen.get(id)).toBe(1);
    vc.advance(3 * DAY);
    await night(vc, cacheDir, [id]);
    expect(seen.get(id)).toBe(2);
  });

  it('re-fetches content first seen inside the edit window once the window has closed', async () => {
    const vc = new VirtualClock();
    const cacheDir = await tempDir();
    const id = idAt(vc.now - 5 * MINUTE);
    const seen = serve(post);
    await night(vc, cacheDir, [id]);
    vc.advance(30 * MINUTE);
    await night(vc, cacheDir, [id]);
    expect(seen.get(id)).toBe(1);
    vc.advance(30 * MINUTE);
    await night(vc, cacheDir, [id]);
    expect(seen.get(id)).toBe(2);
  });

  it('keeps re-checking an unavailable post daily, and sees it come back', async () => {
    const vc = new VirtualClock();
    const cacheDir = await tempDir();
    const id = idAt(vc.now - 2 * YEAR);
    let gone = true;
    const seen = serve((i) => (gone ? new HttpResponse('not found', { status: 404 }) : post(i)));
    const nights: string[] = [];
    for (let day = 0; day < 4; day++) {
      const [result] = await night(vc, cacheDir, [id]);
      nights.push(result?.kind ?? 'none');
      if (day === 2) gone = false;
      vc.advance(DAY);
    }
    expect(seen.get(id)).toBe(4);
    expect(nights).toEqual(['not-found', 'not-found', 'not-found', 'post']);
  });
});
