/** One shard of a CI matrix: `index` of `total`, 1-based (`--shard 2/4`, a report's `run.shard`). */
export interface Shard {
  index: number;
  total: number;
}

/**
 * The most shards a run may be split into. Far above any CI matrix (GitHub allows 256 jobs), and low enough
 * that checking a merge's set of shards, or hashing names into them, stays trivial.
 */
export const MAX_SHARDS = 10_000;

/** Parses `I/N` with 1 ≤ I ≤ N ≤ MAX_SHARDS, or returns why it is not one ("expects …"). */
export function parseShardLabel(value: string): Shard | string {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total || total > MAX_SHARDS) {
    return `expects I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS}, got "${value}"`;
  }
  return { index, total };
}
