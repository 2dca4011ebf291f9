import { readRegularFile } from '../inputs/index.js';
import { parseRunReport } from '../run/parse-run-report.js';
import { ReportError } from '../run/report-error.js';
import type { RunReport } from '../run-report.js';
import { UsageError } from './exit-code.js';

/** Largest report read back (a baseline, a shard): about the longest string V8 can hold. */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

/**
 * A citecheck JSON report read back (--baseline, merge), or a UsageError starting with `label`. Only a
 * regular file is read, through a cap: a FIFO or a link to /dev/zero given as --baseline used to hang.
 * parseRunReport refuses a report of another schemaVersion by name.
 */
export async function readReportFile(file: string, label: string): Promise<RunReport> {
  let json: unknown;
  try {
    const bytes = await readRegularFile(file, MAX_REPORT_BYTES);
    if (typeof bytes === 'string') throw new Error(bytes);
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new UsageError(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return parseRunReport(json, label);
  } catch (error) {
    if (error instanceof ReportError) throw new UsageError(`not a citecheck report: ${error.message}`);
    throw error;
  }
}
