import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { VerificationResult } from '../../src/result.js';
import { type RunReport, RunReportSchema } from '../../src/run-report.js';

/** Reads and validates `citecheck.json` from a report directory. */
export async function readJsonReport(outDir: string): Promise<RunReport> {
  const json: unknown = JSON.parse(await readFile(path.join(outDir, 'citecheck.json'), 'utf8'));
  return RunReportSchema.parse(json);
}

/** Every result of the report, in article then citation order. */
export function allResults(report: RunReport): VerificationResult[] {
  return report.articles.flatMap((article) => article.results);
}

/** The check ids of a result's verdicts. */
export function checksOf(result: VerificationResult): string[] {
  return result.verdicts.map((verdict) => verdict.check);
}

/** The one result whose citation text contains `fragment` (fails when none or several match). */
export function resultWithText(report: RunReport, fragment: string): VerificationResult {
  const matches = allResults(report).filter((result) => result.citation.text?.includes(fragment));
  if (matches.length !== 1) {
    throw new Error(`expected one citation containing "${fragment}", found ${matches.length}`);
  }
  return matches[0] as VerificationResult;
}

/** The one result citing `statusId` in its markup, or resolved to it. */
export function resultForId(report: RunReport, statusId: string): VerificationResult {
  const matches = allResults(report).filter(
    (result) => result.resolution.status === 'found' && result.resolution.statusId === statusId,
  );
  if (matches.length !== 1) throw new Error(`expected one citation of ${statusId}, found ${matches.length}`);
  return matches[0] as VerificationResult;
}

/** A comparable digest of the verdicts: per citation, its location, resolution and sorted check ids. */
export function verdictDigest(report: RunReport): string[] {
  return report.articles.flatMap((article) =>
    article.results.map((result) => {
      const id = result.resolution.status === 'found' ? result.resolution.statusId : 'no-id';
      const where = `${path.basename(article.source)}:${result.citation.location.line}`;
      return `${where} ${id} ${result.severity} ${[...checksOf(result)].sort().join(',')}`;
    }),
  );
}
