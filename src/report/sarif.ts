import { createHash } from 'node:crypto';
import { CHECK_IDS, CHECKS, type CheckId } from '../checks.js';
import type { FieldVerdict, Severity, VerificationResult } from '../result.js';
import { findingKey } from '../run/finding-key.js';
import type { ArticleReport } from '../run-report.js';
import { citationLabel } from './citation-label.js';
import { chunksOf, type PieceRenderer, type RunReportHead, wholeOf } from './report-head.js';

/** Where a reader learns about the tool (SARIF `informationUri`, as in the User-Agent). */
const INFORMATION_URI = 'https://github.com/citecheck/citecheck';

const LEVEL: Partial<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/**
 * SARIF 2.1.0 for code scanning, in pieces: one rule per check id (CHECKS, help text included), one result
 * per notice/warning/error finding at the citation's line and column, fingerprinted by the finding's
 * identity (source + citation + check, no line number) so a finding keeps its alert when lines move.
 * Suppressed findings carry SARIF `suppressions` (inSource for an inline marker, external for the config
 * file). "Could not check" findings are left out (they are not the article's fault); source errors and
 * exception problems become tool notifications.
 */
export function startSarif(head: RunReportHead): PieceRenderer {
  const rules = CHECK_IDS.map((id) => ({
    id,
    name: ruleName(id),
    shortDescription: { text: CHECKS[id].help },
    help: { text: CHECKS[id].help },
    defaultConfiguration: { level: LEVEL[CHECKS[id].severity] ?? 'none' },
    properties: { field: CHECKS[id].field },
  }));
  const run = {
    tool: {
      driver: { name: 'citecheck', version: head.tool.version, informationUri: INFORMATION_URI, rules },
    },
    columnKind: 'utf16CodeUnits',
    results: [],
  };
  const text = JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2);
  const slot = text.lastIndexOf('"results": []');
  const notifications: object[] = [];
  let count = 0;
  return {
    start: text.slice(0, slot + '"results": ['.length),
    article(article) {
      notifications.push(...sourceNotifications(article));
      return sarifResults(article)
        .map((result) => `${count++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(result, null, 2), 8)}`)
        .join('');
    },
    end() {
      for (const problem of head.exceptions) {
        notifications.push({
          level: 'warning',
          message: { text: `citecheck exception ${problem.where}: ${problem.message}` },
          descriptor: { id: `exception-${problem.kind}` },
        });
      }
      const invocation = {
        executionSuccessful: true,
        startTimeUtc: head.run.startedAt,
        endTimeUtc: head.run.finishedAt,
        toolExecutionNotifications: notifications,
      };
      const tail = `"invocations": ${indent(JSON.stringify([invocation], null, 2), 6)}`;
      return `${count === 0 ? '' : '\n      '}],\n      ${tail}${text.slice(slot + '"results": []'.length)}\n`;
    },
  };
}

/** The SARIF report as chunks. */
export const renderSarifChunks = chunksOf(startSarif);

/** The SARIF report as one string. */
export const renderSarif = wholeOf(startSarif);

/** The schema SARIF consumers expect in `$schema`. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function sarifResults(article: ArticleReport): object[] {
  const seen = new Map<string, number>();
  return article.results.flatMap((result) =>
    result.verdicts.flatMap((verdict) => {
      const level = LEVEL[verdict.severity];
      if (level === undefined) return [];
      const key = findingKey(article.source, result.citation, verdict);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return [sarifResult(article.source, result, verdict, level, fingerprint(key, occurrence))];
    }),
  );
}

function sarifResult(
  source: string,
  result: VerificationResult,
  verdict: FieldVerdict,
  level: string,
  print: string,
): object {
  const { line, column } = result.citation.location;
  const ruleIndex = CHECK_IDS.indexOf(verdict.check as CheckId);
  return {
    ruleId: verdict.check,
    ...(ruleIndex === -1 ? {} : { ruleIndex }),
    level,
    message: { text: `${citationLabel(result)}: ${verdict.message}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(source) },
          region: { startLine: line, startColumn: column },
        },
      },
    ],
    partialFingerprints: { 'citecheckFinding/v1': print },
    ...(verdict.baseline === undefined
      ? {}
      : { baselineState: verdict.baseline === 'new' ? 'new' : 'unchanged' }),
    ...(verdict.suppressed === undefined
      ? {}
      : {
          suppressions: [
            {
              kind: verdict.suppressed.kind === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: `${verdict.suppressed.reason} (${verdict.suppressed.where})`,
            },
          ],
        }),
  };
}

function sourceNotifications(article: ArticleReport): object[] {
  return article.errors.map((problem) => ({
    level: 'error',
    message: { text: `${article.source}: ${problem.message}` },
    descriptor: { id: 'source-error' },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(article.source) },
          ...(problem.line === undefined
            ? {}
            : {
                region: {
                  startLine: problem.line,
                  ...(problem.column === undefined ? {} : { startColumn: problem.column }),
                },
              }),
        },
      },
    ],
  }));
}

/** A report source as a URI reference: URLs as they are, paths with forward slashes, percent-encoded. */
function artifactUri(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  return source
    .replaceAll('\\', '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function fingerprint(key: string, occurrence: number): string {
  return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}`;
}

/** `status-deleted` → `StatusDeleted` (SARIF rule names are PascalCase by convention). */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return pad + text.replaceAll('\n', `\n${pad}`);
}
