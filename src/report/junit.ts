import type { FieldVerdict, VerificationResult } from '../result.js';
import type { ArticleReport } from '../run-report.js';
import { citationLabel, evidenceFetchedAt, sourcePosition } from './citation-label.js';
import { chunksOf, type PieceRenderer, type RunReportHead, wholeOf } from './report-head.js';
import { escapeXml } from './xml-escape.js';

/**
 * JUnit XML in pieces: one `<testsuite>` per article, one `<testcase>` per citation. A citation at error
 * severity gets a `<failure>` listing its verdicts, an unverifiable one `<skipped>`; other findings go to
 * `<system-out>` and source errors to the suite's `<system-err>`. The totals come from the run's summary,
 * which counts citations by the same (worst) severity.
 */
export function startJunit(head: RunReportHead): PieceRenderer {
  const { summary } = head;
  const attrs = attributes({
    name: 'citecheck',
    // The exception problems' suite adds its cases (it is there only when there are some).
    tests: summary.citations + head.exceptions.length,
    failures: summary.bySeverity.error,
    errors: 0,
    skipped: summary.bySeverity.unverifiable,
    time: seconds(head.run.startedAt, head.run.finishedAt),
    timestamp: head.run.startedAt,
  });
  return {
    start: `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ${attrs}>\n`,
    article: renderSuite,
    end: () => `${renderExceptionSuite(head)}</testsuites>\n`,
  };
}

/** The JUnit report as chunks. */
export const renderJunitChunks = chunksOf(startJunit);

/** The JUnit report as one string. */
export const renderJunit = wholeOf(startJunit);

function renderSuite(article: ArticleReport): string {
  const attrs = attributes({
    name: article.source,
    tests: article.results.length,
    failures: article.results.filter((r) => r.severity === 'error').length,
    errors: 0,
    skipped: article.results.filter((r) => r.severity === 'unverifiable').length,
  });
  const cases = article.results.map((result) => renderCase(article.source, result)).join('');
  const problems = article.errors.map(
    (p) =>
      `${p.source}${p.line === undefined ? '' : `:${p.line}`}${p.column === undefined ? '' : `:${p.column}`}: ${p.message}`,
  );
  const systemErr =
    problems.length === 0 ? '' : `    <system-err>${escapeXml(problems.join('\n'))}</system-err>\n`;
  return `  <testsuite ${attrs}>\n${cases}${systemErr}  </testsuite>\n`;
}

/** Exceptions that need a look, as one suite of passing cases with the problem in their output. */
function renderExceptionSuite(head: RunReportHead): string {
  if (head.exceptions.length === 0) return '';
  const attrs = attributes({
    name: 'citecheck exceptions',
    tests: head.exceptions.length,
    failures: 0,
    errors: 0,
  });
  const cases = head.exceptions.map(
    (p) =>
      `    <testcase ${attributes({ name: `${p.kind} ${p.where}`, classname: 'citecheck.exceptions' })}>\n      <system-out>${escapeXml(p.message)}</system-out>\n    </testcase>\n`,
  );
  return `  <testsuite ${attrs}>\n${cases.join('')}  </testsuite>\n`;
}

function renderCase(source: string, result: VerificationResult): string {
  const attrs = attributes({
    name: `${citationLabel(result)} at ${sourcePosition(source, result.citation)}`,
    classname: source,
  });
  const findings = result.verdicts.filter((v) => v.severity !== 'ok');
  const fetchedAt = evidenceFetchedAt(result);
  const listing = escapeXml(
    [...findings.map(describeVerdict), ...(fetchedAt === null ? [] : [`evidence fetched ${fetchedAt}`])].join(
      '\n',
    ),
  );
  let body = '';
  if (result.severity === 'error') {
    const first = findings.find((v) => v.severity === 'error');
    body = `      <failure ${attributes({ message: first?.message ?? 'error', type: first?.check ?? 'error' })}>${listing}</failure>\n`;
  } else if (result.severity === 'unverifiable') {
    const first = findings.find((v) => v.severity === 'unverifiable');
    body = `      <skipped ${attributes({ message: first?.message ?? 'could not be verified' })}/>\n`;
  } else if (findings.length > 0) {
    body = `      <system-out>${listing}</system-out>\n`;
  }
  return body === '' ? `    <testcase ${attrs}/>\n` : `    <testcase ${attrs}>\n${body}    </testcase>\n`;
}

function describeVerdict(verdict: FieldVerdict): string {
  const parts = [`[${verdict.severity}] ${verdict.check} (${verdict.field}): ${verdict.message}`];
  if (verdict.expected !== null) parts.push(`article: ${verdict.expected}`);
  if (verdict.actual !== null) parts.push(`retrieved: ${verdict.actual}`);
  if (verdict.baseline !== undefined) parts.push(`baseline: ${verdict.baseline}`);
  if (verdict.suppressed !== undefined) {
    parts.push(`suppressed by ${verdict.suppressed.where}: ${verdict.suppressed.reason}`);
  }
  return parts.join('; ');
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${escapeXml(String(value))}"`)
    .join(' ');
}

function seconds(startedAt: string, finishedAt: string): string {
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? (ms / 1000).toFixed(3) : '0';
}
