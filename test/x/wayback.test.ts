import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findArchivedCopy } from '../../src/x/wayback.js';
import { testFetcher } from './x-fetcher.js';

const ID = '1901234567890123456';
const PERMALINK = `https://twitter.com/nayibbukele/status/${ID}`;
const HEADER = ['timestamp', 'original', 'mimetype', 'statuscode'];
const server = setupServer();
const cdxQueries: URLSearchParams[] = [];
const replays: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cdxQueries.length = 0;
  replays.length = 0;
});
afterAll(() => server.close());

/** A Wayback Machine holding `captures` (url prefix → rows) and replay bodies by original URL. */
function wayback(
  captures: Record<string, string[][]>,
  bodies: Record<string, { body: string; type: string }>,
) {
  server.use(
    http.get('https://web.archive.org/cdx/search/cdx', ({ request }) => {
      const params = new URL(request.url).searchParams;
      cdxQueries.push(params);
      return HttpResponse.json([HEADER, ...(captures[params.get('url') ?? ''] ?? [])]);
    }),
    http.get('https://web.archive.org/web/*', ({ request }) => {
      const url = new URL(request.url);
      replays.push(url.pathname + url.search);
      const original = /^\/web\/\d{14}id_\/(.+)$/.exec(url.pathname + url.search)?.[1] ?? '';
      const found = bodies[original];
      return found
        ? new HttpResponse(found.body, { headers: { 'content-type': found.type } })
        : HttpResponse.html('<html>Wayback Machine has not archived that URL.</html>', { status: 404 });
    }),
  );
}

function availability(answer: Parameters<typeof HttpResponse.json>[0]) {
  server.use(http.get('https://archive.org/wayback/available', () => HttpResponse.json(answer)));
}

describe('findArchivedCopy', () => {
  it('queries CDX for the twitter.com and x.com permalinks and the syndication answer', async () => {
    wayback({}, {});
    availability({ archived_snapshots: {} });
    await findArchivedCopy('nayibbukele', ID, await testFetcher());
    expect(cdxQueries.map((q) => q.get('url')).sort()).toEqual([
      `cdn.syndication.twimg.com/tweet-result?id=${ID}`,
      `twitter.com/nayibbukele/status/${ID}`,
      `x.com/nayibbukele/status/${ID}`,
    ]);
    expect(Object.fromEntries(cdxQueries[0] ?? [])).toMatchObject({
      matchType: 'prefix',
      filter: 'statuscode:200',
      output: 'json',
      fl: 'timestamp,original,mimetype,statuscode',
    });
  });

  it('replays the JSON capture first and returns the archived post with its replay link', async () => {
    const syndication = `https://cdn.syndication.twimg.com/tweet-result?id=${ID}&lang=en`;
    wayback(
      {
        [`twitter.com/nayibbukele/status/${ID}`]: [['20250320000000', PERMALINK, 'text/html', '200']],
        [`cdn.syndication.twimg.com/tweet-result?id=${ID}`]: [
          ['20250317000000', syndication, 'application/json', '200'],
        ],
      },
      {
        [syndication]: {
          type: 'application/json',
          body: JSON.stringify({
            __typename: 'Tweet',
            id_str: ID,
            text: 'Too late 😂',
            created_at: '2025-03-16T04:00:00.000Z',
            user: { id_str: '1', screen_name: 'nayibbukele', name: 'Nayib Bukele' },
          }),
        },
      },
    );
    const search = await findArchivedCopy('nayibbukele', ID, await testFetcher());
    expect(search).toEqual({
      kind: 'found',
      copy: {
        url: `https://web.archive.org/web/20250317000000/${syndication}`,
        timestamp: '20250317000000',
        post: expect.objectContaining({ id: ID, text: 'Too late 😂', handle: 'nayibbukele' }),
      },
    });
    expect(replays).toEqual([`/web/20250317000000id_/${syndication}`]);
  });

  it('links a capture it cannot read (a login wall) without inventing a post', async () => {
    wayback(
      {
        [`x.com/nayibbukele/status/${ID}`]: [
          ['20250401000000', `https://x.com/nayibbukele/status/${ID}`, 'text/html', '200'],
        ],
      },
      {
        [`https://x.com/nayibbukele/status/${ID}`]: {
          type: 'text/html',
          body: '<html><body>Log in to X</body></html>',
        },
      },
    );
    expect(await findArchivedCopy('nayibbukele', ID, await testFetcher())).toEqual({
      kind: 'found',
      copy: {
        url: `https://web.archive.org/web/20250401000000/https://x.com/nayibbukele/status/${ID}`,
        timestamp: '20250401000000',
        post: null,
      },
    });
  });

  it('falls back to the availability API when CDX lists nothing', async () => {
    wayback({}, {});
    availability({
      url: `twitter.com/nayibbukele/status/${ID}`,
      archived_snapshots: {
        closest: {
          available: true,
          url: `http://web.archive.org/web/20250318000000/${PERMALINK}`,
          timestamp: '20250318000000',
          status: '200',
        },
      },
    });
    const search = await findArchivedCopy('nayibbukele', ID, await testFetcher());
    expect(search).toMatchObject({ kind: 'found', copy: { timestamp: '20250318000000', post: null } });
    expect(replays).toEqual([`/web/20250318000000id_/${PERMALINK}`]);
  });

  it('says none when neither CDX nor the availability API knows the post', async () => {
    wayback({}, {});
    availability({ archived_snapshots: {} });
    expect(await findArchivedCopy('nayibbukele', ID, await testFetcher())).toMatchObject({ kind: 'none' });
  });

  it('reports a failure with its reason when every archive query fails', async () => {
    server.use(
      http.get('https://web.archive.org/cdx/search/cdx', () => new HttpResponse('oops', { status: 500 })),
      http.get('https://archive.org/wayback/available', () => new HttpResponse('oops', { status: 500 })),
    );
    expect(await findArchivedCopy('nayibbukele', ID, await testFetcher())).toMatchObject({
      kind: 'failed',
      reason: 'network',
    });
  });
});
