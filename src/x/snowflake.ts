/** Milliseconds between the Unix epoch and Twitter's Snowflake epoch (2010-11-04T01:42:54.657Z). */
export const SNOWFLAKE_EPOCH_MS = 1288834974657n;

/** Highest ID issued before Snowflake; such IDs carry no timestamp. */
export const LAST_PRE_SNOWFLAKE_ID = 29700859247n;

/**
 * Creation time encoded in a status ID, or null for pre-Snowflake (sequential) IDs and non-IDs.
 * Pure: works offline and for deleted posts.
 */
export function snowflakeTime(statusId: string): Date | null {
  if (!/^\d{1,20}$/.test(statusId)) return null;
  const id = BigInt(statusId);
  if (id <= LAST_PRE_SNOWFLAKE_ID || id >= 1n << 64n) return null;
  return new Date(Number((id >> 22n) + SNOWFLAKE_EPOCH_MS));
}
