import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IdResolution } from '../../src/result.js';
import { lookupPost } from '../../src/x/lookup-post.js';
import { citation } from './citation-fixture.js';
import {
  bareTombstone,
  LONG_POST_FULL,
  LONG_POST_PREVIEW,
  longPost,
  SHAPE_ID,
  userLess,
} from './real-shapes.js';
import { testFetcher } from './x-fetcher.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const found: IdResolution = {
  status: 'found',
  statusId: SHAPE_ID,
  foundBy: 'cited',
  confidence: 'high',
  evidence: 'status ID in the markup',
};

const notFoundPage = () =>
  HttpResponse.html('<html><body>Sorry, that page does not exist</body></html>', { status: 404 });

/** publish.x.com's answer for the post: a blockquote whose signature links the status (or not). */
function oembedOf(text: string, signed = true) {
  const date = signed
    ? `<a href="https://twitter.com/MbkPier/status/${SHAPE_ID}?ref_src=twsrc%5Etfw">May 10, 2025</a>`
    : 'May 10, 2025';
  return {
    url: `https://twitter.com/MbkPier/status/${SHAPE_ID}`,
    author_name: 'Millbrook Pier',
    author_url: 'https://twitter.com/MbkPier',
    html: `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${text}</p>&mdash; Millbrook Pier (@MbkPier) ${date}</blockquote>\n`,
    type: 'rich',
    version: '1.0',
  };
}

function answer(syndication: () => Response, oembed: () => Response) {
  server.use(
    http.get('https://cdn.syndication.twimg.com/tweet-result', syndication),
    http.get('https://publish.x.com/oembed', oembed),
  );
}

async function lookup() {
  return lookupPost(citation({ handle: 'MbkPier' }), found, await testFetcher(), { archive: false });
}

describe('lookupPost on real response shapes', () => {
  it('calls a bare tombstone unavailable when oEmbed does not show the post either', async () => {
    answer(() => HttpResponse.json(bareTombstone), notFoundPage);
    expect(await lookup()).toMatchObject({ status: 'unavailable' });
  });

  it('reads {"errors":[…]} like a 404: deleted only when oEmbed agrees', async () => {
    answer(() => HttpResponse.json({ errors: [{ message: "Couldn't find Tweet" }] }), notFoundPage);
    const lookedUp = await lookup();
    expect(lookedUp).toMatchObject({ status: 'deleted' });
    expect(lookedUp.status === 'deleted' && lookedUp.evidence).toContain("Couldn't find Tweet");
  });

  it('does not call an {"errors":[…]} post gone when oEmbed shows it', async () => {
    answer(
      () => HttpResponse.json({ errors: [{ message: "Couldn't find Tweet" }] }),
      () => HttpResponse.json(oembedOf('Ferry back on the half hour from tomorrow.')),
    );
    expect(await lookup()).toMatchObject({ status: 'unverifiable', reason: 'sources-disagree' });
  });

  it('reports a post without user as account-gone, with the evidence, never available', async () => {
    answer(() => HttpResponse.json(userLess), notFoundPage);
    const lookedUp = await lookup();
    expect(lookedUp).toMatchObject({ status: 'account-gone' });
    expect(lookedUp.status === 'account-gone' && lookedUp.evidence).toMatch(/without its author/);
  });

  it('takes a long post’s full text from oEmbed when it extends the preview', async () => {
    answer(
      () => HttpResponse.json(longPost),
      () => HttpResponse.json(oembedOf(LONG_POST_FULL)),
    );
    const lookedUp = await lookup();
    expect(lookedUp).toMatchObject({ status: 'available', source: 'syndication' });
    if (lookedUp.status !== 'available') return;
    expect(lookedUp.post.text).toBe(LONG_POST_FULL);
    expect(lookedUp.post.truncated).toBe(false);
    expect(lookedUp.post.truncation).toBeUndefined();
  });

  it('keeps the preview, marked truncated, when oEmbed has no longer text of the same post', async () => {
    for (const oembed of [
      notFoundPage,
      () => HttpResponse.json(oembedOf('Something else entirely, and long enough to matter.')),
    ]) {
      answer(() => HttpResponse.json(longPost), oembed);
      const lookedUp = await lookup();
      expect(lookedUp.status === 'available' && lookedUp.post).toMatchObject({
        text: LONG_POST_PREVIEW,
        truncated: true,
        truncation: 'long-post-preview',
      });
      server.resetHandlers();
    }
  });

  it('with syndication down, does not take an oEmbed blockquote without a status link as the post (#18)', async () => {
    answer(
      () => HttpResponse.html('<html><body>Internal error</body></html>', { status: 500 }),
      () => HttpResponse.json(oembedOf('Ferry back on the half hour from tomorrow.', false)),
    );
    expect(await lookup()).toMatchObject({ status: 'unverifiable' });
  });
});
