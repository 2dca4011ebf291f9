import { CHECK_IDS, CHECKS, type CheckId } from '../../src/checks.js';
import type { Citation } from '../../src/citation.js';
import { worstSeverity } from '../../src/compare/severity.js';
import { createVerdict } from '../../src/compare/verdict.js';
import type {
  DiffPart,
  FieldVerdict,
  RetrievedPost,
  Severity,
  VerdictField,
  VerificationResult,
} from '../../src/result.js';
import { summarizeResults } from '../../src/run/summary.js';
import type { ArticleReport, RunReport } from '../../src/run-report.js';

/** A cited embed with invented but plausible values; override what the test is about. */
export function makeCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    kind: 'embed',
    form: 'blockquote',
    handle: 'harbourwatch',
    name: 'Harbour Watch',
    dateText: 'March 3, 2024',
    date: '2024-03-03',
    statusId: '1764321098765432101',
    text: 'Ferry service resumes at 6am tomorrow after the storm.',
    links: [],
    quotedText: null,
    replyTo: null,
    location: { line: 12, column: 3, offset: 410 },
    ...overrides,
  };
}

/** A retrieved post matching makeCitation() unless overridden. */
export function makePost(overrides: Partial<RetrievedPost> = {}): RetrievedPost {
  return {
    id: '1764321098765432101',
    handle: 'harbourwatch',
    name: 'Harbour Watch',
    userId: '90210',
    createdAt: '2024-03-03T17:04:05.000Z',
    text: 'Ferry service resumes at 6am tomorrow after the storm.',
    links: [],
    quotedText: null,
    replyTo: null,
    lang: 'en',
    edit: null,
    truncated: false,
    ...overrides,
  };
}

/** What a test may vary in a verdict: field and severity always follow the check, as in production. */
export interface VerdictOverrides extends Partial<Pick<FieldVerdict, 'message' | 'baseline' | 'suppressed'>> {
  check?: CheckId;
  /** Must be the check's own field (a guard against a fixture production cannot make). */
  field?: VerdictField;
  /** Without `check`: the first check of this severity (so a test about severities needs name none). */
  severity?: Severity;
  expected?: string | null;
  actual?: string | null;
  diff?: DiffPart[];
}

/** The first check id of the table with this severity. */
export function checkOfSeverity(severity: Severity): CheckId {
  const check = CHECK_IDS.find((id) => CHECKS[id].severity === severity);
  if (check === undefined) throw new Error(`no check has severity ${severity}`);
  return check;
}

/** A verdict built by production's createVerdict (default: text-exact, ok); baseline/suppressed as runs mark them. */
export function makeVerdict(overrides: VerdictOverrides = {}): FieldVerdict {
  const check =
    overrides.check ??
    (overrides.severity === undefined ? 'text-exact' : checkOfSeverity(overrides.severity));
  if (overrides.severity !== undefined && CHECKS[check].severity !== overrides.severity) {
    throw new Error(
      `fixture asks ${check} for severity ${overrides.severity}; it is ${CHECKS[check].severity}`,
    );
  }
  if (overrides.field !== undefined && CHECKS[check].field !== overrides.field) {
    throw new Error(`fixture asks ${check} for field ${overrides.field}; it is ${CHECKS[check].field}`);
  }
  const verdict = createVerdict(check, overrides.message ?? 'The text matches the post.', {
    expected: overrides.expected ?? null,
    actual: overrides.actual ?? null,
    ...(overrides.diff === undefined ? {} : { diff: overrides.diff }),
  });
  if (overrides.baseline !== undefined) verdict.baseline = overrides.baseline;
  if (overrides.suppressed !== undefined) verdict.suppressed = overrides.suppressed;
  return verdict;
}

