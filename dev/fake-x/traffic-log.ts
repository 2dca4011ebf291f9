import type { Fault } from './fake-x-options.js';

/** Endpoints the fake knows; `unknown` is anything else. */
export type Endpoint =
  | 'tweet-result'
  | 'oembed'
  | 'oembed-legacy-host'
  | 't.co'
  | 'pic'
  | 'wayback-available'
  | 'wayback-cdx'
  | 'wayback-replay'
  | 'spn-save'
  | 'spn-status'
  | 'unknown';

/** One request as the fake received it. */
export interface TrafficEntry {
  /** Arrival time, epoch ms (from the fake's clock). */
  at: number;
  /** Effective host (X-Forwarded-Host, else the URL host). */
  host: string;
  path: string;
  /** Query string without `?` (empty when none). */
  query: string;
  endpoint: Endpoint;
  /** Status answered; 0 when the fault was a reset or a timeout. */
  status: number;
  /** Injected fault, when one fired. */
  fault?: Fault['kind'];
  /** Sent while this host had told the client to wait (Retry-After not yet elapsed). */
  violation: boolean;
}

/** What the fake received, for tests to assert on. */
export interface TrafficLog {
  readonly requests: readonly TrafficEntry[];
  /** Request counts per effective host. */
  readonly byHost: Readonly<Record<string, number>>;
  /** Request counts per endpoint. */
  readonly byEndpoint: Readonly<Partial<Record<Endpoint, number>>>;
  /** Requests sent before an announced Retry-After had elapsed. */
  readonly violations: readonly TrafficEntry[];
  /** Requests to hosts or paths the fake does not serve. */
  readonly unexpected: readonly TrafficEntry[];
}

/** The mutable log behind a TrafficLog view. */
export interface TrafficRecorder extends TrafficLog {
  record(entry: TrafficEntry): void;
  clear(): void;
}

/** Creates an empty traffic log. */
export function createTrafficLog(): TrafficRecorder {
  const entries: TrafficEntry[] = [];
  const countBy = <K extends string>(key: (entry: TrafficEntry) => K): Record<K, number> => {
    const counts = {} as Record<K, number>;
    for (const entry of entries) counts[key(entry)] = (counts[key(entry)] ?? 0) + 1;
    return counts;
  };
  return {
    get requests() {
      return entries;
    },
    get byHost() {
      return countBy((entry) => entry.host);
    },
    get byEndpoint() {
      return countBy((entry) => entry.endpoint);
    },
    get violations() {
      return entries.filter((entry) => entry.violation);
    },
    get unexpected() {
      return entries.filter((entry) => entry.endpoint === 'unknown');
    },
    record(entry) {
      entries.push(entry);
    },
    clear() {
      entries.length = 0;
    },
  };
}
