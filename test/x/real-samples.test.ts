import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RetrievedPost } from '../../src/result.js';
import { fetchOEmbed, readOEmbedBody } from '../../src/x/oembed.js';
import { decodeTweetText } from '../../src/x/post-text-entities.js';
import { readTcoPage } from '../../src/x/short-link.js';
import { fetchSyndication, readSyndicationBody, type SyndicationResult } from '../../src/x/syndication.js';
import { classifyTombstone } from '../../src/x/tombstone.js';
import { readCdxRows } from '../../src/x/wayback.js';
import { readXSample, readXSampleText, xSampleFiles, xSamplesPresent } from '../support/x-samples.js';
import { testFetcher } from './x-fetcher.js';

// What citecheck must read from each real body, field by field. Texts are not copied here (they are
// third-party): `text` says how the reading relates to the sample's own `text`, `points` pins its length.
interface PostRow {
  kind: 'post' | 'author-gone';
  text: 'whole' | 'before-media';
  points: number;
  links: string[];
  truncated: boolean;
  editIds: number | null;
  quotedPoints: number | null;
  handleFromUser: boolean;
}
type SyndicationRow =
  | PostRow
  | { kind: 'tombstone'; status: string; hasText: boolean }
  | { kind: 'not-found'; said: string };

const SYNDICATION: Record<string, { id: string; row: SyndicationRow }> = {
  'tweetrsc-1-tweet-with-image.json': {
    id: '1641086480675225601',
    row: {
      kind: 'post',
      text: 'before-media',
      points: 144,
      links: ['url', 'media'],
      truncated: false,
      editIds: 1,
      quotedPoints: null,
      handleFromUser: true,
    },
  },
  'tweetrsc-2-tweet-with-quote-tweet.json': {
    id: '1641895049427550208',
    // The quoted post is cut to its own range: its trailing photo link is not its text.
    row: {
      kind: 'post',
      text: 'whole',
      points: 242,
      links: [],
      truncated: false,
      editIds: 1,
      quotedPoints: 144,
      handleFromUser: true,
    },
  },
  'tweetrsc-3-tweet-with-card.json': {
    id: '1629262255744503809',
    // An emoji first, and a range (208 UTF-16 units) past the 207 code points: the whole text.
    row: {
      kind: 'post',
      text: 'whole',
      points: 207,
      links: ['url'],
      truncated: false,
      editIds: 1,
      quotedPoints: null,
      handleFromUser: true,
    },
  },
  'emusks-1-Tweet-2023357708301455483.json': {
    id: '2023357708301455483',
    row: {
      kind: 'post',
      text: 'whole',
      points: 154,
      links: [],
      truncated: false,
      editIds: 1,
      quotedPoints: null,
      handleFromUser: true,
    },
  },
  'emusks-2-Tweet-2023205364368351634-video-redacted.json': {
    id: '2023205364368351634',
    // Its `user` was redacted to {} by the document it comes from: no author, so never "available".
    row: {
      kind: 'author-gone',
      text: 'whole',
      points: 1,
      links: ['media'],
      truncated: false,
      editIds: 0,
      quotedPoints: null,
      handleFromUser: false,
    },
  },
  'synd-analecta-1562916200866267138-quote.json': {
    id: '1562916200866267138',
    row: {
      kind: 'post',
      text: 'whole',
      points: 97,
      links: ['url'],
      truncated: false,
      editIds: null,
      quotedPoints: 99,
      handleFromUser: true,
    },
  },
  'synd-analecta-1574541890120081409-spacex-reply.json': {
    id: '1574541890120081409',
    // The range starts after the reply mention; embeds show the mention, so it stays.
    row: {
      kind: 'post',
      text: 'whole',
      points: 77,
      links: [],
      truncated: false,
      editIds: null,
      quotedPoints: null,
      handleFromUser: true,
    },
  },
  'synd-analecta-1592721757294587905-artemis.json': {
    id: '1592721757294587905',
    row: {
      kind: 'post',
      text: 'whole',
      points: 261,
      links: ['url'],
      truncated: false,
      editIds: null,
      quotedPoints: null,
      handleFromUser: true,
    },
  },
  'emusks-3-TweetTombstone-tomb.json': {
    id: '1929000000000000001',
    row: { kind: 'tombstone', status: 'deleted', hasText: true },
  },
  'tomb-empty-tombstone.json': {
    id: '1929000000000000002',
    row: { kind: 'tombstone', status: 'unavailable', hasText: false },
  },
  'tomb-bluebocker219-graphql-protected.json': {
    id: '1929000000000000004',
    row: { kind: 'tombstone', status: 'protected', hasText: true },
  },
  'synd-errors-couldnt-find.json': {
    id: '1929000000000000003',
    row: { kind: 'not-found', said: "Couldn't find Tweet" },
  },
};

const OEMBED: Record<string, { id: string; points: number; links: string[]; date: string }> = {
  'oembed-ampwp-705219971425574912.json': {
    id: '705219971425574912',
    points: 66,
    links: ['media'],
    date: '2016-03-03',
  },
  'oembed-ampwp-987437752164737025.json': {
    id: '987437752164737025',
    points: 101,
    links: ['url', 'media'],
    date: '2018-04-20',
  },
  'oembed-simorgh-1237210910835392512.json': {
    id: '1237210910835392512',
    points: 276,
    links: [],
    date: '2020-03-10',
  },
};

