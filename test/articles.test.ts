import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitationSchema } from '../src/citation.js';
import { extractCitations } from '../src/extract/index.js';
import { needShared } from './support/requirements.js';

// The real corpus stays in ../shared; the in-repo extraction suites (test/extract) cover every form without it.
const expectedFile = needShared('test/articles.test.ts', 'articles/expected.json');

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

const articlesDir = expectedFile === undefined ? '' : path.dirname(expectedFile);
const expected =
  expectedFile === undefined ? [] : (JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedArticle[]);

describe.skipIf(expectedFile === undefined)('extractCitations on the shared real-article corpus', () => {
  it('has the ten documented articles', () => {
    expect(expected).toHaveLength(10);
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
          expect(embed.text?.startsWith(want.textStartsWith), `text of embed ${i}: ${embed.text}`).toBe(true);
        expect(embed.links.map((l) => l.url)).toEqual(want.links);
      });
    });

    it('reports the linked statuses in prose, and nothing else, as link citations', () => {
      expect(links.map((l) => ({ handle: l.handle, statusId: l.statusId }))).toEqual(article.linkedStatuses);
    });

    it('produces schema-valid citations in document order', () => {
      for (const c of result.citations) CitationSchema.parse(c);
      const offsets = result.citations.map((c) => c.location.offset);
      expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    });
  });
});
