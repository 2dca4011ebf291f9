#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { showControls } from '../report/control-chars.js';
import { ExitCode, OutputError, UsageError } from './exit-code.js';
import type { OptionTable } from './options.js';
import { readVersion } from './version.js';

// Commands import their modules lazily so `citecheck --version` and `--help` start fast.
const program = new Command('citecheck')
  .description('Checks the X/Twitter posts an article cites.')
  .version(readVersion(), '-v, --version')
  // A one-line hint, not the whole help: 50 lines of options would bury the error and "Did you mean …?".
  .showHelpAfterError('(run citecheck --help for the commands)')
  .exitOverride()
  .addHelpText(
    'after',
    '\nExit codes: 0 nothing at or above --fail-on; 1 findings at or above it, an unreadable input, or more than\n--max-unverifiable of the citations could not be checked; 2 usage or configuration error, or the reports\ncould not be written.',
  );

program
  .command('extract')
  .description('List the posts each input cites (no network unless an input is a URL)')
  .argument('<inputs...>', 'files, folders, globs, - for stdin, or http(s) URLs')
  .option('--json', 'print JSON ({ schemaVersion, articles })')
  .action(async (inputs: string[], flags: { json?: boolean }) => {
    const { runExtract } = await import('./commands/extract.js');
    process.exitCode = await runExtract(inputs, { json: flags.json === true });
  });

// Every verify/merge/fix option is declared once, in src/cli/options.ts: flags, help, defaults, config keys.
// The tables pull in zod, so they load only when a command that uses them is named: `citecheck --version`
// and the top-level `--help` start without it.
const named = process.argv.slice(2);
const [tables, flagsOf] = ['verify', 'merge', 'fix'].some((command) => named.includes(command))
  ? await Promise.all([import('./options.js'), import('./option-flags.js')])
  : [undefined, undefined];

tableCommand(
  'verify',
  ['<inputs...>', 'files, folders, globs, - for stdin, or http(s) URLs'],
  'Extract, resolve, look up and compare every cited post; write reports',
  tables?.VERIFY_OPTIONS,
  async (inputs, flags, config) => {
    const { runVerify } = await import('./commands/verify.js');
    return runVerify(inputs, flags, config);
  },
);

tableCommand(
  'merge',
  ['<reports...>', 'JSON reports written by verify --shard'],
  "Combine shards' JSON reports into one report",
  tables?.REPORT_OPTIONS,
  async (reports, flags, config) => {
    const { runMerge } = await import('./commands/merge.js');
    return runMerge(reports, flags, config);
  },
);

tableCommand(
  'fix',
  ['<inputs...>', 'files or folders (with --report: which of its articles to fix)'],
  'Suggest edits that answer the findings: a unified diff, or --write to apply them',
  tables?.FIX_OPTIONS,
  async (inputs, flags, config) => {
    const { runFix } = await import('./commands/fix.js');
    return runFix(inputs, flags, config);
  },
);

program
  .command('init')
  .description('Write a starting citecheck.config.json (never overwrites one)')
  .option('--config <file>', 'where to write it', 'citecheck.config.json')
  .action(async (flags: { config: string }) => {
    const { runInit } = await import('./commands/init.js');
    process.exitCode = await runInit(flags.config);
  });

/**
 * A command whose options come from an option table, plus `--config FILE`; `run` gets the arguments, the
 * flags actually typed and the config path, and returns the exit code.
 */
function tableCommand(
  name: string,
  [argument, argumentHelp]: [string, string],
  description: string,
  table: OptionTable | undefined,
  run: (args: string[], flags: Record<string, unknown>, config: string | undefined) => Promise<number>,
): void {
  const command = program
    .command(name)
    .description(description)
    .argument(argument, argumentHelp)
    .usage(`[options] ${argument}`);
  // Without its table the command is only listed (it was not named, so it will not run).
  if (table === undefined || flagsOf === undefined) return;
  command.option(
    '--config <file>',
    'config file (default: citecheck.config.json in the working directory, if any)',
  );
  flagsOf.addOptionFlags(command, table).action(async (args: string[], _flags: unknown, self: Command) => {
    const { config, ...flags } = flagsOf.givenFlags(self);
    process.exitCode = await run(args, flags, typeof config === 'string' ? config : undefined);
  });
}

for (const command of program.commands) {
  command.showHelpAfterError(`(run citecheck ${command.name()} --help for the options)`);
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
    // Messages name files and flags as typed; each of their lines stays one inert line.
    console.error(`citecheck: ${error.message.split('\n').map(showControls).join('\n')}`);
    return ExitCode.usage;
  }
  // Anything else is a bug: show it whole rather than swallow it.
  console.error(error);
  return ExitCode.usage;
}
