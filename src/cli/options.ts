import { z } from 'zod';
import { parseRate } from '../fetch/parse-rate.js';
import { parseDuration } from '../fetch/run-budget.js';
import { REPORT_FORMATS } from '../report/formats.js';
import { FAIL_ON } from '../run/exit-policy.js';
import { parseShardLabel } from '../run/shard-label.js';

/**
 * The one home of every `verify` and `merge` option. Each entry drives the commander flag (name, argument,
 * help text, default and choices shown in --help), the key of the same name in citecheck.config.json, the
 * published schema/config.schema.json and the TypeScript type of the resolved value. Adding an option is
 * adding an entry here (and reading it where it is used).
 *
 * `schema` validates the config-file form of the value; a flag's text is first turned into that form by
 * `fromFlag` (lists split at commas, numbers parsed). A boolean whose default is true becomes `--no-NAME`.
 *
 * A new verify option, e.g. `--max-requests <n>`, is one entry in VERIFY_OPTIONS:
 *   maxRequests: option(z.number().int().min(1).describe('Network requests a run may send at most'),
 *     { arg: '<n>', fromFlag: toNumber }),
 * then `options.maxRequests` is typed in commands/verify.ts, and
 * `UPDATE_SCHEMA=1 npx vitest run test/report/json-schema.test.ts` regenerates schema/config.schema.json.
 */
export interface OptionDef<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** In the config-file form; an option without one is unset unless given. */
  default?: z.input<S>;
  /** Commander's argument placeholder, e.g. `<dir>`; absent for a switch. */
  arg?: string;
  fromFlag?: (text: string) => unknown;
  /** The flag may be given more than once (values collected into an array). */
  repeatable?: boolean;
  /** An environment variable read when neither a flag nor the config file sets the option. */
  env?: string;
}

function option<S extends z.ZodType, const D extends z.input<S> | undefined = undefined>(
  schema: S,
  extra: Omit<OptionDef<S>, 'schema' | 'default'> & { default?: D } = {},
): OptionDef<S> & { default: D } {
  return { schema, ...extra } as OptionDef<S> & { default: D };
}

const splitList = (text: string): string[] => text.split(',').map((part) => part.trim().toLowerCase());
const toNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

const formatList = z
  .array(z.enum(REPORT_FORMATS))
  .min(1)
  .transform((formats) => [...new Set(formats)]);

