import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { ids, testScenario } from './fixture-scenario.js';

const fake = createFakeX(testScenario());
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.reset());
afterAll(() => server.close());

const permalink = `https://twitter.com/oldriverwatch/status/${ids.deleted}`;

describe('fake Wayback Machine', () => {
  it('reports the closest 200 capture from the availability API', async () => {
    const response = await fetch(
      `https://archive.org/wayback/available?url=${encodeURIComponent(permalink)}`,
    );
    expect(await response.json()).toEqual({
      url: permalink,
      archived_snapshots: {
        closest: {
          status: '200',
          available: true,
          url: `http://web.archive.org/web/20250319101500/${permalink}`,
          timestamp: '20250319101500',
        },
      },
    });
  });

  it('answers {"archived_snapshots":{}} for a URL never archived', async () => {
    const response = await fetch('https://archive.org/wayback/available?url=twitter.com/nobody/status/1');
    expect(await response.json()).toEqual({ archived_snapshots: {} });
  });

  it('lists CDX captures as JSON rows after a header row, honouring prefix, filter and fl', async () => {
    const all = await fetch(
      `https://web.archive.org/cdx/search/cdx?url=twitter.com/oldriverwatch/status/${ids.deleted}&output=json&matchType=prefix`,
    );
    const rows = (await all.json()) as string[][];
    expect(rows[0]).toEqual([
      'urlkey',
      'timestamp',
      'original',
      'mimetype',
      'statuscode',
      'digest',
      'length',
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual([
      [`com,twitter)/oldriverwatch/status/${ids.deleted}`, '20250319101500', '200'],
      [`com,twitter)/oldriverwatch/status/${ids.deleted}`, '20250320000000', '302'],
    ]);
    const filtered = await fetch(
      `https://web.archive.org/cdx/search/cdx?url=twitter.com/oldriverwatch/*&output=json&filter=statuscode:200&fl=timestamp,mimetype`,
    );
    expect(await filtered.json()).toEqual([
      ['timestamp', 'mimetype'],
      ['20250319101500', 'text/html'],
    ]);
  });

  it('answers an empty JSON array when CDX has nothing', async () => {
    const response = await fetch(
      'https://web.archive.org/cdx/search/cdx?url=x.com/nobody/status/1&output=json',
    );
    expect(await response.json()).toEqual([]);
  });

  it('replays the archived post page with id_ under the handle it had when captured', async () => {
    const response = await fetch(`https://web.archive.org/web/20250319101500id_/${permalink}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      `<meta property="og:url" content="https://twitter.com/oldriverwatch/status/${ids.deleted}">`,
    );
    expect(html).toContain('<meta property="og:description" content="“Oops, wrong date.”">');
    expect(html).not.toContain('WAYBACK TOOLBAR');
  });

  it('replays a syndication JSON capture as the post was when archived', async () => {
    const target = `https://cdn.syndication.twimg.com/tweet-result?id=${ids.deleted}`;
    const response = await fetch(`https://web.archive.org/web/20250319110000id_/${target}`);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toMatchObject({ __typename: 'Tweet', text: 'Oops, wrong date.' });
  });

  it('redirects a replay at another time to the closest capture, and 404s for URLs never archived', async () => {
    const near = await fetch(`https://web.archive.org/web/2025id_/${permalink}`, { redirect: 'manual' });
    expect(near.status).toBe(302);
    expect(near.headers.get('location')).toBe(`https://web.archive.org/web/20250319101500id_/${permalink}`);
    const missing = await fetch('https://web.archive.org/web/2025id_/https://x.com/nobody/status/1');
    expect(missing.status).toBe(404);
  });

  it('adds the toolbar to replays without id_', async () => {
    const response = await fetch(`https://web.archive.org/web/20250319101500/${permalink}`);
    expect(await response.text()).toContain('<!-- BEGIN WAYBACK TOOLBAR INSERT -->');
  });
});
