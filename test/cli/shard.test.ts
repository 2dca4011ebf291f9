import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit-code.js';
import { parseShard, selectShard } from '../../src/cli/shard.js';
import { MAX_SHARDS } from '../../src/run/shard-label.js';

describe('--shard I/N', () => {
  it('accepts 1 ≤ I ≤ N up to the largest matrix', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(` ${MAX_SHARDS}/${MAX_SHARDS} `)).toEqual({ index: MAX_SHARDS, total: MAX_SHARDS });
  });

  it.each([
    '1/99999999999999999999999',
    `1/${MAX_SHARDS + 1}`,
    '1/4000000000',
    '0/2',
    '3/2',
    '1/0',
    '1.5/2',
    '-1/2',
  ])('refuses %s with a usage error', (value) => {
    expect(() => parseShard(value)).toThrow(UsageError);
    expect(() => parseShard(value)).toThrow(/--shard expects I\/N with 1 ≤ I ≤ N ≤ 10000/);
  });

  it('puts every input in exactly one shard', () => {
    const names = Array.from({ length: 50 }, (_, i) => `content/${i}.md`);
    const shards = [1, 2, 3].map((index) => selectShard(names, { index, total: 3 }, (name) => name));
    expect(shards.flat().sort()).toEqual([...names].sort());
  });
});
