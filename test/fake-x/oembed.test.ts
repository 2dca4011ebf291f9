import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFakeX } from '../../dev/fake-x/handlers.js';
import { ids, testScenario } from './fixture-scenario.js';

const fake = createFakeX(testScenario());
const server = setupServer(...fake.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.reset());
afterAll(() => server.close());

const oembed = (url: string, extra = '') =>
  `https://publish.x.com/oembed?url=${encodeURIComponent(url)}${extra}`;

describe('fake oEmbed', () => {
  it('renders the blockquote as publish.x.com does: t.co links as themselves, pic.twitter.com media, x.com mentions and hashtags, a UTC Month D, YYYY signature', async () => {
    const response = await fetch(oembed(`https://x.com/riverwatch/status/${ids.available}`, '&dnt=true'));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      url: `https://x.com/riverwatch/status/${ids.available}`,
      author_name: 'River Watch',
      author_url: 'https://x.com/riverwatch',
      type: 'rich',
      height: null,
      cache_age: '3153600000',
      provider_name: 'X',
      version: '1.0',
    });
    // Posted 02:30 UTC on March 16: US time zones would say March 15, the signature says the UTC date.
    expect(body.html).toBe(
      '<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Cleanup day &amp; picnic with ' +
        '<a href="https://x.com/parksdept?ref_src=twsrc%5Etfw">@parksdept</a> ' +
        '<a href="https://x.com/hashtag/RiverDay?src=hash&amp;ref_src=twsrc%5Etfw">#RiverDay</a> ' +
        '<a href="https://t.co/Link111">https://t.co/Link111</a> <a href="https://t.co/Pic2222">pic.twitter.com/Pic2222</a></p>' +
        `&mdash; River Watch (@riverwatch) <a href="https://x.com/riverwatch/status/${ids.available}?ref_src=twsrc%5Etfw">March 16, 2025</a></blockquote>\n` +
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n',
    );
  });

  it('shows pic.x.com media as pic.twitter.com and drops the script with omit_script', async () => {
    const body = await (
      await fetch(oembed(`https://x.com/i/web/status/${ids.edited0}`, '&omit_script=1'))
    ).json();
    expect(body.html).toContain('<a href="https://t.co/Vid3333">pic.twitter.com/Vid3333</a>');
    expect(body.html).not.toContain('<script');
  });

  it('answers with the current handle and name when the URL carries an old handle', async () => {
    const body = await (await fetch(oembed(`https://twitter.com/oldriverwatch/status/${ids.reply}`))).json();
    expect(body.author_url).toBe('https://x.com/riverwatch');
    expect(body.html).toContain('&mdash; River Watch (@riverwatch)');
  });

  it('answers 404 HTML for deleted, suspended, never-existed and off-domain URLs', async () => {
    for (const url of [
      `https://x.com/riverwatch/status/${ids.deleted}`,
      `https://x.com/riverwatch/status/${ids.suspended}`,
      `https://x.com/riverwatch/status/${ids.neverExisted}`,
      'https://example.org/riverwatch/status/1',
    ]) {
      const response = await fetch(oembed(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    }
  });

  it('answers 403 with the not-authorized error for a protected post', async () => {
    const response = await fetch(oembed(`https://x.com/riverwatch/status/${ids.protected}`));
    expect(response.status).toBe(403);
    expect((await response.json()).error).toBe('Sorry, you are not authorized to see this status.');
  });

  it('answers 400 with error 357 when url is missing', async () => {
    const response = await fetch('https://publish.x.com/oembed');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ code: 357, message: 'url: queryParam is required' }],
    });
  });

  it('redirects the old publish.twitter.com host to publish.x.com with 301', async () => {
    const query = `?url=${encodeURIComponent(`https://twitter.com/riverwatch/status/${ids.available}`)}`;
    const response = await fetch(`https://publish.twitter.com/oembed${query}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`https://publish.x.com/oembed${query}`);
    expect(fake.traffic.byEndpoint).toEqual({ 'oembed-legacy-host': 1 });
  });
});
