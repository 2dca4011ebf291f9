/** 0: nothing at or above --fail-on; 1: findings at or above it; 2: usage/config error or nothing could be written. */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A mistake in how citecheck was called; printed without a stack, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError' as const;
}

/** Reports could not be written (read-only dir, disk full): exit 2, nothing half-written. */
export class OutputError extends Error {
  override readonly name = 'OutputError' as const;
}
