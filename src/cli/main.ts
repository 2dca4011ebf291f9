#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, OutputError, UsageError } from './exit-code.js';
import { readVersion } from './version.js';

// Commands import their modules lazily so `citecheck --version` and `--help` start fast.
const program = new Command('citecheck')
  .description('Checks the X/Twitter posts an article cites.')
  .version(readVersion(), '-v, --version')
  .showHelpAfterError()
  .exitOverride()
  .addHelpText(
    'after',
    '\nExit codes: 0 nothing at or above --fail-on; 1 findings at or above it (or an unreadable input);\n2 usage or configuration error, or the reports could not be written.',
  );

/** Where reports go, in which formats, and what fails the run: shared by verify and merge. */
function withReportOptions(command: Command): Command {
  return command
    .option('--out <dir>', 'directory for reports', 'reports')
    .option('--format <list>', 'report formats: html,json,junit,md', 'html,json')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 at or above')
        .choices(['error', 'warning', 'never'])
        .default('error'),
    );
}

program
  .command('extract')
  .description('List the posts each input cites (no network unless an input is a URL)')
  .argument('<inputs...>', 'files, folders, globs, - for stdin, or http(s) URLs')
  .option('--json', 'print JSON ({ schemaVersion, articles })')
  .action(async (inputs: string[], flags: { json?: boolean }) => {
    const { runExtract } = await import('./commands/extract.js');
    process.exitCode = await runExtract(inputs, { json: flags.json === true });
  });

withReportOptions(
  program
    .command('verify')
    .description('Extract, resolve, look up and compare every cited post; write reports')
    .argument('<inputs...>', 'files, folders, globs, - for stdin, or http(s) URLs'),
)
  .option('--cache-dir <dir>', 'cache directory', 'cache')
  .option('--cache <url>', 'shared cache, redis://…')
  .option('--offline', 'use only the cache, never the network')
  .option('--refresh', 'ignore cached answers (still writes new ones)')
  .option('--concurrency <n>', 'global request concurrency', '8')
  .option('--rate <host=N/s>', 'per-host request budget (repeatable)', collect, [])
  .option('--max-requests <n>', 'network fetches this run may send, stalest answers first')
  .option('--baseline <file>', 'previous JSON report: mark findings new or known')
  .option('--changed-since <ref>', 'only inputs changed since this git ref')
  .option('--shard <i/n>', 'deterministic slice of the inputs')
  .option('--upstream <url>', 'send every request to this origin (env CITECHECK_UPSTREAM)')
  .option(
    '--no-archive',
    'do not use the Wayback Machine (archived copies, archive search for ID-less citations)',
  )
  .option('--no-progress', 'no progress bar')
  .option('--verbose', 'print per-host fetch statistics')
  .action(async (inputs: string[], flags: Record<string, unknown>) => {
    const { runVerify } = await import('./commands/verify.js');
    process.exitCode = await runVerify(inputs, flags);
  });

withReportOptions(
  program
    .command('merge')
    .description("Combine shards' JSON reports into one report")
    .argument('<reports...>', 'JSON reports written by verify --shard'),
).action(async (reports: string[], flags: Record<string, unknown>) => {
  const { runMerge } = await import('./commands/merge.js');
  process.exitCode = await runMerge(reports, flags);
});

program
  .command('fake-x')
  .description('Serve the loopback stand-in for X from a scenario file (tests, demo, benchmarks)')
  .requiredOption('--scenario <file>', 'scenario JSON')
  .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', '0')
  .option('--latency <ms>', 'added latency, N or MIN-MAX')
  .action(async (flags: { scenario: string; port: string; latency?: string }) => {
    const { runFakeX } = await import('./commands/fake-x.js');
    process.exitCode = await runFakeX(flags);
  });

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

// Over a file-size limit (ulimit -f) a write must fail with EFBIG and exit 2 like a full disk; by default
// SIGXFSZ kills the process mid-write instead.
process.on('SIGXFSZ', () => {});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportFailure(error);
}

function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here with exit code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UsageError || error instanceof OutputError) {
    console.error(`citecheck: ${error.message}`);
    return ExitCode.usage;
  }
  // Anything else is a bug: show it whole rather than swallow it.
  console.error(error);
  return ExitCode.usage;
}
