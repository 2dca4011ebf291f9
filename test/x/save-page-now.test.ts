import path from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX, loadScenario } from '../../dev/fake-x/index.js';
import type { SavePageNowKnobs } from '../../dev/fake-x/save-endpoint.js';
import type { Fetcher } from '../../src/fetch/types.js';
import { verifyDocument } from '../../src/pipeline/verify-document.js';
import type { VerificationResult } from '../../src/result.js';
import { type ArchiveSaverOptions, createArchiveSaver } from '../../src/save-archive.js';
import { findArchivedCopy } from '../../src/x/wayback.js';
import { repoRoot } from '../support/run-cli.js';
import { testFetcher } from './x-fetcher.js';

// Available posts of examples/scenario.json (invented accounts) with no capture there.
const AVAILABLE = [
  ['MbkRiverTrust', '1921269057030176892'],
  ['MillbrookCity', '1921309511978934582'],
  ['MbkTransit', '1920811100475457784'],
  ['MbkTransit', '1928119175631483283'],
  ['danaokafor', '1929885861831528789'],
  ['MbkTransit', '1929923679390744948'],
] as const;

const scenario = await loadScenario(path.join(repoRoot, 'examples', 'scenario.json'));
let now = Date.parse('2026-01-05T10:00:00Z');
const fake = createFakeX(scenario, { clock: () => now });
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  fake.reset();
  fake.setOptions({ savePageNow: {} });
});
afterAll(() => server.close());

/** A virtual clock: sleeping advances it at once, so a minute of spacing costs no real time. */
const virtual = {
  now: () => now,
  sleep: async (ms: number) => {
    now += ms;
  },
};

function article(posts: ReadonlyArray<readonly [string, string]>): string {
  return posts
    .map(
      ([handle, id]) =>
        `<blockquote class="twitter-tweet"><p>Invented text.</p>&mdash; (@${handle}) <a href="https://twitter.com/${handle}/status/${id}">date</a></blockquote>`,
    )
    .join('\n');
}

async function verifySaving(
  posts: ReadonlyArray<readonly [string, string]>,
  knobs: SavePageNowKnobs = {},
  saverOptions: ArchiveSaverOptions = {},
  fetcher?: Fetcher,
): Promise<VerificationResult[]> {
  fake.setOptions({ savePageNow: knobs });
  fetcher ??= await testFetcher();
  const saver = createArchiveSaver(fetcher, { ...virtual, ...saverOptions });
  // One citation at a time, so the order of saves is the order of the article.
  const report = await verifyDocument(
    { source: 'a.html', text: article(posts) },
    { fetcher, saver, concurrency: 1 },
  );
  return report.results;
}

const posts = (endpoint: string) => fake.traffic.requests.filter((r) => r.endpoint === endpoint);

