import { createHash } from 'node:crypto';
import { parseShardLabel, type Shard } from '../run/shard-label.js';
import { UsageError } from './exit-code.js';

export type { Shard };

/** Parses `I/N` (1-based) as in `--shard 2/4`. */
export function parseShard(value: string): Shard {
  const shard = parseShardLabel(value);
  if (typeof shard === 'string') throw new UsageError(`--shard ${shard}`);
  return shard;
}

/**
 * Keeps the inputs that belong to this shard. Assignment hashes each input's name, so it does not depend
 * on the order or the number of other inputs: adding an article moves no other article between shards.
 */
export function selectShard<T>(items: readonly T[], shard: Shard, nameOf: (item: T) => string): T[] {
  return items.filter((item) => shardOf(nameOf(item), shard.total) === shard.index);
}

function shardOf(name: string, total: number): number {
  const digest = createHash('sha256').update(name).digest();
  return (digest.readUInt32BE(0) % total) + 1;
}
