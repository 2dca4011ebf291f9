import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type FetchEvent, isFetchError } from '../../src/fetch/index.js';
import { parseDuration } from '../../src/fetch/run-budget.js';
import { verifyFlags } from '../support/e2e-cli.js';
import { type LoopbackServer, startLoopbackServer } from '../support/loopback-server.js';
import { parseValidReport } from '../support/report-files.js';
import { assertBuilt, runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { VirtualClock } from './virtual-clock.js';

// Finding 4: nothing bounded a whole run, and reports are written only at the end, so a CI timeout left
// nothing. --max-duration (maxDurationMs) stops new network work, cuts what is in flight, and the run
// still ends with whole reports in which everything not checked is unverifiable, saying why.

describe('maxDurationMs (virtual clock)', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('sends nothing new once the time is up; cached answers are still served', async () => {
    let requests = 0;
    server.use(
      http.get('https://cdn.syndication.twimg.com/tweet-result', () => {
        requests++;
        return HttpResponse.json({ id_str: '1' });
      }),
    );
    const vc = new VirtualClock();
    const events: FetchEvent[] = [];
    const fetcher = await createFetcher({
      cacheDir: await tempDir(),
      env: {},
      clock: vc.clock,
      sleep: vc.sleep,
      rates: { 'cdn.syndication.twimg.com': 1 },
      maxDurationMs: 3_500,
      onEvent: (event) => events.push(event),
    });
    const lookup = (id: number) =>
      fetcher.fetch({ url: `https://cdn.syndication.twimg.com/tweet-result?id=${id}`, cacheClass: 'post' });
    const outcomes = await vc.run(
      Promise.all(
        Array.from({ length: 10 }, (_, id) =>
          lookup(id).then(
            () => 'answered',
            (error: unknown) => (isFetchError(error) ? error.code : 'bug'),
          ),
        ),
      ),
    );
    const cached = await vc.run(lookup(0));
    await fetcher.close();
    // one request a second: t = 0, 1, 2, 3 s, then the limit at 3.5 s
    expect(requests).toBe(4);
    expect(outcomes.filter((o) => o === 'answered')).toHaveLength(4);
    expect(outcomes.filter((o) => o === 'run-limit')).toHaveLength(6);
    expect(cached.fromCache).toBe(true);
    expect(events.filter((event) => event.kind === 'run-limit')).toHaveLength(1);
  });
});

describe('maxDurationMs against a server that never answers (real time)', () => {
  let silent: LoopbackServer;
  beforeAll(async () => {
    silent = await startLoopbackServer(() => {
      // never answers
    });
  });
  afterAll(() => silent.close());

  it('cuts a request in flight at the limit instead of waiting out its timeouts', async () => {
    const fetcher = await createFetcher({
      cacheDir: await tempDir(),
      env: {},
      upstream: silent.origin,
      timeouts: { headers: 60_000 },
      maxDurationMs: 300,
    });
    const started = Date.now();
    const error = await fetcher.fetch({ url: 'https://t.co/abc', cacheClass: 'short-link' }).catch((e) => e);
    await fetcher.close();
    expect(isFetchError(error) && error.code).toBe('run-limit');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('citecheck verify --max-duration writes whole reports, everything unchecked unverifiable', async () => {
    assertBuilt();
    const work = await tempDir();
    const ids = Array.from(
      { length: 5 },
      (_, i) => `https://x.com/river/status/${1700000000000000000n + BigInt(i)}`,
    );
    await writeFile(join(work, 'a.md'), ids.join('\n\n'));
    const out = join(work, 'reports');
    const started = Date.now();
    const run = await runCli(
      [
        'verify',
        'a.md',
        ...verifyFlags(silent.origin, join(work, 'cache'), out),
        '--format',
        'json',
        '--max-duration',
        '1s',
      ],
      { cwd: work },
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.stderr).toContain('run time limit of 1s reached');
    const report = parseValidReport(await readFile(join(out, 'citecheck.json'), 'utf8'));
    const results = report.articles.flatMap((article) => article.results);
    expect(results).toHaveLength(5);
    for (const result of results) {
      expect(result.severity).toBe('unverifiable');
      expect(result.lookup).toMatchObject({ status: 'unverifiable', reason: 'not-checked' });
      expect(result.lookup?.status === 'unverifiable' && result.lookup.detail).toContain(
        'not checked: run time limit reached (1s)',
      );
    }
    expect(report.run.options).toMatchObject({ maxDurationMs: 1000 });
  }, 30_000);
});

describe('maxDurationMs while a host asks to wait (real time)', () => {
  let busy: LoopbackServer;
  beforeAll(async () => {
    busy = await startLoopbackServer((_request, response) =>
      response.writeHead(429, { 'retry-after': '300' }).end(),
    );
  });
  afterAll(() => busy.close());

  it('ends the wait at the limit: the CLI exits instead of sleeping out a 5-minute pause', async () => {
    assertBuilt();
    const work = await tempDir();
    await writeFile(join(work, 'a.md'), 'https://x.com/river/status/1700000000000000000\n');
    const started = Date.now();
    const run = await runCli(
      [
        'verify',
        'a.md',
        ...verifyFlags(busy.origin, join(work, 'cache'), join(work, 'out')),
        '--max-duration',
        '1s',
      ],
      { cwd: work },
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    // Nothing could be checked, which --max-unverifiable (default 50%) turns into exit 1: a job must not go green.
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('none of the 1 citations could be checked');
    const report = parseValidReport(await readFile(join(work, 'out', 'citecheck.json'), 'utf8'));
    expect(report.articles[0]?.results[0]?.lookup).toMatchObject({ reason: 'not-checked' });
  }, 30_000);
});

describe('parseDuration (the --max-duration grammar)', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['1.5h', 5_400_000],
    ['500ms', 500],
  ])('reads %s', (input, ms) => expect(parseDuration(input)).toBe(ms));

  it.each(['0s', '30', 'm', '-5m', '5 days'])('refuses %j', (input) =>
    expect(parseDuration(input)).toBeUndefined(),
  );
});
