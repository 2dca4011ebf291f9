/** A per-host request budget parsed from `HOST=N/s` or `HOST=N/m`. */
export type ParsedRate =
  | { kind: 'rate'; host: string; perSecond: number }
  | { kind: 'invalid'; input: string; message: string };

/** Parses `--rate` values such as `t.co=5/s` or `web.archive.org=30/m` (also `/sec`, `/min`). */
export function parseRate(input: string): ParsedRate {
  const match = /^\s*([^=\s]+)\s*=\s*(\d+(?:\.\d+)?)\s*\/\s*(s|sec|second|m|min|minute)\s*$/i.exec(input);
  const host = match?.[1];
  const count = Number(match?.[2]);
  const unit = match?.[3]?.toLowerCase();
  if (host === undefined || unit === undefined) {
    return { kind: 'invalid', input, message: `expected HOST=N/s or HOST=N/m, got "${input}"` };
  }
  if (!(count > 0)) return { kind: 'invalid', input, message: `rate must be above 0 in "${input}"` };
  const perSecond = unit.startsWith('s') ? count : count / 60;
  return { kind: 'rate', host: host.toLowerCase(), perSecond };
}
