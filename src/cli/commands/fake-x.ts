import { ScenarioError } from '../../fake-x/scenario.js';
import { runFakeXCommand } from '../../fake-x/serve.js';
import { UsageError } from '../exit-code.js';

/** `citecheck fake-x`: serves a scenario on loopback until interrupted. */
export async function runFakeX(flags: { scenario: string; port: string; latency?: string }): Promise<number> {
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
