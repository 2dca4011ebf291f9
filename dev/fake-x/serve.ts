import { createFakeX } from './handlers.js';
import { FAKE_X_HOSTS } from './hosts.js';
import { loadScenario } from './scenario.js';
import { startFakeXServer } from './server.js';

/** Options of `npm run fake-x` (dev/fake-x/cli.ts). */
export interface FakeXCommandOptions {
  /** Path of the scenario JSON. */
  scenario: string;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  latency?: number | [number, number];
  /** One budget applied to every host. */
  rateLimit?: { limit: number; windowMs: number };
}

/** Serves a scenario on loopback, prints the URL, and resolves once SIGINT or SIGTERM arrives. */
export async function runFakeXCommand(options: FakeXCommandOptions): Promise<void> {
  const scenario = await loadScenario(options.scenario);
  const { rateLimit } = options;
  const fake = createFakeX(scenario, {
    ...(options.latency === undefined ? {} : { latencyMs: options.latency }),
    ...(rateLimit === undefined
      ? {}
      : { rateLimits: Object.fromEntries(FAKE_X_HOSTS.map((host) => [host, rateLimit])) }),
  });
  const server = await startFakeXServer(fake, { port: options.port });
  console.log(`fake X serving ${scenario.posts.length} posts from ${options.scenario}`);
  console.log(`  ${scenario.label}`);
  console.log(`  ${server.url}   (use: citecheck verify … --upstream ${server.url})`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  const traffic = fake.traffic;
  console.log(
    `fake X stopping after ${traffic.requests.length} requests (${traffic.unexpected.length} unexpected)`,
  );
  await server.close();
}
