import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitationSchema } from '../src/citation.js';
import { extractCitations } from '../src/extract/index.js';
import { needShared } from './support/requirements.js';

// The real corpora stay in ../shared; the in-repo extraction suites (test/extract) cover every form without them.

interface ExpectedEmbed {
  handle: string | null;
  name: string | null;
  date: string | null;
  statusId: string | null;
  textStartsWith: string | null;
  links: string[];
}
interface ExpectedArticle {
  file: string;
  embeds: ExpectedEmbed[];
  linkedStatuses: { handle: string | null; statusId: string }[];
}

// The dev corpus, and the wild one (bylines as scrapers, feeds and crawlers leave them).
const CORPORA = [
  { name: 'articles', count: 10 },
  { name: 'articles-wild', count: 6 },
];

for (const corpus of CORPORA) {
  const expectedFile = needShared('test/articles.test.ts', `${corpus.name}/expected.json`);
  if (expectedFile === undefined) {
    // Registered as skipped, so a clone without ../shared reports it instead of "no test suite found"
    describe.skip(`extractCitations on the shared real-article corpus ${corpus.name}`, () => {
      it('needs ../shared', () => {});
    });
    continue;
  }
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedArticle[];
  describeCorpus(corpus.name, corpus.count, path.dirname(expectedFile), expected);
}

function describeCorpus(name: string, count: number, articlesDir: string, expected: ExpectedArticle[]): void {
  describe(`extractCitations on the shared real-article corpus ${name}`, () => {
    // At least the documented ones: more real files may be added to the corpus, and each is read like these.
    it(`has at least the ${count} documented articles`, () => {
      expect(expected.length).toBeGreaterThanOrEqual(count);
    });

    describe.each(expected)('$file', (article) => {
      const text = readFileSync(path.join(articlesDir, article.file), 'utf8');
      const result = extractCitations(text, { source: article.file });
      const embeds = result.citations.filter((c) => c.kind === 'embed');
      const links = result.citations.filter((c) => c.kind === 'link');

      it('reports no extraction errors', () => {
        expect(result.errors).toEqual([]);
      });

      it('finds exactly the expected embeds, in order, with handle, name, date and status ID', () => {
        expect(
          embeds.map((e) => ({ handle: e.handle, name: e.name, date: e.date, statusId: e.statusId })),
        ).toEqual(
          article.embeds.map((e) => ({ handle: e.handle, name: e.name, date: e.date, statusId: e.statusId })),
        );
      });

      it('reads each embed text from its visible start and lists its links as displayed', () => {
        embeds.forEach((embed, i) => {
          const want = article.embeds[i] as ExpectedEmbed;
          if (want.textStartsWith === null) expect(embed.text).toBeNull();
          else
            expect(embed.text?.startsWith(want.textStartsWith), `text of embed ${i}: ${embed.text}`).toBe(
              true,
            );
          expect(embed.links.map((l) => l.url)).toEqual(want.links);
        });
      });

      it('reports the linked statuses in prose, and nothing else, as link citations', () => {
        expect(links.map((l) => ({ handle: l.handle, statusId: l.statusId }))).toEqual(
          article.linkedStatuses,
        );
      });

      it('produces schema-valid citations in document order', () => {
        for (const c of result.citations) CitationSchema.parse(c);
        const offsets = result.citations.map((c) => c.location.offset);
        expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
      });
    });
  });
}
