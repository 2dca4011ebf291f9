import type { FieldVerdict, VerificationResult } from '../../src/result.js';
import { summarizeResults } from '../../src/run/summary.js';
import type { ArticleReport, RunReport } from '../../src/run-report.js';
import { person, postText, type Random } from './invented-text.js';

const CITATIONS_PER_ARTICLE = 25;

function verdict(overrides: Partial<FieldVerdict>): FieldVerdict {
  return {
    field: 'text',
    check: 'text-exact',
    severity: 'ok',
    message: 'The text matches the post.',
    expected: null,
    actual: null,
    ...overrides,
  };
}

function result(index: number, random: Random): VerificationResult {
  const author = person(random, index % 400);
  const statusId = (1_800_000_000_000_000_000n + BigInt(index) * 7_919n).toString();
  const text = postText(random);
  // one in twenty has a finding: the post was edited after it was cited
  const edited = index % 20 === 7;
  const postTextNow = edited ? `${text} (updated)` : text;
  const verdicts = edited
    ? [
        verdict({
          check: 'text-edited',
          severity: 'warning',
          message: 'The post was edited after the cited version.',
          expected: text,
          actual: postTextNow,
          diff: [
            { op: 'equal', text },
            { op: 'added', text: ' (updated)' },
          ],
        }),
        verdict({ field: 'handle', check: 'handle-match', message: 'The handle matches.' }),
      ]
    : [verdict({}), verdict({ field: 'handle', check: 'handle-match', message: 'The handle matches.' })];
  return {
    citation: {
      kind: 'embed',
      form: 'blockquote',
      handle: author.handle,
      name: author.name,
      dateText: 'March 3, 2025',
      date: '2025-03-03',
      statusId,
      text,
      links: [],
      quotedText: null,
      replyTo: null,
      location: { line: 10 + (index % CITATIONS_PER_ARTICLE) * 12, column: 1, offset: index * 40 },
    },
    resolution: {
      status: 'found',
      statusId,
      foundBy: 'cited',
      confidence: 'high',
      evidence: 'status URL in the embed',
    },
    lookup: {
      status: 'available',
      source: 'syndication',
      post: {
        id: statusId,
        handle: author.handle,
        name: author.name,
        userId: String(1000 + (index % 400)),
        createdAt: '2025-03-03T12:00:00.000Z',
        text: postTextNow,
        links: [],
        quotedText: null,
        replyTo: null,
        lang: 'en',
        edit: null,
        truncated: false,
      },
      fetchedAt: '2026-01-01T02:00:00.000Z',
    },
    verdicts,
    severity: edited ? 'warning' : 'ok',
    links: [],
    liveUrl: `https://x.com/${author.handle}/status/${statusId}`,
    archiveUrl: null,
  };
}

/** A report of `citations` invented citations in articles of 25, one in twenty with a finding. */
export function syntheticReport(citations: number, random: Random): RunReport {
  const articles: ArticleReport[] = [];
  for (let i = 0; i < citations; i += CITATIONS_PER_ARTICLE) {
    const results = Array.from({ length: Math.min(CITATIONS_PER_ARTICLE, citations - i) }, (_, j) =>
      result(i + j, random),
    );
    articles.push({ source: `archive/${Math.floor(i / CITATIONS_PER_ARTICLE)}.html`, errors: [], results });
  }
  return {
    schemaVersion: 1,
    tool: { name: 'citecheck', version: '0.1.0' },
    run: {
      startedAt: '2026-01-01T02:00:00.000Z',
      finishedAt: '2026-01-01T04:00:00.000Z',
      inputs: ['archive/'],
      options: {},
      shard: null,
    },
    summary: summarizeResults(articles),
    articles,
    fetchStats: {},
    baseline: null,
    exceptions: [],
  };
}
