import { parseArgs } from 'node:util';

/** What one `npm run bench` measures and how big. */
export interface BenchOptions {
  articles: number;
  rssArticles: number;
  /** Tiny sizes and fast fake latency: the smoke test's mode. */
  quick: boolean;
  skipPeers: boolean;
  /** Where bench.json goes. */
  out: string;
  /** The built CLI the pipeline figures run. */
  cliPath: string;
  seed: number;
}

/** A bench flag that does not parse. */
export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError' as const;
}

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new BenchUsageError(`--${flag} expects a positive integer, got "${value}"`);
  return parsed;
}

/** Parses `--articles N --rss-articles N --quick --skip-peers --out FILE --cli PATH --seed N`. */
export function parseBenchOptions(
  argv: readonly string[],
  defaults: { cliPath: string; out: string },
): BenchOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  const quick = values.quick === true;
  return {
    articles: positiveInt('articles', values.articles, quick ? 30 : 500),
    rssArticles: positiveInt('rss-articles', values['rss-articles'], quick ? 100 : 10_000),
    quick,
    skipPeers: values['skip-peers'] === true,
    out: values.out ?? defaults.out,
    cliPath: values.cli ?? defaults.cliPath,
    seed: positiveInt('seed', values.seed, 7),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    options: {
      articles: { type: 'string' },
      'rss-articles': { type: 'string' },
      quick: { type: 'boolean' },
      'skip-peers': { type: 'boolean' },
      out: { type: 'string' },
      cli: { type: 'string' },
      seed: { type: 'string' },
    },
  });
}
