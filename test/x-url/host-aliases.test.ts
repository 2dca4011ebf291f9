import { describe, expect, it } from 'vitest';
import { compareLinks } from '../../src/compare/links.js';
import { classifyLink, extractCitations } from '../../src/extract/index.js';
import { citedLinkFromAnchor } from '../../src/extract/link-kind.js';
import {
  findStatusUrls,
  hostsWithRole,
  isXHost,
  linkHostRole,
  parseStatusTarget,
  parseStatusUrl,
  shortCodeOf,
  shortLinkUrl,
  statusPermalink,
  urlKey,
} from '../../src/x-url/index.js';
import { live, makeCitation, makePost, resolved, urlLink } from '../compare/factories.js';

// Every name X's post pages have been served under, as people paste them.
const SITE_HOSTS = [
  'twitter.com',
  'x.com',
  'www.twitter.com',
  'www.x.com',
  'mobile.twitter.com',
  'mobile.x.com',
  'm.twitter.com',
  'm.x.com',
  'MOBILE.Twitter.COM',
];

// Every path form of one status, [path, handle, media kind, media index].
const STATUS_PATHS: [string, string | null, 'photo' | 'video' | null, number | null][] = [
  ['/alice_b/status/12', 'alice_b', null, null],
  ['/alice_b/statuses/12', 'alice_b', null, null],
  ['/#!/alice_b/status/12', 'alice_b', null, null],
  ['/i/web/status/12', null, null, null],
  ['/i/status/12', null, null, null],
  ['/statuses/12', null, null, null],
  ['/alice_b/status/12/photo/1', 'alice_b', 'photo', 1],
  ['/alice_b/status/12/video/2', 'alice_b', 'video', 2],
];

const STATUS_CASES = SITE_HOSTS.flatMap((host) =>
  STATUS_PATHS.map(([path, handle, kind, mediaIndex]) => ({ host, path, handle, kind, mediaIndex })),
);

describe.each(STATUS_CASES)('status URL on $host$path', ({ host, path, handle, kind, mediaIndex }) => {
  const url = `https://${host}${path}`;
  const media = kind === null ? '' : `/${kind}/${mediaIndex}`;

  it('parses to the same post everywhere', () => {
    expect(parseStatusUrl(url)).toEqual({ handle, statusId: '12', mediaIndex });
    expect(parseStatusUrl(`${host}${path}?s=20`)?.statusId).toBe('12');
    expect(parseStatusTarget(url)).toEqual({ handle, statusId: '12', mediaIndex, kind });
  });

  it('has one canonical key, whatever the host, path form, query and trailing slash', () => {
    expect(urlKey(url)).toBe(`x.com/i/status/12${media}`);
    expect(urlKey(`http://${host}${path}/?s=20&t=AbC`)).toBe(`x.com/i/status/12${media}`);
  });

  it('is found in prose, classified as a permalink, and its host is an X page host', () => {
    expect(findStatusUrls(`See ${url}, then more.`).map((m) => m.url)).toEqual([url]);
    expect(classifyLink(url)).toBe('status');
    expect(isXHost(new URL(`https://${host}/`))).toBe(true);
    expect(linkHostRole(url)).toMatch(/^(?:permalink|site)$/);
    expect(shortCodeOf(url)).toBeNull();
  });

  it('round-trips through the permalink built for it', () => {
    expect(urlKey(statusPermalink(handle, '12'))).toBe('x.com/i/status/12');
  });
});

describe.each(SITE_HOSTS)('X pages on %s', (host) => {
  it('drops hashtag and search anchors as entity links', () => {
    expect(citedLinkFromAnchor(`https://${host}/hashtag/cats?src=hash`, 'cats')).toBeNull();
    expect(citedLinkFromAnchor(`https://${host}/search?q=%24TSLA`, 'TSLA')).toBeNull();
  });

  it('keys a non-status page under x.com', () => {
    expect(urlKey(`https://${host}/Alice_B/`)).toBe('x.com/alice_b');
  });
});

