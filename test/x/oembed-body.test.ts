import { describe, expect, it } from 'vitest';
import { readOEmbedBody } from '../../src/x/oembed.js';
import { readEmbedBlockquote } from '../../src/x/served-embed-html.js';

const AT = '2026-06-01T00:00:00.000Z';

/** The reference's invented oEmbed answer (x-platform.md §2.2). */
const reference = {
  url: 'https://x.com/exampleorg/status/1800000000000000001',
  author_name: 'Example Org',
  author_url: 'https://x.com/exampleorg',
  html: '<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Launch report is out &amp; it’s long <a href="https://t.co/AbCdEf1234">example.org/report</a> <a href="https://t.co/ZyXwVu9876">pic.twitter.com/ZyXwVu9876</a></p>&mdash; Example Org (@exampleorg) <a href="https://x.com/exampleorg/status/1800000000000000001?ref_src=twsrc%5Etfw">June 10, 2024</a></blockquote>\n',
  width: 550,
  height: null,
  type: 'rich',
  cache_age: '3153600000',
  provider_name: 'X',
  provider_url: 'https://x.com',
  version: '1.0',
};

describe('readOEmbedBody', () => {
  it('reads author, handle, UTC date, text with display URLs, and t.co links from the blockquote', () => {
    expect(readOEmbedBody('1800000000000000001', reference, AT)).toEqual({
      kind: 'post',
      fetchedAt: AT,
      post: {
        id: '1800000000000000001',
        handle: 'exampleorg',
        name: 'Example Org',
        userId: null,
        createdAt: '2024-06-10',
        text: 'Launch report is out & it’s long example.org/report pic.twitter.com/ZyXwVu9876',
        links: [
          {
            url: 'https://t.co/AbCdEf1234',
            expandedUrl: null,
            displayUrl: 'example.org/report',
            kind: 'url',
          },
          {
            url: 'https://t.co/ZyXwVu9876',
            expandedUrl: null,
            displayUrl: 'pic.twitter.com/ZyXwVu9876',
            kind: 'media',
          },
        ],
        quotedText: null,
        replyTo: null,
        lang: null,
        edit: null,
        truncated: false,
      },
    });
  });

  it('calls an answer about another post an unexpected response', () => {
    const other = { ...reference, url: 'https://x.com/exampleorg/status/1800000000000000002' };
    expect(readOEmbedBody('1800000000000000001', other, AT)).toMatchObject({
      kind: 'failed',
      reason: 'unexpected-response',
    });
  });

  it('names the missing field when the JSON changed shape', () => {
    const { html: _html, ...withoutHtml } = reference;
    const result = readOEmbedBody('1800000000000000001', withoutHtml, AT);
    expect(result).toMatchObject({ kind: 'failed', reason: 'unexpected-response' });
    expect(result.kind === 'failed' && result.detail).toMatch(/^oembed: html: /);
  });

  it('falls back to the signature link for the ID when the answer has no url', () => {
    const { url: _url, ...withoutUrl } = reference;
    expect(readOEmbedBody('1800000000000000001', withoutUrl, AT).kind).toBe('post');
  });
});

describe('readEmbedBlockquote', () => {
  it('turns <br> into newlines and keeps emoji flags, hashtags and mentions as text', () => {
    const quote = readEmbedBlockquote(
      '<blockquote class="twitter-tweet"><p lang="und" dir="ltr">🇸🇻🤝🏼🇺🇸<br><br>Thanks <a href="https://twitter.com/SecRubio?ref_src=twsrc%5Etfw">@SecRubio</a> <a href="https://twitter.com/hashtag/ElSalvador?src=hash&amp;ref_src=twsrc%5Etfw">#ElSalvador</a> <a href="https://t.co/IBHielgYvI">pic.twitter.com/IBHielgYvI</a></p>&mdash; Nayib Bukele (@nayibbukele) <a href="https://twitter.com/nayibbukele/status/1886545839015579961?ref_src=twsrc%5Etfw">February 3, 2025</a></blockquote>',
    );
    expect(quote).toEqual({
      text: '🇸🇻🤝🏼🇺🇸\n\nThanks @SecRubio #ElSalvador pic.twitter.com/IBHielgYvI',
      links: [
        {
          url: 'https://t.co/IBHielgYvI',
          expandedUrl: null,
          displayUrl: 'pic.twitter.com/IBHielgYvI',
          kind: 'media',
        },
      ],
      truncated: false,
      name: 'Nayib Bukele',
      handle: 'nayibbukele',
      date: '2025-02-03',
      statusId: '1886545839015579961',
    });
  });

  it('marks a paragraph ending in "…" before its trailing media link as truncated', () => {
    const quote = readEmbedBlockquote(
      '<blockquote class="twitter-tweet"><p>deserves this recognition more… <a href="https://t.co/kRXbKoLBIk">pic.twitter.com/kRXbKoLBIk</a></p>&mdash; Nick Sortor (@nicksortor) <a href="https://twitter.com/nicksortor/status/1905704047839035436">March 28, 2025</a></blockquote>',
    );
    expect(quote?.truncated).toBe(true);
    expect(quote?.date).toBe('2025-03-28');
  });

  it('does not mistake a shortened display URL ending in "…" for a truncated post', () => {
    const quote = readEmbedBlockquote(
      '<blockquote class="twitter-tweet"><p>Read this <a href="https://t.co/AbC">nytimes.com/2025/03/28/us/…</a></p>&mdash; A (@a) <a href="https://x.com/a/status/1">March 28, 2025</a></blockquote>',
    );
    expect(quote?.truncated).toBe(false);
    expect(quote?.text).toBe('Read this nytimes.com/2025/03/28/us/…');
  });

  it('returns null for HTML without an embed paragraph', () => {
    expect(readEmbedBlockquote('<html><body><div>Something went wrong</div></body></html>')).toBeNull();
  });
});

describe('readOEmbedBody on an answer about another post', () => {
  it('trusts the blockquote’s own status link over the echoed url, so another post is never taken as this one', () => {
    const other = {
      ...reference,
      html: reference.html.replace('status/1800000000000000001', 'status/1800000000000000999'),
    };
    const result = readOEmbedBody('1800000000000000001', other, AT);
    expect(result).toMatchObject({ kind: 'failed', reason: 'unexpected-response' });
  });
});

describe('readOEmbedBody on a blockquote without a status link (#18)', () => {
  it('never takes the echoed url alone as confirmation of the post', () => {
    const unsigned = {
      ...reference,
      html: reference.html.replace(/<a href="[^"]*status\/1800000000000000001[^"]*">([^<]*)<\/a>/, '$1'),
    };
    expect(unsigned.html).not.toContain('status/1800000000000000001');
    expect(unsigned.url).toContain('status/1800000000000000001');
    const result = readOEmbedBody('1800000000000000001', unsigned, AT);
    expect(result).toMatchObject({ kind: 'failed', reason: 'unexpected-response' });
    expect(result.kind === 'failed' && result.detail).toContain('a post without a status link');
  });
});
