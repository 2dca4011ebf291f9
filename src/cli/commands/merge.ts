import path from 'node:path';
import { exitCodeFor, mergeReports } from '../../run/index.js';
import type { RunReport } from '../../run-report.js';
import { loadConfig } from '../config-file.js';
import { UsageError } from '../exit-code.js';
import { REPORT_OPTIONS } from '../options.js';
import { readReportFile } from '../read-report-file.js';
import { resolveOptions } from '../resolve-options.js';
import { removeStaleFiles } from '../stale-files.js';
import { unverifiableExitCode } from '../unverifiable-policy.js';
import { printRunSummary, writeReports } from './write-reports.js';

/** `citecheck merge`: combines shard reports into one, in any format. */
export async function runMerge(
  files: string[],
  flags: Record<string, unknown>,
  configPath: string | undefined,
): Promise<number> {
  const config = await loadConfig(configPath, process.cwd());
  const options = resolveOptions(REPORT_OPTIONS, { flags, config, env: {} });
  const reports: RunReport[] = [];
  for (const file of files) reports.push(await readReportFile(file, file));
  let merged: RunReport;
  try {
    merged = mergeReports(reports);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  await removeStaleFiles(path.resolve(options.out));
  const written = await writeReports(merged, options.format, path.resolve(options.out));
  await printRunSummary(merged, () => merged.articles, written, { verbose: false });
  return Math.max(
    exitCodeFor(merged, options.failOn),
    unverifiableExitCode(merged.summary, options.maxUnverifiable),
  );
}
