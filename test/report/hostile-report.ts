import type { RunReport } from '../../src/run-report.js';
import { demoReport } from './fixture-report.js';

/** Text that would run script if any renderer forgot to escape it, in every context we write to. */
export const HOSTILE_TEXT =
  '</style></script><script>window.__pwned=1</script>"><img src=x onerror="window.__pwned=1">\'><svg onload=window.__pwned=1>\u2028`{{1}}` &amp; ]]> --> <!--';

/** A URL that would run script if it became an href. */
export const HOSTILE_URL = 'javascript:window.__pwned=1';

// Closed unions drive logic (and are validated by zod before any renderer sees them); everything else is hostile.
const ENUM_KEYS = new Set([
  'severity',
  'status',
  'op',
  'kind',
  'form',
  'field',
  'foundBy',
  'confidence',
  'baseline',
]);
const URL_KEYS = new Set(['url', 'liveUrl', 'archiveUrl', 'finalUrl', 'location', 'expandedUrl']);
const ENUM_VALUES = new Set(['syndication', 'oembed', 'archive', 'rate-limited', 'citecheck']);

/** demoReport() with every free-text string (and record key) replaced by hostile text or a javascript: URL. */
export function hostileReport(): RunReport {
  let n = 0;
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (ENUM_VALUES.has(value) || ENUM_KEYS.has(key)) return value;
      n += 1;
      return URL_KEYS.has(key) && !value.includes('\n') ? HOSTILE_URL : `${HOSTILE_TEXT} #${n}`;
    }
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (typeof value === 'object' && value !== null) {
      const hostileKeys = key === 'options' || key === 'fetchStats';
      return Object.fromEntries(
        Object.entries(value).map(([k, v], i) => [hostileKeys ? `${HOSTILE_TEXT} key${i}` : k, visit(v, k)]),
      );
    }
    return value;
  };
  return visit(demoReport(), '') as RunReport;
}
