import { unverifiableFailure } from '../run/exit-policy.js';
import type { RunSummary } from '../run-report.js';
import { ExitCode } from './exit-code.js';

/** 1, saying why on stderr, when more than `maxShare` of the citations could not be checked; else 0. */
export function unverifiableExitCode(summary: RunSummary, maxShare: number): number {
  const reason = unverifiableFailure(summary, maxShare);
  if (reason === null) return ExitCode.ok;
  console.error(
    `citecheck: exit 1: ${reason} (network, rate limits or offline cache misses; see the report)`,
  );
  return ExitCode.findings;
}
