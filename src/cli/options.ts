import { z } from 'zod';
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

const rateEntry = z.string().transform((value, ctx) => {
  const match = /^([a-z0-9.-]+)=(\d+(?:\.\d+)?)\/(s|m)$/i.exec(value.trim());
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `expected HOST=N/s or HOST=N/m, got "${value}"` });
    return z.NEVER;
  }
  const perUnit = Number(match[2]);
  return [match[1]?.toLowerCase() ?? '', match[3] === 'm' ? perUnit / 60 : perUnit] as const;
});

const httpUrl = z.url({ protocol: /^https?$/ });

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
  concurrency: z.coerce.number().int().min(1).max(64).default(8).describe('Global request concurrency'),
  rate: z.array(rateEntry).default([]).describe('Per-host budget, e.g. t.co=5/s (repeatable)'),
  maxRequests: z.coerce.number().int().min(0).optional().describe('Network fetches this run may send'),
  baseline: z.string().optional().describe('Previous JSON report: mark findings new or known'),
  changedSince: z.string().optional().describe('Only inputs changed since this git ref'),
  shard: z.string().optional().describe('Deterministic slice I/N of the inputs'),
  upstream: httpUrl.optional().describe('Send every request to this origin (tests, demo)'),
  archive: z.boolean().default(true).describe('Look up archived copies of unavailable posts'),
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
  concurrency: number;
  rates: Record<string, number>;
  maxRequests: number | undefined;
  baseline: string | undefined;
  changedSince: string | undefined;
  shard: Shard | undefined;
  upstream: string | undefined;
  archive: boolean;
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
    concurrency: flags.concurrency,
    rates: Object.fromEntries(flags.rate),
    maxRequests: flags.maxRequests,
    baseline: flags.baseline,
    changedSince: flags.changedSince,
    shard: flags.shard === undefined ? undefined : parseShard(flags.shard),
    upstream: flags.upstream,
    archive: flags.archive,
    verbose: flags.verbose,
    progress: flags.progress,
  };
}

function toFlag(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