const rateList = z.array(
  z.string().transform((value, ctx) => {
    const parsed = parseRate(value);
    if (parsed.kind === 'invalid') {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return [parsed.host, parsed.perSecond] as const;
  }),
);

const shard = z.string().transform((value, ctx) => {
  const parsed = parseShardLabel(value);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

/** A run time such as `90s`, `30m`, `1.5h`, in milliseconds (the fetcher's run budget reads the same grammar). */
const duration = z.string().transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a time above 0 such as 90s, 30m or 1h, got "${value}"`,
    });
    return z.NEVER;
  }
  return ms;
});

/** A share of the citations, `50%` or `0.5`, as a number from 0 to 1 (a config file may also give 0.5). */
const share = z
  .union([
    z.number(),
    z.string().regex(/^(\d+(\.\d+)?%|0(\.\d+)?|1(\.0+)?)$/, 'expected a share such as 50% or 0.5'),
  ])
  .transform((value) =>
    typeof value === 'number'
      ? value
      : value.endsWith('%')
        ? Number(value.slice(0, -1)) / 100
        : Number(value),
  )
  .pipe(z.number().min(0).max(1, 'a share is at most 100%'));

/** Where reports go, in which formats, and what fails the run: shared by verify and merge. */
export const REPORT_OPTIONS = {
  out: option(z.string().min(1).describe('Directory the reports are written to'), {
    arg: '<dir>',
    default: 'reports',
  }),
  format: option(formatList.describe(`Report formats, any of ${REPORT_FORMATS.join(', ')}`), {
    arg: '<list>',
    fromFlag: splitList,
    default: ['html', 'json'],
  }),
  failOn: option(z.enum(FAIL_ON).describe('Lowest severity that makes the exit code 1'), {
    arg: '<level>',
    default: 'error',
  }),
  maxUnverifiable: option(
    share.describe(
      'Exit 1 when more than this share of the citations could not be checked (100% turns it off)',
    ),
    { arg: '<share>', default: '50%' },
  ),
};

/** How lookups reach X and the archive: shared by verify and fix (which runs verify when given no report). */
export const FETCH_OPTIONS = {
  cacheDir: option(z.string().min(1).describe('Cache directory'), { arg: '<dir>', default: 'cache' }),
  cache: option(
    z
      .string()
      .regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// URL')
      .describe('Shared Redis cache URL, redis://… (overrides cacheDir)'),
    { arg: '<url>' },
  ),
  offline: option(z.boolean().describe('Use only the cache; never the network'), { default: false }),
  refresh: option(z.boolean().describe('Ignore cached answers (still writes new ones)'), { default: false }),
  concurrency: option(z.number().int().min(1).max(64).describe('Global request concurrency'), {
    arg: '<n>',
    fromFlag: toNumber,
    default: 8,
  }),
  rate: option(rateList.describe('Per-host request budget HOST=N/s or HOST=N/min, e.g. t.co=5/s'), {
    arg: '<host=N/s>',
    repeatable: true,
    default: [],
  }),
  upstream: option(
    z
      .url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' })
      .describe('Send every request to this origin (tests, demo, benchmarks)'),
    { arg: '<url>', env: 'CITECHECK_UPSTREAM' },
  ),
  archive: option(
    z
      .boolean()
      .describe(
        'Use the Wayback Machine: archived copies of unavailable posts, archive search for citations without an ID',
      ),
    { default: true },
  ),
  maxDuration: option(
    duration.describe(
      'Run time (90s, 30m, 1h) after which nothing new is checked; reports are still written',
    ),
    { arg: '<time>' },
  ),
};

export const VERIFY_OPTIONS = {
  ...REPORT_OPTIONS,
  ...FETCH_OPTIONS,
  baseline: option(z.string().min(1).describe('Previous JSON report: mark findings new or known'), {
    arg: '<file>',
  }),
  changedSince: option(z.string().min(1).describe('Only inputs changed since this git ref'), {
    arg: '<ref>',
  }),
  shard: option(shard.describe('Deterministic slice I/N of the inputs'), { arg: '<i/n>' }),
  maxRequests: option(
    z
      .number()
      .int()
      .min(0)
      .describe('Network fetches this run may send, never-checked and stalest answers first'),
    { arg: '<n>', fromFlag: toNumber },
  ),
  saveArchive: option(
    z
      .boolean()
      .describe(
        'Ask Save Page Now to capture available posts with no archived copy (key: env CITECHECK_SPN_ACCESS_KEY, CITECHECK_SPN_SECRET)',
      ),
    { default: false },
  ),
  progress: option(z.boolean().describe('Show a progress counter on a TTY'), { default: true }),
  verbose: option(z.boolean().describe('Print per-host fetch statistics'), { default: false }),
};

/** `citecheck fix`: where the findings come from, whether to write, and how a fresh run fetches. */
export const FIX_OPTIONS = {
  report: option(z.string().min(1).describe('Plan from this citecheck.json instead of a fresh run'), {
    arg: '<file>',
  }),
  write: option(z.boolean().describe('Write the edits in place (only files unchanged since the check)'), {
    default: false,
  }),
  ...FETCH_OPTIONS,
};

export type OptionTable = Record<string, OptionDef>;

/** The resolved values of a table: every option with a default is present. */
export type OptionValues<T extends OptionTable> = {
  [K in keyof T]: T[K] extends { default: undefined }
    ? z.output<T[K]['schema']> | undefined
    : z.output<T[K]['schema']>;
};

/** Resolved `verify` options (the CLI's; the library's `VerifyOptions` is what verify() takes). */
export type VerifySettings = OptionValues<typeof VERIFY_OPTIONS>;
export type ReportSettings = OptionValues<typeof REPORT_OPTIONS>;
export type FetchSettings = OptionValues<typeof FETCH_OPTIONS>;
export type FixSettings = OptionValues<typeof FIX_OPTIONS>;

/** The flag of an option key: `cacheDir` → `--cache-dir`, a default-true switch → `--no-archive`. */
export function flagOf(key: string, def: OptionDef): string {
  const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return def.default === true ? `--no-${name}` : `--${name}`;
}