/** A verified citation whose overall severity is the worst of its verdicts. */
export function makeResult(
  overrides: Partial<Omit<VerificationResult, 'severity'>> = {},
): VerificationResult {
  const citation = overrides.citation ?? makeCitation();
  const verdicts = overrides.verdicts ?? [makeVerdict()];
  const statusId = citation.statusId ?? '1764321098765432101';
  return {
    citation,
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
      post: makePost({ id: statusId }),
      fetchedAt: '2024-05-01T02:00:00.000Z',
    },
    links: [],
    liveUrl: `https://x.com/${citation.handle ?? 'i'}/status/${statusId}`,
    archiveUrl: null,
    ...overrides,
    verdicts,
    severity: worstSeverity(verdicts),
  };
}

/** A run over the given articles, with its summary computed the way the pipeline does. */
export function makeReport(articles: ArticleReport[], overrides: Partial<RunReport> = {}): RunReport {
  return {
    schemaVersion: 1,
    tool: { name: 'citecheck', version: '0.1.0' },
    run: {
      startedAt: '2024-05-01T02:00:00.000Z',
      finishedAt: '2024-05-01T02:01:30.500Z',
      inputs: ['content/'],
      options: { failOn: 'error', formats: ['html', 'json'], offline: false },
      shard: null,
    },
    summary: summarizeResults(articles),
    articles,
    fetchStats: {
      'cdn.syndication.twimg.com': {
        requests: 5,
        cacheHits: 2,
        retries: 1,
        rateLimited: 1,
        errors: 0,
        bytes: 20480,
        pausedMs: 1500,
      },
      't.co': { requests: 2, cacheHits: 0, retries: 0, rateLimited: 0, errors: 0, bytes: 0, pausedMs: 0 },
    },
    baseline: null,
    ...overrides,
    exceptions: overrides.exceptions ?? [],
  };
}