const OTHER = new Set([
  'tomb-texts-offline-twitter-engine.json',
  'wayback-availability-jayconrod.json',
  'wayback-availability-waybackpy.json',
  'wayback-cdx-iadocs.json',
  'wayback-cdx-revisit.json',
]);

interface Sample {
  text: string;
  user?: { screen_name?: string };
  entities?: { media?: Array<{ indices: [number, number] }> };
  author_url?: string;
}

function expectedText(sample: Sample, how: PostRow['text']): string {
  const decoded = decodeTweetText(sample.text);
  if (how === 'whole') return decoded.trimEnd();
  const start = sample.entities?.media?.[0]?.indices[0] ?? 0;
  return Array.from(decoded).slice(0, start).join('').trimEnd();
}

function expectReading(file: string, result: SyndicationResult): void {
  const { row } = SYNDICATION[file] ?? raise(file);
  const sample = readXSample(file) as Sample;
  expect(result.kind, file).toBe(row.kind);
  if (row.kind === 'tombstone') {
    expect(result).toMatchObject({ status: row.status });
    expect(result.kind === 'tombstone' && result.text !== '').toBe(row.hasText);
  } else if (row.kind === 'not-found') {
    expect(result).toMatchObject({ said: row.said });
  } else {
    const post = (result as { post: RetrievedPost }).post;
    expect(post.text, file).toBe(expectedText(sample, row.text));
    expect(Array.from(post.text).length).toBe(row.points);
    expect(post.links.map((link) => link.kind)).toEqual(row.links);
    expect(post.truncated).toBe(row.truncated);
    expect(post.edit === null ? null : post.edit.editIds.length).toBe(row.editIds);
    expect(post.quotedText === null ? null : Array.from(post.quotedText).length).toBe(row.quotedPoints);
    expect(post.handle).toBe(row.handleFromUser ? (sample.user?.screen_name ?? null) : null);
  }
}

function raise(file: string): never {
  throw new Error(`no row for ${file}: add the new sample to the table`);
}

const present = xSamplesPresent('test/x/real-samples.test.ts');

describe.skipIf(!present)('real X bodies through the parsers (../shared/reference/x-samples)', () => {
  it('has a row for every sample, so a new sample cannot go unread', () => {
    const known = new Set([...Object.keys(SYNDICATION), ...Object.keys(OEMBED), ...OTHER]);
    expect(xSampleFiles().filter((file) => !known.has(file))).toEqual([]);
  });

  it.each(Object.keys(SYNDICATION))('reads syndication %s as its row says', (file) => {
    const { id } = SYNDICATION[file] ?? raise(file);
    expectReading(file, readSyndicationBody(id, readXSample(file), 'T'));
  });

  it.each(Object.keys(OEMBED))('reads oEmbed %s: author from author_url, text, links, date', (file) => {
    const row = OEMBED[file] ?? raise(file);
    const sample = readXSample(file) as Sample;
    const result = readOEmbedBody(row.id, sample, 'T');
    expect(result.kind).toBe('post');
    if (result.kind !== 'post') return;
    expect(result.post.handle).toBe(new URL(sample.author_url ?? '').pathname.slice(1));
    expect(Array.from(result.post.text).length).toBe(row.points);
    expect(result.post.links.map((link) => link.kind)).toEqual(row.links);
    expect(result.post.createdAt).toBe(row.date);
    expect(result.post.truncated).toBe(false);
  });

  it('classifies every tombstone sentence, old and new wording, as its source says', () => {
    const pairs = readXSample('tomb-texts-offline-twitter-engine.json') as Array<[string, string]>;
    expect(pairs.length).toBe(14);
    for (const [sentence, meaning] of pairs) expect(classifyTombstone(sentence), sentence).toBe(meaning);
  });

  it('reads CDX answers, revisit rows (status "-") included', () => {
    for (const file of ['wayback-cdx-iadocs.json', 'wayback-cdx-revisit.json']) {
      const read = readCdxRows(readXSample(file));
      expect(read.ok && read.captures.length).toBe(3);
    }
    const revisit = readCdxRows(readXSample('wayback-cdx-revisit.json'));
    expect(revisit.ok && revisit.captures[0]).toMatchObject({ mimetype: 'warc/revisit', statuscode: '-' });
  });

  it('follows t.co browser pages with and without a referrer meta', () => {
    expect(readTcoPage(readXSampleText('tco-yoink-frames.html'))).toMatch(/^https:\/\/yoink\./);
    expect(readTcoPage(readXSampleText('tco-youtube-java.html'))).toMatch(/^http:\/\/youtu\.be\//);
  });
});

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe.skipIf(!present)('real X bodies through the fetcher over msw', () => {
  it.each(Object.keys(SYNDICATION))('fetches syndication %s and reads it as the table says', async (file) => {
    const { id } = SYNDICATION[file] ?? raise(file);
    server.use(
      http.get('https://cdn.syndication.twimg.com/tweet-result', () =>
        HttpResponse.text(readXSampleText(file), { headers: { 'content-type': 'application/json' } }),
      ),
    );
    expectReading(file, await fetchSyndication(id, await testFetcher()));
  });

  it.each(Object.keys(OEMBED))('fetches oEmbed %s as a post of that ID', async (file) => {
    const row = OEMBED[file] ?? raise(file);
    server.use(
      http.get('https://publish.x.com/oembed', () =>
        HttpResponse.text(readXSampleText(file), { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const result = await fetchOEmbed(null, row.id, await testFetcher());
    expect(result.kind === 'post' && Array.from(result.post.text).length).toBe(row.points);
  });
});
