/**
 * `--max-requests`: a cap on network fetches per run, spent on the most stale answers first. PURE apart
 * from its own counters; the fetcher asks `take(key)` before it starts a network fetch.
 *
 * The stalest-first order comes from a plan made before the run (src/sweep-plan.ts): the keys it reserves
 * (never checked, then most overdue) may always spend the budget; any other fetch (a short link, an oEmbed
 * confirmation, an archive search) spends only what the reserved keys leave over. A key refused here is
 * served from the cache with its real age, or reported as not checked in this run.
 */

/** What the plan knows about one cited answer. */
export interface SweepItem {
  key: string;
  /** When the cached answer is due (epoch ms); null = never checked (no cached answer). */
  dueAt: number | null;
}

/**
 * The keys worth a request now, stalest first: never checked, then the longest overdue. Answers not yet
 * due are left out (the cache serves them). Ties keep input order.
 */
export function orderByStaleness(items: readonly SweepItem[], now: number): SweepItem[] {
  const due = items.filter((item) => item.dueAt === null || item.dueAt <= now);
  return due
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (a.item.dueAt ?? Number.NEGATIVE_INFINITY) - (b.item.dueAt ?? Number.NEGATIVE_INFINITY) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}

export class RequestBudget {
  readonly max: number;
  #spent = 0;
  /** Reserved keys not fetched yet. */
  readonly #reserved = new Set<string>();
  /** Keys refused for lack of budget (each counted once). */
  readonly #refused = new Set<string>();

  constructor(max: number) {
    this.max = Math.max(0, Math.floor(max));
  }

  /** Reserves the budget for the first `max` of `ordered` (the plan's stalest-first list). */
  reserve(ordered: readonly SweepItem[]): void {
    for (const item of ordered) {
      if (this.#reserved.size >= this.max - this.#spent) break;
      this.#reserved.add(item.key);
    }
  }

  /** Whether a network fetch for `key` may start; if so it is counted. */
  take(key: string): boolean {
    if (this.#reserved.delete(key)) {
      this.#spent += 1;
      return true;
    }
    if (this.#spent + this.#reserved.size < this.max) {
      this.#spent += 1;
      return true;
    }
    this.#refused.add(key);
    return false;
  }

  /** Requests spent, and distinct fetches refused, so far. */
  get spent(): number {
    return this.#spent;
  }
  get refused(): number {
    return this.#refused.size;
  }
}
