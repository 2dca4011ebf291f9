import { z } from 'zod';
import { ExtractProblemSchema } from './citation.js';
import { FetchStatsSchema } from './fetch-record.js';
import { SeveritySchema, VerificationResultSchema } from './result.js';

/** Version of the report JSON; bumped on any breaking change. */
export const REPORT_SCHEMA_VERSION = 1;

export const ArticleReportSchema = z.object({
  source: z.string().describe('File path, URL or "-" for stdin'),
  errors: z.array(ExtractProblemSchema).describe('Problems reading or parsing this source'),
  results: z.array(VerificationResultSchema),
  contentHash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .optional()
    .describe('SHA-256 of the text as checked: `citecheck fix` edits only a file that still matches'),
});
export type ArticleReport = z.infer<typeof ArticleReportSchema>;

export const SeverityCountsSchema = z.object(
  Object.fromEntries(SeveritySchema.options.map((s) => [s, z.number().int()])) as Record<
    z.infer<typeof SeveritySchema>,
    z.ZodNumber
  >,
);

export const RunSummarySchema = z.object({
  articles: z.number().int(),
  citations: z.number().int(),
  embeds: z.number().int(),
  links: z.number().int(),
  sourceErrors: z.number().int(),
  bySeverity: SeverityCountsSchema.describe('Citations by their worst finding that no exception covers'),
  suppressed: z.number().int().default(0).describe('Findings covered by a reviewed exception'),
});
export type RunSummary = z.infer<typeof RunSummarySchema>;

/** Baseline comparison: which findings are new since the previous report and which went away. */
export const BaselineDiffSchema = z.object({
  baseline: z.string().describe('Path of the baseline report'),
  newFindings: z.number().int(),
  resolvedFindings: z.number().int(),
  resolved: z
    .array(z.object({ source: z.string(), key: z.string(), check: z.string(), message: z.string() }))
    .describe('Findings present in the baseline and gone now'),
});
export type BaselineDiff = z.infer<typeof BaselineDiffSchema>;

/** An exception that needs a look: expired, matching nothing, without a reason, or naming no known check. */
export const ExceptionProblemSchema = z.object({
  kind: z.enum(['expired', 'unused', 'no-reason', 'unknown-check']),
  where: z.string().describe('citecheck.config.json: ignore[N], or the article and line of an inline marker'),
  message: z.string(),
});
export type ExceptionProblem = z.infer<typeof ExceptionProblemSchema>;

/** The whole run: what `verify` writes as JSON and every renderer reads. */
export const RunReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('citecheck'), version: z.string() }),
  run: z.object({
    startedAt: z.string(),
    finishedAt: z.string(),
    inputs: z.array(z.string()),
    options: z.record(z.string(), z.unknown()).describe('Effective options (no secrets)'),
    shard: z.string().nullable(),
  }),
  summary: RunSummarySchema,
  articles: z.array(ArticleReportSchema),
  fetchStats: FetchStatsSchema,
  baseline: BaselineDiffSchema.nullable(),
  exceptions: z
    .array(ExceptionProblemSchema)
    .default([])
    .describe('Exceptions (config ignore entries, inline markers) that need a look'),
});
export type RunReport = z.infer<typeof RunReportSchema>;
