import { readFile } from 'node:fs/promises';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { loadScenario, type Scenario } from '../../dev/fake-x/scenario.js';
import { snowflakeTime } from '../../src/x/snowflake.js';

const examples = new URL('../../examples/', import.meta.url);
let scenario: Scenario;

beforeAll(async () => {
  scenario = await loadScenario(new URL('scenario.json', examples).pathname);
});

describe('examples/scenario.json', () => {
  it('is labelled as illustrative', () => {
    expect(scenario.label).toMatch(/illustrative/i);
    expect(scenario.label).toMatch(/invented/i);
  });

  it('gives every post a Snowflake ID that encodes its createdAt', () => {
    for (const post of scenario.posts) {
      expect(snowflakeTime(post.id)?.toISOString(), post.id).toBe(new Date(post.createdAt).toISOString());
    }
  });

  it('holds every status ID the demo articles cite', async () => {
    const cited = new Set<string>();
    for (const name of ['harbor-footbridge.txt', 'river-cleanup.html', 'route-9-notes.md']) {
      const text = await readFile(new URL(`articles/${name}`, examples), 'utf8');
      for (const match of text.matchAll(/status\/(\d{15,20})|id="(\d{15,20})"/g))
        cited.add(match[1] ?? match[2] ?? '');
    }
    const known = new Set(scenario.posts.map((post) => post.id));
    expect(cited.size).toBeGreaterThanOrEqual(9);
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
  });

  it('covers the cases the demo promises', () => {
    const states = scenario.posts.map((post) => post.state.status);
    expect(states).toEqual(expect.arrayContaining(['available', 'deleted', 'protected', 'suspended']));
    expect(scenario.posts.some((post) => post.author.renamedFrom.length > 0)).toBe(true);
    expect(scenario.posts.some((post) => (post.edits?.ids.length ?? 0) > 1)).toBe(true);
    const deleted = scenario.posts.find((post) => post.state.status === 'deleted');
    expect(scenario.archive.some((capture) => capture.post === deleted?.id)).toBe(true);
  });
});

describe('the demo scenario served by the fake', () => {
  const server = setupServer();
  beforeAll(() => {
    server.use(...createFakeX(scenario).handlers);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => server.close());

  it('resolves the flattened article’s pic links to their posts and leaves its t.co link unresolvable', async () => {
    const pic = await fetch('https://t.co/Hb3nR8vTqE', { redirect: 'manual' });
    expect(pic.headers.get('location')).toBe(
      'https://twitter.com/MillbrookCity/status/1911240453414314046/photo/1',
    );
    expect((await fetch('https://t.co/Zq8Lm3NoPe', { redirect: 'manual' })).status).toBe(404);
  });

  it('signs the off-by-one post with the UTC date, a day after the article’s', async () => {
    const url = encodeURIComponent('https://x.com/MillbrookCity/status/1911240453414314046');
    const body = await (await fetch(`https://publish.x.com/oembed?url=${url}`)).json();
    expect(body.html).toContain('>April 13, 2025</a>');
  });
});