// Every name of the shortener and the media links, each in every way it is written.
const SHORT_CASES = [
  ...['t.co', 'www.t.co', 'T.CO'].map((host) => ({
    host,
    code: 't.co',
    kind: 'tco',
    role: 'short',
    key: 't.co',
  })),
  ...['pic.twitter.com', 'pic.x.com', 'www.pic.twitter.com', 'PIC.X.COM'].map((host) => ({
    host,
    code: 'pic',
    kind: 'media',
    role: 'pic',
    key: 'pic.x.com',
  })),
].flatMap((c) =>
  [`https://${c.host}/AbC12`, `${c.host}/AbC12`, `http://${c.host}/AbC12/?amp=1`].map((url) => ({
    ...c,
    url,
  })),
);

describe.each(SHORT_CASES)('$url', ({ url, code, kind, role, key }) => {
  it(`is a ${kind} link sharing the t.co code in every function`, () => {
    expect(shortCodeOf(url)).toEqual({ host: code, code: 'AbC12' });
    expect(shortLinkUrl(url)).toBe('https://t.co/AbC12');
    expect(classifyLink(url)).toBe(kind);
    expect(linkHostRole(url)).toBe(role);
    expect(urlKey(url)).toBe(`${key}/AbC12`);
    expect(parseStatusUrl(url)).toBeUndefined();
  });
});

describe('hosts that only look like X', () => {
  it.each([
    'https://t.co.example.org/AbC12',
    'https://fxtwitter.com/alice_b/status/12',
    'https://twitter.com.example.org/alice_b/status/12',
    'https://pic.twitter.com.example.org/AbC12',
    'https://api.x.com/alice_b/status/12',
  ])('%s is nobody’s X link', (url) => {
    expect(parseStatusUrl(url)).toBeUndefined();
    expect(shortCodeOf(url)).toBeNull();
    expect(shortLinkUrl(url)).toBeNull();
    expect(classifyLink(url)).toBe('other');
    expect(linkHostRole(url)).toBeNull();
    expect(findStatusUrls(`see ${url} now`)).toEqual([]);
  });
});

describe('compareLinks across host aliases', () => {
  const QUOTED = 'https://x.com/nayibbukele/status/1901245427216978290';
  const post = makePost({
    handle: 'SecRubio',
    text: 'Thank you for your assistance and friendship, President Bukele. https://t.co/E6DrFLeU5F',
    links: [urlLink('E6DrFLeU5F', QUOTED, 'x.com/nayibbukele/st…')],
  });
  const citation = makeCitation({
    handle: 'SecRubio',
    links: [{ url: 'https://t.co/E6DrFLeU5F', kind: 'tco' }],
  });

  it.each([
    'https://m.twitter.com/NayibBukele/status/1901245427216978290',
    'https://mobile.x.com/i/web/status/1901245427216978290?s=20',
    'https://twitter.com/statuses/1901245427216978290',
    'https://twitter.com/#!/NayibBukele/status/1901245427216978290',
  ])('accepts a t.co chain ending on %s as reaching the quoted post', (finalUrl) => {
    const chain = resolved('https://t.co/E6DrFLeU5F', finalUrl);
    expect(compareLinks(citation, live(post), [chain])[0]).toMatchObject({
      check: 'link-match',
      severity: 'ok',
    });
  });
});

describe.each(['platform.twitter.com', 'platform.x.com'])('embed widget page on %s', (host) => {
  it('is read as a citation of its post (the pre-scan knows the host too)', () => {
    const page = `<p>Intro</p><iframe src="https://${host}/embed/Tweet.html?id=1234567890"></iframe>`;
    const { citations } = extractCitations(page, { source: 'page.html' });
    expect(citations.map((c) => c.statusId)).toEqual(['1234567890']);
  });
});

describe('every host in the table (so adding an alias there is all it takes)', () => {
  it.each([...hostsWithRole('permalink'), ...hostsWithRole('site')])(
    '%s serves status permalinks',
    (host) => {
      const url = `https://${host}/alice_b/status/12`;
      expect(parseStatusUrl(url)?.statusId).toBe('12');
      expect(urlKey(url)).toBe('x.com/i/status/12');
      expect(findStatusUrls(`(${url})`).map((m) => m.url)).toEqual([url]);
      expect(classifyLink(url)).toBe('status');
    },
  );

  it.each([...hostsWithRole('short'), ...hostsWithRole('pic')])('%s carries a t.co code', (host) => {
    expect(shortLinkUrl(`${host}/AbC12`)).toBe('https://t.co/AbC12');
    expect(classifyLink(`https://${host}/AbC12`)).not.toBe('other');
  });
});
