import { z } from 'zod';
import { parseRate } from '../fetch/parse-rate.js';
import { parseDuration } from '../fetch/run-budget.js';
import { UsageError } from './exit-code.js';
import { parseShard, type Shard } from './shard.js';

export const REPORT_FORMATS = ['html', 'json', 'junit', 'md'] as const;
export type CliReportFormat = (typeof REPORT_FORMATS)[number];
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const formatList = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim().toLowerCase()))
  .pipe(z.array(z.enum(REPORT_FORMATS)).min(1))
  .transform((formats) => [...new Set(formats)]);

// One grammar for --rate: the fetcher's parser (it refuses 0, which the budget would read as "no limit").
const rateEntry = z.string().transform((value, ctx) => {
  const parsed = parseRate(value);
  if (parsed.kind === 'invalid') {
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }
  return [parsed.host, parsed.perSecond] as const;
});

const duration = z.string().transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === undefined)
    ctx.addIssue({
      code: 'custom',
      message: `expected a time above 0 such as 90s, 30m or 1h, got "${value}"`,
    });
  return ms ?? z.NEVER;
});

const httpUrl = z.url({ protocol: /^https?$/ });

/** A share of the citations: `50%` or `0.5`. */
const share = z
  .string()
  .regex(/^(\d+(\.\d+)?%|0(\.\d+)?|1(\.0+)?)$/, 'expected a share such as 50% or 0.5')
  .transform((value) => (value.endsWith('%') ? Number(value.slice(0, -1)) / 100 : Number(value)))
  .pipe(z.number().min(0).max(1, 'a share is at most 100%'));

/** The written form: what the user typed (commander's camel-cased flags). */
export const VerifyFlagsSchema = z.object({
  out: z.string().min(1).default('reports').describe('Directory the reports are written to'),
  format: formatList.default(['html', 'json']).describe('Report formats: html,json,junit,md'),
  cacheDir: z.string().min(1).default('cache').describe('Cache directory'),
  cache: z
    .string()
    .regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// URL')
    .optional()
    .describe('Shared Redis cache URL (overrides --cache-dir)'),
  offline: z.boolean().default(false).describe('Use only the cache; never the network'),
  refresh: z.boolean().default(false).describe('Ignore cached answers (still writes new ones)'),
  failOn: z.enum(FAIL_ON).default('error').describe('Lowest severity that makes the exit code 1'),
  maxUnverifiable: share.default(0.5).describe('Exit 1 when more than this share could not be checked'),
  concurrency: z.coerce.number().int().min(1).max(64).default(8).describe('Global request concurrency'),
  rate: z.array(rateEntry).default([]).describe('Per-host budget, e.g. t.co=5/s (repeatable)'),
  baseline: z.string().optional().describe('Previous JSON report: mark findings new or known'),
  changedSince: z.string().optional().describe('Only inputs changed since this git ref'),
  shard: z.string().optional().describe('Deterministic slice I/N of the inputs'),
  upstream: httpUrl.optional().describe('Send every request to this origin (tests, demo)'),
  archive: z.boolean().default(true).describe('Look up archived copies of unavailable posts'),
  maxDuration: duration
    .optional()
    .describe('Run time after which nothing new is checked; reports are still written'),
  verbose: z.boolean().default(false).describe('Print per-host fetch statistics'),
  progress: z.boolean().default(true).describe('Show a progress bar on a TTY'),
});

/** The normalized form every command works from: every field present, cross-field rules applied. */
export interface VerifyOptions {
  out: string;
  formats: CliReportFormat[];
  cacheDir: string;
  cacheUrl: string | undefined;
  offline: boolean;
  refresh: boolean;
  failOn: FailOn;
  /** Exit 1 when more than this share (0–1) of the citations could not be checked. */
  maxUnverifiable: number;
  concurrency: number;
  rates: Record<string, number>;
  baseline: string | undefined;
  changedSince: string | undefined;
  shard: Shard | undefined;
  upstream: string | undefined;
  archive: boolean;
  maxDurationMs: number | undefined;
  verbose: boolean;
  progress: boolean;
}

/** Validates raw flags (plus CITECHECK_UPSTREAM from env) into VerifyOptions, or throws a UsageError listing every problem. */
export function resolveVerifyOptions(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): VerifyOptions {
  const withEnv = { ...raw, upstream: raw.upstream ?? (env.CITECHECK_UPSTREAM || undefined) };
  const parsed = VerifyFlagsSchema.safeParse(withEnv);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `--${toFlag(String(issue.path[0] ?? ''))}: ${issue.message}`,
    );
    throw new UsageError(lines.join('\n'));
  }
  const flags = parsed.data;
  if (flags.offline && flags.refresh) throw new UsageError('--offline and --refresh contradict each other');
  return {
    out: flags.out,
    formats: flags.format,
    cacheDir: flags.cacheDir,
    cacheUrl: flags.cache,
    offline: flags.offline,
    refresh: flags.refresh,
    failOn: flags.failOn,
    maxUnverifiable: flags.maxUnverifiable,
    concurrency: flags.concurrency,
    rates: Object.fromEntries(flags.rate),
    baseline: flags.baseline,
    changedSince: flags.changedSince,
    shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
    upstream: flags.upstream,
    archive: flags.archive,
    maxDurationMs: flags.maxDuration,
    verbose: flags.verbose,
    progress: flags.progress,
  };
}

function toFlag(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
