import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchOEmbed } from '../../src/x/oembed.js';
import { testFetcher } from './x-fetcher.js';

const ID = '1905704047839035436';
const server = setupServer();
const seen: URL[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

function oembedAnswer(statusId: string) {
  return {
    url: `https://x.com/nicksortor/status/${statusId}`,
    author_name: 'Nick Sortor',
    author_url: 'https://x.com/nicksortor',
    html: `<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next month<br><br>El Salvador has proven to be one of our BEST allies &amp; more… <a href="https://t.co/kRXbKoLBIk">pic.twitter.com/kRXbKoLBIk</a></p>&mdash; Nick Sortor (@nicksortor) <a href="https://x.com/nicksortor/status/${statusId}?ref_src=twsrc%5Etfw">March 28, 2025</a></blockquote>\n`,
    width: 550,
    height: null,
    type: 'rich',
    cache_age: '3153600000',
    provider_name: 'X',
    provider_url: 'https://x.com',
    version: '1.0',
  };
}

function publish(respond: (url: URL) => Response) {
  server.use(
    http.get('https://publish.x.com/oembed', ({ request }) => {
      const url = new URL(request.url);
      seen.push(url);
      return respond(url);
    }),
  );
}

describe('fetchOEmbed', () => {
  it('asks publish.x.com for the x.com URL without script, and reads the truncated post', async () => {
    publish(() => HttpResponse.json(oembedAnswer(ID)));
    const result = await fetchOEmbed('nicksortor', ID, await testFetcher());
    expect(Object.fromEntries(seen[0]?.searchParams ?? [])).toEqual({
      url: `https://x.com/nicksortor/status/${ID}`,
      omit_script: '1',
      dnt: '1',
      lang: 'en',
    });
    expect(result).toMatchObject({
      kind: 'post',
      post: {
        id: ID,
        handle: 'nicksortor',
        name: 'Nick Sortor',
        createdAt: '2025-03-28',
        truncated: true,
        text: '🚨 JUST IN: President Trump will be hosting El Salvador President Nayib Bukele at the White House next month\n\nEl Salvador has proven to be one of our BEST allies & more… pic.twitter.com/kRXbKoLBIk',
      },
    });
  });

  it('uses the handle-less /i/ form when the citation shows no handle', async () => {
    publish(() => HttpResponse.json(oembedAnswer(ID)));
    await fetchOEmbed(null, ID, await testFetcher());
    expect(seen[0]?.searchParams.get('url')).toBe(`https://x.com/i/status/${ID}`);
  });

  it('follows a 301 to the other oEmbed host', async () => {
    server.use(
      http.get('https://publish.x.com/oembed', ({ request }) =>
        HttpResponse.redirect(`https://publish.twitter.com/oembed${new URL(request.url).search}`, 301),
      ),
      http.get('https://publish.twitter.com/oembed', () => HttpResponse.json(oembedAnswer(ID))),
    );
    expect((await fetchOEmbed('nicksortor', ID, await testFetcher())).kind).toBe('post');
  });

  it('reads 404 (an HTML page) as not found and 403 as protected', async () => {
    publish(() =>
      HttpResponse.html('<html><body>Sorry, that page does not exist</body></html>', { status: 404 }),
    );
    expect(await fetchOEmbed('nicksortor', ID, await testFetcher())).toMatchObject({ kind: 'not-found' });
    server.resetHandlers();
    publish(() =>
      HttpResponse.json(
        { error: 'Sorry, you are not authorized to see this status.', request: '/oembed' },
        { status: 403 },
      ),
    );
    expect(await fetchOEmbed('nicksortor', ID, await testFetcher())).toMatchObject({ kind: 'protected' });
  });

  it('reports an answer about another post, or a 402, as a failure rather than the post', async () => {
    publish(() => HttpResponse.json(oembedAnswer('1905704047839035999')));
    expect(await fetchOEmbed('nicksortor', ID, await testFetcher())).toMatchObject({
      kind: 'failed',
      reason: 'unexpected-response',
    });
    server.resetHandlers();
    publish(() => new HttpResponse('Payment Required', { status: 402 }));
    expect(await fetchOEmbed('nicksortor', ID, await testFetcher())).toMatchObject({
      kind: 'failed',
      reason: 'unexpected-response',
    });
  });
});
