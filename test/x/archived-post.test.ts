import { describe, expect, it } from 'vitest';
import { readArchivedPost } from '../../src/x/archived-post.js';
import type { CdxCapture } from '../../src/x/schemas.js';
import { rankCaptures, readCdxRows } from '../../src/x/wayback.js';
import { PAYLOAD_ID, tweetPayload } from './tweet-payload.js';

const ID = '1886545839015579961';

function capture(
  timestamp: string,
  original: string,
  mimetype = 'text/html',
  statuscode = '200',
): CdxCapture {
  return { timestamp, original, mimetype, statuscode };
}

describe('readCdxRows', () => {
  it('maps rows by the header row, in any field order', () => {
    const rows = [
      ['original', 'timestamp', 'statuscode', 'mimetype'],
      ['https://twitter.com/a/status/1', '20200101000000', '200', 'text/html'],
    ];
    expect(readCdxRows(rows)).toEqual({
      ok: true,
      captures: [capture('20200101000000', 'https://twitter.com/a/status/1')],
    });
    expect(readCdxRows([])).toEqual({ ok: true, captures: [] });
  });

  it('reports a changed shape with the zod issue path', () => {
    const result = readCdxRows({ rows: [] });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.detail).toMatch(/^cdx: /);
  });
});

describe('rankCaptures', () => {
  it('prefers JSON answers, then HTML from before the login-wall era, newest first within each', () => {
    const ranked = rankCaptures(
      [
        capture('20240101000000', `https://twitter.com/nayibbukele/status/${ID}`),
        capture('20230101000000', `https://twitter.com/nayibbukele/status/${ID}`),
        capture('20220101000000', `https://twitter.com/nayibbukele/status/${ID}`),
        capture(
          '20210101000000',
          `https://cdn.syndication.twimg.com/tweet-result?id=${ID}&lang=en`,
          'application/json',
        ),
      ],
      ID,
    );
    expect(ranked.map((c) => c.timestamp)).toEqual([
      '20210101000000',
      '20230101000000',
      '20220101000000',
      '20240101000000',
    ]);
  });

  it('drops captures of longer IDs a prefix query also matched, and non-200 or revisit rows', () => {
    const ranked = rankCaptures(
      [
        capture('20200101000000', `https://twitter.com/nayibbukele/status/${ID}9`),
        capture(
          '20200101000000',
          `https://cdn.syndication.twimg.com/tweet-result?id=${ID}9`,
          'application/json',
        ),
        capture('20200101000000', `https://twitter.com/nayibbukele/status/${ID}`, 'text/html', '302'),
        capture('20200101000000', `https://twitter.com/nayibbukele/status/${ID}`, 'warc/revisit', '-'),
        capture('20200102000000', `https://twitter.com/nayibbukele/status/${ID}?s=20`),
      ],
      ID,
    );
    expect(ranked).toEqual([capture('20200102000000', `https://twitter.com/nayibbukele/status/${ID}?s=20`)]);
  });
});

