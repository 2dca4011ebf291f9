import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ScenarioError } from './scenario.js';
import { runFakeXCommand } from './serve.js';

/** A mistake in how the fake X was called: printed without a stack, exit 2. */
class UsageError extends Error {}

/** `npm run fake-x -- --scenario FILE`: serves a scenario on loopback until interrupted (a clone's tool, not shipped). */
async function runFakeX(flags: { scenario: string; port: string; latency?: string }): Promise<number> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: not a port: ${flags.port}`);
  let latency: number | [number, number] | undefined;
  if (flags.latency !== undefined) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(flags.latency);
    if (!match) throw new UsageError(`--latency expects N or MIN-MAX milliseconds, got "${flags.latency}"`);
    latency = match[2] === undefined ? Number(match[1]) : [Number(match[1]), Number(match[2])];
  }
  try {
    await runFakeXCommand({ scenario: flags.scenario, port, ...(latency === undefined ? {} : { latency }) });
  } catch (error) {
    // A bad scenario file is the caller's mistake, not a bug: no stack trace.
    if (error instanceof ScenarioError) throw new UsageError(error.message);
    throw error;
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('fake-x')
    .description('Serve the loopback stand-in for X from a scenario file (tests, demo, benchmarks)')
    .requiredOption('--scenario <file>', 'scenario JSON')
    .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', '0')
    .option('--latency <ms>', 'added latency, N or MIN-MAX')
    .showHelpAfterError('(run npm run fake-x -- --help for the options)')
    .exitOverride();
  try {
    await program.parseAsync(argv);
    return await runFakeX(program.opts<{ scenario: string; port: string; latency?: string }>());
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      console.error(`fake-x: ${error.message}`);
      return 2;
    }
    console.error(error);
    return 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main(process.argv);
