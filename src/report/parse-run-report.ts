import { REPORT_SCHEMA_VERSION, type RunReport, RunReportSchema } from '../run-report.js';
import { ReportError } from './report-error.js';

/**
 * Validates a value as a RunReport, naming `origin` and the first failing path in the error
 * (e.g. `baseline.json: articles.0.results.2.severity: Invalid option`). Returns the parsed copy (schema key order).
 */
export function parseRunReport(value: unknown, origin: string): RunReport {
  const version =
    typeof value === 'object' && value !== null
      ? (value as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (version !== undefined && version !== REPORT_SCHEMA_VERSION) {
    throw new ReportError(
      'schema-version-mismatch',
      `${origin}: report schemaVersion ${JSON.stringify(version)} is not ${REPORT_SCHEMA_VERSION}, the version this citecheck reads`,
    );
  }
  const parsed = RunReportSchema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues
      .slice(0, 5)
      .map(
        (issue) =>
          `${origin}: ${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: ${issue.message}`,
      );
    throw new ReportError('invalid-report', lines.join('\n'));
  }
  return parsed.data;
}
