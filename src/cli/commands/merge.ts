import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exitCodeFor, mergeReports } from '../../report/index.js';
import { type RunReport, RunReportSchema } from '../../run-report.js';
import { UsageError } from '../exit-code.js';
import { resolveVerifyOptions } from '../options.js';
import { printRunSummary, writeReports } from './write-reports.js';

/** `citecheck merge`: combines shard reports into one, in any format. */
export async function runMerge(files: string[], flags: Record<string, unknown>): Promise<number> {
  const options = resolveVerifyOptions(flags, {});
  const reports: RunReport[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = RunReportSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(`${file}: not a citecheck report (${issue?.path.join('.')}: ${issue?.message})`);
    }
    reports.push(parsed.data);
  }
  let merged: RunReport;
  try {
    merged = mergeReports(reports);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const written = await writeReports(merged, options.formats, path.resolve(options.out));
  await printRunSummary(merged, () => merged.articles, written, { verbose: false });
  return exitCodeFor(merged, options.failOn);
}
