import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readTcoPage, resolveShortLink } from '../../src/x/short-link.js';
import { shortLinkUrl } from '../../src/x-url/index.js';
import { testFetcher } from './x-fetcher.js';

const PHOTO = 'https://x.com/nicksortor/status/1905704047839035436/photo/1';
const server = setupServer();
const requested: string[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requested.length = 0;
});
afterAll(() => server.close());

function tco(code: string, respond: () => Response) {
  server.use(
    http.get(`https://t.co/${code}`, ({ request }) => {
      requested.push(request.url);
      return respond();
    }),
  );
}

/** t.co's answer to browser user agents: a page that redirects by meta, title and script. */
function browserPage(target: string, parts: { meta?: boolean; title?: boolean; script?: boolean } = {}) {
  const { meta = true, title = true, script = true } = parts;
  return HttpResponse.html(
    `<head><meta name="referrer" content="always">${meta ? `<noscript><META http-equiv="refresh" content="0;URL=${target}"></noscript>` : ''}${title ? `<title>${target}</title>` : ''}</head>${script ? `<script>window.opener = null; location.replace("${target.replace(/\//g, '\\/')}")</script>` : ''}`,
  );
}

describe('shortLinkUrl', () => {
  it.each([
    ['https://t.co/kRXbKoLBIk', 'https://t.co/kRXbKoLBIk'],
    ['http://t.co/kRXbKoLBIk?amp=1', 'https://t.co/kRXbKoLBIk'],
    ['pic.twitter.com/kRXbKoLBIk', 'https://t.co/kRXbKoLBIk'],
    ['https://pic.x.com/kRXbKoLBIk', 'https://t.co/kRXbKoLBIk'],
    ['https://example.org/kRXbKoLBIk', null],
  ])('maps %s to %s', (display, expected) => {
    expect(shortLinkUrl(display)).toBe(expected);
  });
});

describe('readTcoPage', () => {
  it('prefers the noscript meta refresh, then the title, then location.replace', () => {
    expect(
      readTcoPage(
        '<noscript><meta http-equiv="refresh" content="0;URL=https://a.example/"></noscript><title>https://b.example/</title>',
      ),
    ).toBe('https://a.example/');
    expect(readTcoPage('<title>https://b.example/</title>')).toBe('https://b.example/');
    expect(readTcoPage('<script>location.replace("https:\\/\\/c.example\\/x")</script>')).toBe(
      'https://c.example/x',
    );
    expect(readTcoPage('<title>t.co</title>')).toBeNull();
  });
});

describe('resolveShortLink', () => {
  it('resolves a pic.twitter.com link through t.co to the photo URL without requesting x.com', async () => {
    tco('kRXbKoLBIk', () => HttpResponse.redirect(PHOTO, 301));
    const resolution = await resolveShortLink('pic.twitter.com/kRXbKoLBIk', await testFetcher());
    expect(resolution).toEqual({
      resolution: {
        url: 'pic.twitter.com/kRXbKoLBIk',
        finalUrl: PHOTO,
        chain: [{ url: 'https://t.co/kRXbKoLBIk', status: 301, location: PHOTO }],
        error: null,
      },
      outcome: 'resolved',
      target: { handle: 'nicksortor', statusId: '1905704047839035436', mediaIndex: 1, kind: 'photo' },
    });
    expect(requested).toEqual(['https://t.co/kRXbKoLBIk']);
  });

  it('reads the target from t.co’s 200 page for browser-like clients', async () => {
    tco('fuBAJDqXes', () => browserPage('https://twitter.com/nicksortor/status/1905704047839035436'));
    const resolution = await resolveShortLink('https://t.co/fuBAJDqXes', await testFetcher());
    expect(resolution.outcome).toBe('resolved');
    expect(resolution.resolution.finalUrl).toBe('https://twitter.com/nicksortor/status/1905704047839035436');
    expect(resolution.resolution.chain).toEqual([
      {
        url: 'https://t.co/fuBAJDqXes',
        status: 200,
        location: 'https://twitter.com/nicksortor/status/1905704047839035436',
      },
    ]);
    expect(resolution.target).toMatchObject({ statusId: '1905704047839035436', kind: null });
  });

  it('falls back to location.replace when the page has no meta refresh or title URL', async () => {
    tco('Scr1pt', () => browserPage('https://example.org/a/b', { meta: false, title: false }));
    expect((await resolveShortLink('t.co/Scr1pt', await testFetcher())).resolution.finalUrl).toBe(
      'https://example.org/a/b',
    );
  });

  it('follows another shortener but never requests the final site', async () => {
    tco('Chain1', () => HttpResponse.redirect('https://bit.ly/abc', 301));
    server.use(
      http.get('https://bit.ly/abc', () => HttpResponse.redirect('https://news.example/story', 301)),
    );
    const resolution = await resolveShortLink('https://t.co/Chain1', await testFetcher());
    expect(resolution.resolution.finalUrl).toBe('https://news.example/story');
    expect(resolution.resolution.chain.map((hop) => hop.url)).toEqual([
      'https://t.co/Chain1',
      'https://bit.ly/abc',
    ]);
    expect(resolution.target).toBeNull();
  });

  it('calls a 200 page without any target unresolvable, not dead', async () => {
    tco('NoTarget', () => HttpResponse.html('<html><title>t.co</title></html>'));
    expect(await resolveShortLink('https://t.co/NoTarget', await testFetcher())).toMatchObject({
      outcome: 'unresolvable',
      resolution: expect.objectContaining({ finalUrl: null }),
    });
  });

  it('calls a t.co 404 without a target unresolvable, not dead', async () => {
    tco('Missing', () => HttpResponse.html('<html>Not found</html>', { status: 404 }));
    expect(await resolveShortLink('https://t.co/Missing', await testFetcher())).toMatchObject({
      outcome: 'unresolvable',
      resolution: { finalUrl: null, error: 't.co answered 404 without a target' },
    });
  });

  it('reports an offline cache miss as a failure with the reason, and other URLs as not short links', async () => {
    tco('Offline', () => HttpResponse.redirect(PHOTO, 301));
    const offline = await resolveShortLink('https://t.co/Offline', await testFetcher({ offline: true }));
    expect(offline).toMatchObject({ outcome: 'failed', resolution: { finalUrl: null } });
    expect(offline.resolution.error).toMatch(/^offline-miss: /);
    expect(requested).toEqual([]);
    expect(await resolveShortLink('https://example.org/x', await testFetcher())).toMatchObject({
      outcome: 'not-short-link',
    });
  });
});
