import { readFile } from 'node:fs/promises';
import { parseRunReport } from '../report/parse-run-report.js';
import { ReportError } from '../report/report-error.js';
import type { RunReport } from '../run-report.js';
import { UsageError } from './exit-code.js';

/**
 * Reads a JSON report (a baseline, a shard) through parseRunReport, so a report of another schemaVersion
 * is refused by name; every problem becomes a UsageError naming the file (`label` says which flag it was).
 */
export async function readReportFile(file: string, label = ''): Promise<RunReport> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${label}${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return parseRunReport(json, `${label}${file}`);
  } catch (error) {
    if (error instanceof ReportError) throw new UsageError(`not a citecheck report: ${error.message}`);
    throw error;
  }
}