describe('readArchivedPost', () => {
  it('reads an archived syndication answer like a live one', () => {
    expect(readArchivedPost(PAYLOAD_ID, JSON.stringify(tweetPayload()), 'application/json')).toMatchObject({
      id: PAYLOAD_ID,
      handle: 'exampleorg',
      text: 'Launch report is out & it’s long https://t.co/AbCdEf1234',
    });
  });

  it('reads data.text of an API answer and text of a v1.1 answer, when the ID matches', () => {
    expect(
      readArchivedPost(
        ID,
        JSON.stringify({ data: { id: ID, text: 'Too late 😂 &amp; more' } }),
        'application/json',
      ),
    ).toMatchObject({
      id: ID,
      text: 'Too late 😂 & more',
    });
    expect(
      readArchivedPost(
        ID,
        JSON.stringify({ id_str: ID, text: 'v1', user: { screen_name: 'nayibbukele' } }),
        undefined,
      ),
    ).toMatchObject({ text: 'v1', handle: 'nayibbukele' });
    expect(
      readArchivedPost(ID, JSON.stringify({ id_str: '20', text: 'someone else' }), undefined),
    ).toBeNull();
  });

  it('reads an embed blockquote of the post, but not of another post', () => {
    const page = (id: string) =>
      `<html><body><blockquote class="twitter-tweet"><p>Oopsie… <a href="https://t.co/nDHL6deLJq">pic.twitter.com/nDHL6deLJq</a></p>&mdash; Nayib Bukele (@nayibbukele) <a href="https://twitter.com/nayibbukele/status/${id}">March 16, 2025</a></blockquote></body></html>`;
    expect(readArchivedPost(ID, page(ID), 'text/html')).toMatchObject({
      handle: 'nayibbukele',
      name: 'Nayib Bukele',
      createdAt: '2025-03-16',
      truncated: true,
    });
    expect(readArchivedPost(ID, page('20'), 'text/html')).toBeNull();
  });

  it('reads an old permalink page from its og: tags', () => {
    const page = `<html><head><meta property="og:url" content="https://twitter.com/nayibbukele/status/${ID}"><meta property="og:title" content="Nayib Bukele on Twitter"><meta property="og:description" content="“🇸🇻🤝🏼🇺🇸 https://t.co/IBHielgYvI”"></head></html>`;
    expect(readArchivedPost(ID, page, 'text/html')).toMatchObject({
      text: '🇸🇻🤝🏼🇺🇸 https://t.co/IBHielgYvI',
      name: 'Nayib Bukele',
      handle: 'nayibbukele',
    });
  });

  it('finds nothing in a login wall or JS shell', () => {
    expect(
      readArchivedPost(
        ID,
        '<html><body><div id="react-root">Something went wrong</div></body></html>',
        'text/html',
      ),
    ).toBeNull();
  });
});

describe('readArchivedPost on a pre-2023 permalink page', () => {
  const page = `<html><head><meta property="og:url" content="https://twitter.com/leobrandt/status/${ID}"><meta property="og:description" content="“og text”"></head><body>
<div class="permalink-tweet-container"><div class="tweet permalink-tweet js-original-tweet" data-tweet-id="${ID}" data-screen-name="leobrandt" data-name="Leo Brandt" data-user-id="77">
<p class="TweetTextSize js-tweet-text tweet-text" lang="en">Litter &amp; more<br>see <a href="https://t.co/Rv2Ex7Mb4K" class="twitter-timeline-link" data-expanded-url="https://river.example/day"><span class="invisible">https://</span><span class="js-display-url">river.example/day</span></a> <a href="https://t.co/Pic2222" class="twitter-timeline-link u-hidden" data-pre-embedded="true">pic.twitter.com/Pic2222</a></p>
<a class="tweet-timestamp" href="/leobrandt/status/${ID}"><span class="_timestamp js-short-timestamp" data-time="1746905474" data-time-ms="1746905474000">4:11 PM - 10 May 2025</span></a>
</div></div></body></html>`;

  it('reads author, time, text with t.co links and the hidden media link from the markup', () => {
    expect(readArchivedPost(ID, page, 'text/html')).toEqual({
      id: ID,
      handle: 'leobrandt',
      name: 'Leo Brandt',
      userId: '77',
      createdAt: '2025-05-10T19:31:14.000Z',
      text: 'Litter & more\nsee https://t.co/Rv2Ex7Mb4K',
      links: [
        {
          url: 'https://t.co/Rv2Ex7Mb4K',
          expandedUrl: 'https://river.example/day',
          displayUrl: 'river.example/day',
          kind: 'url',
        },
        {
          url: 'https://t.co/Pic2222',
          expandedUrl: null,
          displayUrl: 'pic.twitter.com/Pic2222',
          kind: 'media',
        },
      ],
      quotedText: null,
      replyTo: null,
      lang: null,
      edit: null,
      truncated: false,
    });
  });

  it('ignores the markup of another post on the page', () => {
    expect(readArchivedPost(`${ID}9`, page, 'text/html')).toBeNull();
  });
});
