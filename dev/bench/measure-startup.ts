import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, ratio } from './median.js';

/** Figure 6: `citecheck --version` against a bare `node -e 0`, medians of interleaved runs. */
export interface StartupFigure {
  runs: number;
  cliMs: number;
  nodeMs: number;
  ratio: number | null;
  /** What --version printed, to show the run was real. */
  version: string;
}

function timeSpawn(args: string[]): { ms: number; stdout: string; status: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 });
  return { ms: performance.now() - start, stdout: result.stdout, status: result.status };
}

/** Runs both commands `runs` times, alternating so machine noise hits both alike. */
export function measureStartup(cliPath: string, runs: number): StartupFigure {
  const cli: number[] = [];
  const bare: number[] = [];
  let version = '';
  for (let i = 0; i < runs; i++) {
    const run = timeSpawn([cliPath, '--version']);
    if (run.status !== 0) throw new Error(`${cliPath} --version exited ${run.status}`);
    version = run.stdout.trim();
    cli.push(run.ms);
    bare.push(timeSpawn(['-e', '0']).ms);
  }
  const cliMs = median(cli);
  const nodeMs = median(bare);
  return { runs, cliMs, nodeMs, ratio: ratio(cliMs, nodeMs), version };
}
