import type { z } from 'zod';
import {
  type ArticleReport,
  ArticleReportSchema,
  REPORT_SCHEMA_VERSION,
  type RunReport,
  RunReportSchema,
} from '../run-report.js';
import { ReportError } from './report-error.js';

const RunReportHeadSchema = RunReportSchema.omit({ articles: true });

/**
 * Validates a value as a RunReport, naming `origin` and the first failing path in the error
 * (e.g. `baseline.json: articles.0.results.2.severity: Invalid option`). Returns the parsed copy (schema key order).
 */
export function parseRunReport(value: unknown, origin: string): RunReport {
  checkVersion(value, origin);
  return parseOrThrow(RunReportSchema, value, origin, []);
}

/** parseRunReport for everything but the articles (checked one by one with parseArticleReport). */
export function parseRunReportHead(value: unknown, origin: string): Omit<RunReport, 'articles'> {
  checkVersion(value, origin);
  return parseOrThrow(RunReportHeadSchema, value, origin, []);
}

/** parseRunReport for the article at `index` of `articles`, errors naming the same paths. */
export function parseArticleReport(value: unknown, index: number, origin: string): ArticleReport {
  return parseOrThrow(ArticleReportSchema, value, origin, ['articles', index]);
}

function checkVersion(value: unknown, origin: string): void {
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
}

function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  origin: string,
  prefix: readonly PropertyKey[],
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((issue) => {
      const path = [...prefix, ...issue.path];
      return `${origin}: ${path.length === 0 ? '(root)' : path.map(String).join('.')}: ${issue.message}`;
    });
    throw new ReportError('invalid-report', lines.join('\n'));
  }
  return parsed.data;
}
