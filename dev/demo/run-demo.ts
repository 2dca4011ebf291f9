import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFakeX } from '../fake-x/handlers.js';
import { FAKE_X_HOSTS } from '../fake-x/hosts.js';
import { loadScenario } from '../fake-x/scenario.js';
import { startFakeXServer } from '../fake-x/server.js';

// dist-dev/dev/demo/run-demo.js → the repo root is three levels up, whatever the cwd.
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** `npm run demo`: the fake X on loopback, `citecheck verify` against it, reports in reports/. */
async function main(): Promise<number> {
  const scenarioPath = join(root, 'examples', 'scenario.json');
  const scenario = await loadScenario(scenarioPath);
  const fake = createFakeX(scenario, {
    latencyMs: [50, 150],
    // Modest, so a polite client never meets it but a runaway one would.
    rateLimits: Object.fromEntries(FAKE_X_HOSTS.map((host) => [host, { limit: 60, windowMs: 10_000 }])),
  });
  const server = await startFakeXServer(fake);
  const cacheDir = await mkdtemp(join(tmpdir(), 'citecheck-demo-cache-'));
  const outDir = join(root, 'reports');
  console.log(`citecheck demo: ${scenario.label}`);
  console.log(`fake X on ${server.url} (loopback only, 50–150 ms latency)\n`);
  try {
    const args = [
      join(root, 'dist', 'cli', 'main.js'),
      'verify',
      // Relative to the child's cwd (the repo root), so the report names the inputs the way a user would.
      'examples/articles',
      '--upstream',
      server.url,
      '--cache-dir',
      cacheDir,
      '--out',
      outDir,
      '--format',
      'html,json,junit,md,sarif',
    ];
    const startedAt = Date.now();
    const code = await run(process.execPath, args);
    const traffic = fake.traffic;
    console.log(
      `\nfake X answered ${traffic.requests.length} requests` +
        ` (${traffic.unexpected.length} unexpected, ${traffic.violations.length} sent during a Retry-After wait)`,
    );
    if (code === 2 || code === null || code > 2) {
      console.error(`citecheck verify failed (exit ${code ?? 'signal'}); the demo did not run through.`);
      return code === null ? 1 : code;
    }
    const shown = relative(process.cwd(), outDir) || outDir;
    const files = await freshReports(outDir, startedAt);
    if (files.length === 0) {
      // A crash can exit 1 too; findings without reports are not a demo.
      console.error(
        `citecheck exited ${code} but wrote no reports to ${shown}/; the demo did not run through.`,
      );
      return 1;
    }
    // The CLI has listed the files it wrote; point at the one to open.
    console.log(`open ${join(shown, 'citecheck.html')} in a browser to read the report.`);
    // Exit 1 means citecheck found problems in the articles: that is what the demo is for.
    if (code === 1) console.log('citecheck exited 1: the demo articles contain findings, as intended.');
    return 0;
  } finally {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** Report files in `dir` written since `since` (epoch ms). */
async function freshReports(dir: string, since: number): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [])).filter((file) => file.startsWith('citecheck.'));
  const fresh = [];
  for (const name of names) {
    // Whole-second mtimes on some filesystems: allow a second of slack.
    if ((await stat(join(dir, name))).mtimeMs >= since - 1_000) fresh.push(name);
  }
  return fresh;
}

function run(command: string, args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env } });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}

process.exitCode = await main();
