import { describe, expect, it } from 'vitest';
import { snowflakeTime } from '../../src/x/snowflake.js';

describe('snowflakeTime', () => {
  it('decodes the creation time of a Snowflake ID to the millisecond', () => {
    expect(snowflakeTime('1641086480675225601')?.toISOString()).toBe('2023-03-29T14:34:41.562Z');
    expect(snowflakeTime('2023357708301455483')?.toISOString()).toBe('2026-02-16T11:24:04.484Z');
  });

  it('gives the UTC day of an early-morning post that US time zones place on the previous day', () => {
    expect(snowflakeTime('705219971425574912')?.toISOString().slice(0, 10)).toBe('2016-03-03');
  });

  it('returns null for pre-Snowflake sequential IDs, which carry no timestamp', () => {
    expect(snowflakeTime('20')).toBeNull();
    expect(snowflakeTime('29700859247')).toBeNull();
  });

  it('returns null for anything that is not a 64-bit decimal ID', () => {
    expect(snowflakeTime('12a')).toBeNull();
    expect(snowflakeTime('')).toBeNull();
    expect(snowflakeTime('99999999999999999999')).toBeNull();
  });
});
