import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks.js';
import { createExceptionSet } from '../../src/exceptions/index.js';
import { extractCitations } from '../../src/extract/index.js';
import type { ArticleReport } from '../../src/run-report.js';
import { makeResult, makeVerdict } from '../report/fixture-report.js';

// Invented posts and accounts; each document cites two posts, and a marker sits by the first one only.
const DELETED = 'status-deleted' as const;

/** Extracts the document for real, then gives every citation a status-deleted finding. */
function articleOf(source: string, text: string): ArticleReport {
  const { citations } = extractCitations(text, { source });
  return {
    source,
    errors: [],
    results: citations.map((citation) =>
      makeResult({
        citation,
        verdicts: [
          makeVerdict({ field: 'status', check: DELETED, severity: CHECKS[DELETED].severity }),
          makeVerdict({ field: 'handle', check: 'handle-match', severity: 'ok' }),
        ],
      }),
    ),
  };
}

function apply(source: string, text: string) {
  const set = createExceptionSet({ entries: [], configFile: 'citecheck.config.json', today: '2026-01-01' });
  const article = set.apply(articleOf(source, text), text);
  return { article, problems: set.problems() };
}

const suppressedIds = (article: ArticleReport) =>
  article.results.map((r) =>
    r.verdicts.some((v) => v.suppressed !== undefined) ? r.citation.statusId : null,
  );

const REASON = 'the article reports on this deletion';

const FORMS: [string, string, string][] = [
  [
    'HTML: a comment on the line above an embed',
    'post.html',
    `<p>Intro.</p>
<!-- citecheck-ignore status-deleted: ${REASON} -->
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Ferry back at six.</p>&mdash; Harbour Watch (@harbourwatch) <a href="https://twitter.com/harbourwatch/status/1764321098765432101">March 3, 2024</a></blockquote>
<p>Then:</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Pier closed today.</p>&mdash; Harbour Watch (@harbourwatch) <a href="https://twitter.com/harbourwatch/status/1764321098765432999">March 3, 2024</a></blockquote>
`,
  ],
  [
    'Markdown: a comment above, a blank line between',
    'post.md',
    `# Notes

<!-- citecheck-ignore status-deleted: ${REASON} -->

See [the post](https://x.com/harbourwatch/status/1764321098765432101) for the first notice.

And [a later one](https://x.com/harbourwatch/status/1764321098765432999).
`,
  ],
  [
    'Markdown: a comment on the same line as a link',
    'inline.md',
    `The first notice ([post](https://x.com/harbourwatch/status/1764321098765432101)) <!-- citecheck-ignore status-deleted: ${REASON} -->

And [a later one](https://x.com/harbourwatch/status/1764321098765432999).
`,
  ],
  [
    'MDX: a {/* */} comment above a component',
    'post.mdx',
    `import { Tweet } from 'astro-embed';

{/* citecheck-ignore status-deleted: ${REASON} */}
<Tweet id="1764321098765432101" />

<Tweet id="1764321098765432999" />
`,
  ],
  [
    'wikitext: a comment before {{Cite tweet}}',
    'page.wiki',
    `The service resumed.<ref><!-- citecheck-ignore status-deleted: ${REASON} -->{{Cite tweet |user=harbourwatch |number=1764321098765432101 |title=Ferry back at six. |date=March 3, 2024}}</ref>
Later it closed.<ref>{{Cite tweet |user=harbourwatch |number=1764321098765432999 |title=Pier closed today. |date=March 3, 2024}}</ref>
`,
  ],
];

describe('inline citecheck-ignore markers', () => {
  it.each(FORMS)(
    '%s: suppresses only the marked citation, with the reason and line',
    (_name, source, text) => {
      const { article, problems } = apply(source, text);
      expect(article.results).toHaveLength(2);
      expect(suppressedIds(article)).toEqual(['1764321098765432101', null]);
      const suppressed = article.results[0]?.verdicts.find((v) => v.check === DELETED)?.suppressed;
      const markerLine = text.split('\n').findIndex((line) => line.includes('citecheck-ignore')) + 1;
      expect(suppressed).toEqual({ kind: 'inline', reason: REASON, where: `${source}:${markerLine}` });
      // The covered citation no longer counts as an error; the other one still does.
      expect(article.results.map((r) => r.severity)).toEqual(['ok', 'error']);
      expect(problems).toEqual([]);
    },
  );

  it('leaves other checks of the marked citation alone', () => {
    const text = FORMS[0]?.[2].replace('status-deleted', 'text-different') ?? '';
    const { article, problems } = apply('post.html', text);
    expect(suppressedIds(article)).toEqual([null, null]);
    expect(problems).toEqual([
      {
        kind: 'unused',
        where: 'post.html:2',
        message: 'citecheck-ignore text-different matches no finding of the citation on line 3',
      },
    ]);
  });

  it('does not call a marker unused when its citation could not be checked this run', () => {
    const text = FORMS[0]?.[2] ?? '';
    const { citations } = extractCitations(text, { source: 'post.html' });
    const unchecked: ArticleReport = {
      source: 'post.html',
      errors: [],
      results: citations.map((citation) =>
        makeResult({
          citation,
          lookup: {
            status: 'unverifiable',
            reason: 'offline-miss',
            detail: 'offline and the post is not in the cache',
            archived: null,
          },
          verdicts: [makeVerdict({ check: 'status-unverifiable', message: 'not in the cache' })],
        }),
      ),
    };
    const set = createExceptionSet({ entries: [], configFile: 'citecheck.config.json', today: '2026-01-01' });
    set.apply(unchecked, text);
    expect(set.problems()).toEqual([]);
  });

  it('does not apply without a reason, and says so', () => {
    const text = FORMS[1]?.[2].replace(`status-deleted: ${REASON}`, 'status-deleted') ?? '';
    const { article, problems } = apply('post.md', text);
    expect(suppressedIds(article)).toEqual([null, null]);
    expect(problems).toEqual([
      {
        kind: 'no-reason',
        where: 'post.md:3',
        message: 'citecheck-ignore without a reason does not apply (write the reason after a colon)',
      },
    ]);
  });

  it('reports a check id that does not exist, and a marker naming none', () => {
    const text = `<!-- citecheck-ignore post-deleted: ${REASON} -->\n<p>x</p>\n<!-- citecheck-ignore: ${REASON} -->\n`;
    const { problems } = apply('post.html', text);
    expect(problems.map((p) => [p.kind, p.where, p.message])).toEqual([
      ['unknown-check', 'post.html:1', 'citecheck-ignore names no known check: post-deleted'],
      [
        'unknown-check',
        'post.html:3',
        'citecheck-ignore names no check id (write e.g. citecheck-ignore status-deleted: reason)',
      ],
    ]);
  });

  it('is not a marker when the comment only mentions citecheck-ignore later on', () => {
    const text = `<!-- see citecheck-ignore status-deleted: ${REASON} -->\n${FORMS[0]?.[2] ?? ''}`.replace(
      `<!-- citecheck-ignore status-deleted: ${REASON} -->\n`,
      '',
    );
    const { article, problems } = apply('post.html', text);
    expect(suppressedIds(article)).toEqual([null, null]);
    expect(problems).toEqual([]);
  });
});