/** A realistic run: an edited post, a deleted one with an archive, a rename, an outage, a redirect chain and a bad file. */
export function demoReport(): RunReport {
  const edited = makeResult({
    citation: makeCitation({
      handle: 'cityweather',
      name: 'City Weather Desk',
      statusId: '1765000000000000001',
      text: 'Expect heavy rain tonight & strong winds near the coast.',
      location: { line: 8, column: 1, offset: 201 },
    }),
    lookup: {
      status: 'available',
      source: 'syndication',
      post: makePost({
        id: '1765000000000000001',
        handle: 'cityweather',
        name: 'City Weather Desk',
        text: 'Expect light rain tonight & strong winds near the coast.',
      }),
      fetchedAt: '2024-05-01T02:00:10.000Z',
    },
    verdicts: [
      makeVerdict({
        check: 'text-edited',
        message: 'The post text differs from the quote in one word.',
        expected: 'Expect heavy rain tonight & strong winds near the coast.',
        actual: 'Expect light rain tonight & strong winds near the coast.',
        diff: [
          { op: 'equal', text: 'Expect ' },
          { op: 'removed', text: 'heavy' },
          { op: 'added', text: 'light' },
          { op: 'equal', text: ' rain tonight & strong winds near the coast.' },
        ],
      }),
      makeVerdict({ check: 'handle-match', message: 'The handle matches.' }),
    ],
  });
  const deleted = makeResult({
    citation: makeCitation({
      handle: 'mayor_office',
      name: 'Office of the Mayor',
      statusId: '1766000000000000002',
      text: 'The bridge reopens on Friday.',
      location: { line: 31, column: 5, offset: 1200 },
    }),
    lookup: {
      status: 'deleted',
      evidence: 'syndication answered 404 and oEmbed 404',
      archived: {
        url: 'https://web.archive.org/web/20240304000000/https://x.com/mayor_office/status/1766000000000000002',
        timestamp: '20240304000000',
        post: makePost({
          id: '1766000000000000002',
          handle: 'mayor_office',
          name: 'Office of the Mayor',
          text: 'The bridge reopens on Friday.',
        }),
      },
      fetchedAt: '2024-05-01T02:00:12.000Z',
    },
    verdicts: [
      makeVerdict({
        check: 'status-deleted',
        message: 'The post was deleted; an archived copy exists.',
      }),
    ],
    archiveUrl:
      'https://web.archive.org/web/20240304000000/https://x.com/mayor_office/status/1766000000000000002',
  });
  // The account's display name changed since (a notice): compareDisplayName's verdict, as production builds it.
  const renamed = makeResult({
    citation: makeCitation({ name: 'Old Harbour', location: { line: 50, column: 1, offset: 2100 } }),
    verdicts: [
      makeVerdict({
        check: 'name-changed',
        message: 'The display name is now Harbour Watch.',
        expected: 'Old Harbour',
        actual: 'Harbour Watch',
      }),
    ],
  });
  const rateLimited = makeResult({
    citation: makeCitation({
      kind: 'link',
      form: 'status-link',
      handle: 'transitnews',
      name: null,
      dateText: null,
      date: null,
      text: null,
      statusId: '1767000000000000003',
      location: { line: 3, column: 14, offset: 90 },
    }),
    lookup: {
      status: 'unverifiable',
      reason: 'rate-limited',
      detail: 'syndication answered 429 three times',
      archived: null,
    },
    verdicts: [
      makeVerdict({
        check: 'status-unverifiable',
        message: 'X rate-limited the lookup; try again later.',
      }),
    ],
  });
  const viaShortLink = makeResult({
    citation: makeCitation({
      handle: null,
      name: null,
      statusId: null,
      dateText: 'May 2, 2024',
      date: '2024-05-02',
      text: 'Photos from the harbour festival pic.twitter.com/AbCdEf123',
      links: [{ url: 'pic.twitter.com/AbCdEf123', kind: 'media' }],
      location: { line: 20, column: 1, offset: 800 },
    }),
    resolution: {
      status: 'found',
      statusId: '1768000000000000004',
      foundBy: 'media-link',
      confidence: 'medium',
      evidence: 'pic.twitter.com/AbCdEf123 redirected to the post',
    },
    lookup: {
      status: 'available',
      source: 'syndication',
      post: makePost({
        id: '1768000000000000004',
        createdAt: '2024-05-02T09:30:00.000Z',
        text: 'Photos from the harbour festival https://t.co/AbCdEf123',
        links: [
          {
            url: 'https://t.co/AbCdEf123',
            expandedUrl: null,
            displayUrl: 'pic.twitter.com/AbCdEf123',
            kind: 'media',
          },
        ],
      }),
      fetchedAt: '2024-05-01T02:00:20.000Z',
    },
    liveUrl: 'https://x.com/harbourwatch/status/1768000000000000004',
    links: [
      {
        url: 'pic.twitter.com/AbCdEf123',
        finalUrl: 'https://x.com/harbourwatch/status/1768000000000000004/photo/1',
        chain: [
          { url: 'https://pic.twitter.com/AbCdEf123', status: 301, location: 'https://t.co/AbCdEf123' },
          {
            url: 'https://t.co/AbCdEf123',
            status: 301,
            location: 'https://x.com/harbourwatch/status/1768000000000000004/photo/1',
          },
        ],
        error: null,
      },
    ],
    verdicts: [
      makeVerdict({ message: 'The text matches the post.' }),
      makeVerdict({ check: 'status-available', message: 'The post is available (via syndication).' }),
    ],
  });
  return makeReport(
    [
      { source: 'content/2024/storm.html', errors: [], results: [edited, deleted, viaShortLink] },
      { source: 'content/2024/transit.md', errors: [], results: [rateLimited, renamed] },
      {
        source: 'content/drafts/broken.html',
        errors: [
          {
            source: 'content/drafts/broken.html',
            line: 4,
            column: 2,
            message: 'Unclosed blockquote; citation skipped.',
          },
        ],
        results: [],
      },
    ],
    {
      run: {
        startedAt: '2024-05-01T02:00:00.000Z',
        finishedAt: '2024-05-01T02:01:30.500Z',
        inputs: ['content/'],
        options: { failOn: 'error', formats: ['html', 'json', 'md'] },
        shard: null,
      },
    },
  );
}
