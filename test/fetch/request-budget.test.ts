import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/fetch/index.js';
import { orderByStaleness, RequestBudget } from '../../src/fetch/request-budget.js';
import { verify } from '../../src/pipeline/verify-run.js';
import type { PostLookup } from '../../src/result.js';
import { SNOWFLAKE_EPOCH_MS } from '../../src/x/snowflake.js';
import { postLookupRequest } from '../../src/x/syndication.js';
import { tempDir } from '../support/temp-dir.js';
import { VirtualClock } from './virtual-clock.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('request budget (pure)', () => {
  it('orders never-checked first, then the longest overdue, and leaves out what is not due', () => {
    const now = 1_000;
    const ordered = orderByStaleness(
      [
        { key: 'due-recently', dueAt: 900 },
        { key: 'not-due', dueAt: 1_500 },
        { key: 'never-a', dueAt: null },
        { key: 'overdue', dueAt: 100 },
        { key: 'never-b', dueAt: null },
      ],
      now,
    );
    expect(ordered.map((item) => item.key)).toEqual(['never-a', 'never-b', 'overdue', 'due-recently']);
  });

  it('lets reserved keys spend the budget first; other fetches get only what is left over', () => {
    const budget = new RequestBudget(3);
    budget.reserve([
      { key: 'a', dueAt: null },
      { key: 'b', dueAt: null },
    ]);
    expect(budget.take('short-link')).toBe(true); // 1 spent + 2 reserved = 3
    expect(budget.take('other')).toBe(false);
    expect(budget.take('b')).toBe(true);
    expect(budget.take('a')).toBe(true);
    expect(budget.take('a-again')).toBe(false);
    expect(budget.spent).toBe(3);
    expect(budget.refused).toBe(2);
  });
});

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('a budgeted nightly sweep of an archive (virtual clock)', () => {
  const ARCHIVE = 120;
  const PER_NIGHT = 30;

  /** An archive of year-old posts cited in one Markdown file, served by a syndication stand-in that counts. */
  async function setUp(vc: VirtualClock) {
    const dir = await tempDir();
    const ids = Array.from({ length: ARCHIVE }, (_, i) =>
      ((BigInt(vc.now - 400 * DAY + i * 60_000) - SNOWFLAKE_EPOCH_MS) << 22n).toString(),
    );
    const lines = ids.map((id, i) => `Point ${i} is in https://x.com/invented/status/${id} as said.`);
    await writeFile(join(dir, 'archive.md'), `# Archive\n\n${lines.join('\n\n')}\n`);
    const fetchedAt = new Map<string, number>();
    const tonight: string[] = [];
    server.use(
      http.get('https://cdn.syndication.twimg.com/tweet-result', ({ request }) => {
        const id = new URL(request.url).searchParams.get('id') ?? '';
        fetchedAt.set(id, vc.now);
        tonight.push(id);
        return HttpResponse.json({
          __typename: 'Tweet',
          id_str: id,
          created_at: new Date(vc.now - 400 * DAY).toISOString(),
          text: 'Invented post text.',
          entities: { hashtags: [], urls: [], user_mentions: [], symbols: [] },
          user: { id_str: '1', name: 'Invented Name', screen_name: 'invented' },
        });
      }),
    );
    const fetcherOptions = {
      cacheDir: join(dir, 'cache'),
      clock: vc.clock,
      sleep: vc.sleep,
      env: {},
      rates: { 'cdn.syndication.twimg.com': Number.POSITIVE_INFINITY },
    };
    const night = async (max: number) => {
      tonight.length = 0;
      const report = await vc.run(
        verify(['archive.md'], {
          cwd: dir,
          fetcherOptions: { ...fetcherOptions, requestBudget: new RequestBudget(max) },
        }),
      );
      const lookups = (report.articles[0]?.results ?? []).map((r) => r.lookup as PostLookup);
      return { lookups, sent: [...tonight] };
    };
    const dueTimes = async () => {
      const fetcher = await createFetcher(fetcherOptions);
      const due = new Map<string, number | null>();
      for (const id of ids) due.set(id, (await fetcher.dueAt?.(postLookupRequest(id)))?.dueAt ?? null);
      await fetcher.close();
      return due;
    };
    return { ids, fetchedAt, night, dueTimes };
  }

  it('stops at the budget, reports the rest as not checked or from the cache with their age, and covers the archive every week', async () => {
    const vc = new VirtualClock();
    const { ids, fetchedAt, night } = await setUp(vc);

    const first = await night(PER_NIGHT);
    expect(first.sent).toHaveLength(PER_NIGHT);
    expect(first.lookups.filter((l) => l.status === 'available')).toHaveLength(PER_NIGHT);
    const notChecked = first.lookups.filter((l) => l.status === 'unverifiable' && l.reason === 'not-checked');
    expect(notChecked).toHaveLength(ARCHIVE - PER_NIGHT);

    vc.advance(DAY);
    const second = await night(PER_NIGHT);
    // never-checked posts go first: none of last night's is fetched again
    expect(second.sent.filter((id) => fetchedAt.get(id) !== vc.now)).toEqual([]);
    expect(new Set(second.sent).size).toBe(PER_NIGHT);
    // last night's answers are shown with their real fetch time, a day old
    const cached = second.lookups.filter((l) => l.status === 'available' && Date.parse(l.fetchedAt) < vc.now);
    expect(cached).toHaveLength(PER_NIGHT);
    for (const l of cached) expect(l.status === 'available' && vc.now - Date.parse(l.fetchedAt)).toBe(DAY);

    for (let n = 3; n <= 14; n++) {
      vc.advance(DAY);
      const { sent, lookups } = await night(PER_NIGHT);
      expect(sent.length).toBeLessThanOrEqual(PER_NIGHT);
      if (n >= 7) {
        // from the end of the first week on, every post has been fetched within the last 7 days
        for (const id of ids)
          expect(vc.now - (fetchedAt.get(id) ?? Number.NEGATIVE_INFINITY)).toBeLessThanOrEqual(7 * DAY);
        expect(lookups.every((l) => l.status === 'available')).toBe(true);
      }
    }
  }, 60_000);

  it('with more due than budget, fetches the most overdue answers first', async () => {
    const vc = new VirtualClock();
    const { night, dueTimes } = await setUp(vc);
    await night(ARCHIVE);
    vc.advance(30 * DAY);
    const due = await dueTimes();
    const { sent } = await night(PER_NIGHT);
    expect(sent).toHaveLength(PER_NIGHT);
    const latestSent = Math.max(...sent.map((id) => due.get(id) as number));
    const skipped = [...due].filter(([id]) => !sent.includes(id)).map(([, at]) => at as number);
    expect(Math.min(...skipped)).toBeGreaterThanOrEqual(latestSent);
  }, 60_000);
});
