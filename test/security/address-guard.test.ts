import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX, type FakeXServer, parseScenario, startFakeXServer } from '../../dev/fake-x/index.js';
import type { ExtractOutput } from '../../src/citation.js';
import { createFetcher } from '../../src/fetch/index.js';
import { type ConnectionCounter, startConnectionCounter } from '../support/connection-counter.js';
import { type LoopbackServer, startLoopbackServer } from '../support/loopback-server.js';
import { parseValidReport } from '../support/report-files.js';
import { runCli } from '../support/run-cli.js';
import { fetchErrorCode, tableLookup } from '../support/table-lookup.js';
import { tempDir } from '../support/temp-dir.js';

// The address guard on every path that fetches. "Refused" always means: the right error AND zero
// connections at a loopback listener that counts them. No traffic leaves 127.0.0.1.
let counter: ConnectionCounter;
beforeAll(async () => {
  counter = await startConnectionCounter();
});
afterAll(() => counter.close());

describe('bypass attempts against createFetcher (no upstream)', () => {
  const lookup = tableLookup({
    'loopback.example': ['127.0.0.1'],
    'metadata.example': ['169.254.169.254'],
    'mapped.example': ['::ffff:127.0.0.1'],
    'rebinding.example': ['93.184.216.34', '127.0.0.1'],
    'teredo.example': ['2001:0:4136:e378:8000:63bf:3fff:fdd2'],
    'translated.example': ['::ffff:0:7f00:1'],
    'nat64-local.example': ['64:ff9b:1::7f00:1'],
  });
  const urls = (port: number): string[] => [
    `http://127.0.0.1:${port}/`,
    `http://2130706433:${port}/`, // decimal
    `http://017700000001:${port}/`, // octal, one number
    `http://0177.0.0.1:${port}/`, // octal octet
    `http://0x7f000001:${port}/`, // hex
    `http://0x7f.0x0.0x0.0x1:${port}/`,
    `http://127.1:${port}/`, // short form
    `http://[::1]:${port}/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
    `http://[::ffff:7f00:1]:${port}/`,
    `http://[0:0:0:0:0:ffff:127.0.0.1]:${port}/`,
    `http://0.0.0.0:${port}/`, // reaches loopback on Linux
    `http://0:${port}/`,
    `http://localhost:${port}/`,
    `http://localhost.:${port}/`,
    `http://LOCALHOST:${port}/`,
    `http://api.localhost:${port}/`,
    `http://user:pass@127.0.0.1:${port}/`,
    `http://loopback.example:${port}/`,
    `http://metadata.example:${port}/`,
    `http://mapped.example:${port}/`,
    `http://rebinding.example:${port}/`,
    `http://[::ffff:0:127.0.0.1]:${port}/`, // IPv4-translated
    `http://[::127.0.0.1]:${port}/`, // deprecated IPv4-compatible
    `http://[2002:7f00:1::1]:${port}/`, // 6to4
    `http://teredo.example:${port}/`,
    `http://translated.example:${port}/`,
    `http://nat64-local.example:${port}/`,
  ];

  it('refuses every loopback spelling, and names that resolve into private space, without connecting', async () => {
    const fetcher = await createFetcher({ cacheDir: await tempDir(), env: {}, lookup, maxRetries: 0 });
    try {
      for (const url of urls(counter.port)) {
        expect(await fetchErrorCode(fetcher.fetch({ url, cacheClass: 'none' })), url).toBe(
          'refused-by-guard',
        );
      }
    } finally {
      await fetcher.close();
    }
    expect(counter.connections).toBe(0);
    // Only the DNS names were resolved, each once: IP spellings and localhost never reach DNS.
    expect(lookup.calls.sort()).toEqual([
      'loopback.example',
      'mapped.example',
      'metadata.example',
      'nat64-local.example',
      'rebinding.example',
      'teredo.example',
      'translated.example',
    ]);
  });
});