describe('verify --save-archive (Save Page Now over the fake)', () => {
  it('captures an available post, polls the job, and the Wayback Machine then serves the copy', async () => {
    const [result] = await verifySaving(AVAILABLE.slice(0, 1), { pendingPolls: 2 });
    expect(result?.savedCapture).toMatchObject({
      status: 'saved',
      url: expect.stringMatching(
        /^https:\/\/web\.archive\.org\/web\/\d{14}\/https:\/\/x\.com\/MbkRiverTrust\/status\/1921269057030176892$/,
      ),
    });
    expect(posts('spn-save')).toHaveLength(1);
    expect(posts('spn-status')).toHaveLength(3);
    // What the next run does when the post has gone: the archive search finds the new capture and reads it.
    const copy = await findArchivedCopy('MbkRiverTrust', '1921269057030176892', await testFetcher());
    const saved = result?.savedCapture;
    expect(copy).toMatchObject({
      kind: 'found',
      copy: { url: saved?.status === 'saved' ? saved.url : 'none' },
    });
    expect(copy.kind === 'found' ? copy.copy.post?.text : '').toMatch(/^Over 300 volunteers/);
  });

  it('asks for no more than 4 anonymous captures a minute, so the service never refuses', async () => {
    const started = now;
    const results = await verifySaving(AVAILABLE);
    expect(results.map((r) => r.savedCapture?.status)).toEqual(Array(6).fill('saved'));
    const submitted = posts('spn-save').map((r) => r.at);
    for (let i = 4; i < submitted.length; i++) {
      expect((submitted[i] ?? 0) - (submitted[i - 4] ?? 0)).toBeGreaterThanOrEqual(60_000);
    }
    expect(fake.traffic.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(now - started).toBeGreaterThanOrEqual(5 * 15_000);
  });

  it('sends the access key as LOW key:secret, and the key raises the pace', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/save')
        requests.push(request.headers.get('authorization') ?? '');
    });
    const started = now;
    const results = await verifySaving(AVAILABLE, {}, { credentials: { accessKey: 'AK', secret: 'SK' } });
    server.events.removeAllListeners();
    expect(results.every((r) => r.savedCapture?.status === 'saved')).toBe(true);
    expect(requests).toEqual(Array(6).fill('LOW AK:SK'));
    expect(now - started).toBeLessThan(5 * 15_000);
  });

  it('stops asking for the rest of the run when the per-user limit answers 429', async () => {
    const results = await verifySaving(
      AVAILABLE,
      { perMinute: { anonymous: 2, authenticated: 12 } },
      { perMinute: 60 },
    );
    expect(results.map((r) => r.savedCapture?.status)).toEqual([
      'saved',
      'saved',
      'not-saved',
      'not-saved',
      'not-saved',
      'not-saved',
    ]);
    expect(results[2]?.savedCapture).toMatchObject({ reason: 'rate-limited' });
    expect(results[3]?.savedCapture).toMatchObject({
      reason: 'rate-limited',
      detail: expect.stringMatching(/^not sent/),
    });
    expect(posts('spn-save')).toHaveLength(3);
  });

  it('stops when the service is busy, and on the session limit', async () => {
    const busy = await verifySaving(AVAILABLE.slice(0, 2), { busy: true });
    expect(busy.map((r) => r.savedCapture)).toMatchObject([
      { status: 'not-saved', reason: 'busy', detail: expect.stringMatching(/no-browsers-available/) },
      { status: 'not-saved', reason: 'busy', detail: expect.stringMatching(/^not sent/) },
    ]);
    expect(posts('spn-save')).toHaveLength(1);
    fake.reset();
    const sessions = await verifySaving(AVAILABLE.slice(0, 2), {
      maxSessions: { anonymous: 0, authenticated: 0 },
    });
    expect(sessions[0]?.savedCapture).toMatchObject({
      reason: 'rate-limited',
      detail: expect.stringMatching(/user-session-limit/),
    });
  });

  it("treats one URL's daily limit, a failed job and a job that never ends as that post's alone", async () => {
    const daily = await verifySaving(AVAILABLE.slice(0, 2), { dailyPerUrl: 0 });
    expect(daily.map((r) => r.savedCapture)).toMatchObject([
      { status: 'not-saved', reason: 'daily-limit' },
      { status: 'not-saved', reason: 'daily-limit' },
    ]);
    expect(posts('spn-save')).toHaveLength(2);
    fake.reset();
    const failed = await verifySaving(AVAILABLE.slice(0, 2), { jobError: 'error:blocked-url' });
    expect(failed.map((r) => r.savedCapture)).toMatchObject([
      { status: 'not-saved', reason: 'failed', detail: expect.stringMatching(/blocked-url/) },
      { status: 'not-saved', reason: 'failed' },
    ]);
    fake.reset();
    const stuck = await verifySaving(AVAILABLE.slice(0, 1), { pendingPolls: 99 }, { maxPolls: 3 });
    expect(stuck[0]?.savedCapture).toMatchObject({ status: 'not-saved', reason: 'timeout' });
    expect(posts('spn-status')).toHaveLength(3);
  });

  it('asks nothing for a post already archived or not available', async () => {
    const fetcher = await testFetcher();
    const results = await verifySaving(
      [
        ['leobrandt', '1921290608606482649'],
        ['MbkRiverTrust', '1921269057030176892'],
      ],
      {},
      {},
      fetcher,
    );
    expect(results[0]?.lookup?.status).toBe('deleted');
    expect(results[0]?.savedCapture).toBeUndefined();
    expect(results[1]?.savedCapture?.status).toBe('saved');
    // A second run over the same cache finds the capture the first one made (a cached "none" is not news).
    const again = await verifySaving([['MbkRiverTrust', '1921269057030176892']], {}, {}, fetcher);
    expect(again[0]?.savedCapture?.status).toBe('already-archived');
  });
});
