import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CitationSchema } from '../src/citation.js';
import { extractCitations } from '../src/extract/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(repoRoot, '..', 'shared');

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

/** The corpus's ground truth, or null (the suite skips) when ../shared is absent and not required. */
function loadCorpus(dir: string): ExpectedArticle[] | null {
  const file = path.join(dir, 'expected.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ExpectedArticle[];
  // Without the shared corpus this suite proves nothing: a run that requires everything fails loudly.
  if (process.env.CITECHECK_TEST_REQUIRE === 'all') throw new Error(`shared article corpus missing: ${file}`);
  return null;
}

for (const corpus of CORPORA) {
  const articlesDir = path.join(sharedDir, corpus.name);
  const expected = loadCorpus(articlesDir);
  if (expected === null) {
    describe.skip(`${corpus.name}: skipped, ../shared/${corpus.name}/expected.json is missing`, () => {});
    continue;
  }
  describeCorpus(corpus.name, corpus.count, articlesDir, expected);
}

function describeCorpus(name: string, count: number, articlesDir: string, expected: ExpectedArticle[]): void {
  describe(`extractCitations on the shared real-article corpus ${name}`, () => {
    it(`has the ${count} documented articles`, () => {
      expect(expected).toHaveLength(count);
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