describe('article URL inputs (citecheck CLI without --upstream)', () => {
  it('extract refuses a loopback article URL with an error naming it, and never connects', async () => {
    const work = await tempDir();
    const urls = [
      `http://127.0.0.1:${counter.port}/x`,
      `http://[::ffff:127.0.0.1]:${counter.port}/y`,
      `http://2130706433:${counter.port}/z`,
    ];
    const run = await runCli(['extract', '--json', ...urls], { cwd: work });
    expect(run.code).toBe(1); // each refused URL is an error entry: a finding, not a crash
    const output = JSON.parse(run.stdout) as ExtractOutput;
    expect(output.articles.map((a) => a.errors[0]?.message ?? '')).toEqual(
      urls.map(() => expect.stringMatching(/could not fetch: refused/)),
    );
    expect(output.articles.map((a) => a.source).sort()).toEqual([...urls].sort());
    expect(counter.connections).toBe(0);
  });

  it('verify refuses it too, reporting the URL as a source error in a valid report', async () => {
    const work = await tempDir();
    const url = `http://localhost:${counter.port}/article`;
    const run = await runCli(
      ['verify', url, '--cache-dir', 'cache', '--out', 'out', '--format', 'json', '--no-progress'],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(1); // a source that could not be read fails the run
    const report = parseValidReport(
      await (await import('node:fs/promises')).readFile(join(work, 'out', 'citecheck.json'), 'utf8'),
    );
    expect(report.articles).toEqual([
      { source: url, errors: [{ source: url, message: expect.stringMatching(/refused/) }], results: [] },
    ]);
    expect(counter.connections).toBe(0);
  });
});

describe('redirects into private space from the upstream', () => {
  let origin: LoopbackServer;
  let fakeServer: FakeXServer;
  beforeAll(async () => {
    // Every path (article, t.co, Wayback replay) answers with a redirect to the counting listener.
    origin = await startLoopbackServer((_request, response) =>
      response.writeHead(302, { location: `${counter.origin}/internal` }).end(),
    );
    const fake = createFakeX(
      parseScenario({
        label: 'Invented: one t.co code that points at the cloud metadata address',
        posts: [],
        shortLinks: { Meta1: 'http://169.254.169.254/latest/meta-data/', Loop1: `${counter.origin}/admin` },
      }),
    );
    fakeServer = await startFakeXServer(fake);
  });
  afterAll(async () => {
    await origin.close();
    await fakeServer.close();
  });

  it.each([
    ['an article URL', 'https://news.example/story', 'article'],
    ['a t.co link', 'https://t.co/AbC123', 'short-link'],
    ['a Wayback replay', 'https://web.archive.org/web/20250101000000id_/https://x.com/a/status/1', 'archive'],
  ] as const)(
    'refuses %s that redirects to a loopback address, without connecting',
    async (_name, url, cacheClass) => {
      const fetcher = await createFetcher({
        cacheDir: await tempDir(),
        env: {},
        upstream: origin.origin,
        maxRetries: 0,
      });
      try {
        expect(await fetchErrorCode(fetcher.fetch({ url, cacheClass }))).toBe('refused-by-guard');
      } finally {
        await fetcher.close();
      }
      expect(counter.connections).toBe(0);
    },
  );

  it('refuses the fake X t.co redirect to 169.254.169.254 when the fetcher follows it', async () => {
    const fetcher = await createFetcher({
      cacheDir: await tempDir(),
      env: {},
      upstream: fakeServer.url,
      maxRetries: 0,
    });
    try {
      expect(
        await fetchErrorCode(fetcher.fetch({ url: 'https://t.co/Meta1', cacheClass: 'short-link' })),
      ).toBe('refused-by-guard');
    } finally {
      await fetcher.close();
    }
  });

  it('never requests a t.co target in private space during verify; the link is reported, not followed', async () => {
    const work = await tempDir();
    await writeFile(
      join(work, 'article.md'),
      'Read the thread:\n\n> The inspection report is online https://t.co/Loop1\n>\n> — Millbrook River Trust (@MbkRiverTrust) April 11, 2025\n',
    );
    const run = await runCli(
      [
        'verify',
        'article.md',
        '--upstream',
        fakeServer.url,
        '--cache-dir',
        'cache',
        '--out',
        'out',
        '--format',
        'json',
        '--no-progress',
      ],
      { cwd: work },
    );
    expect([0, 1], run.stderr).toContain(run.code);
    const report = parseValidReport(
      await (await import('node:fs/promises')).readFile(join(work, 'out', 'citecheck.json'), 'utf8'),
    );
    const links = report.articles.flatMap((a) => a.results.flatMap((r) => r.links));
    expect(links.map((link) => link.url)).toContain('https://t.co/Loop1');
    expect(counter.connections).toBe(0);
  });
});
