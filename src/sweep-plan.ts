import { extractCitations } from './extract/index.js';
import { orderByStaleness, type RequestBudget, type SweepItem } from './fetch/request-budget.js';
import type { Fetcher } from './fetch/types.js';
import { readInputs } from './inputs/index.js';
import { postLookupRequest } from './x/syndication.js';

/** What the plan found: cited posts, and how many were due (never checked or overdue). */
export interface SweepPlan {
  cited: number;
  due: number;
  reserved: number;
}

/**
 * Before a budgeted run: reads the inputs once (stdin cannot be read twice, so it is left out), asks the
 * cache when each cited post's answer is due, and reserves the budget for the never-checked and the most
 * overdue ones, so a run that cannot check everything checks the stalest.
 */
export async function reserveStalest(
  specs: readonly string[],
  cwd: string,
  fetcher: Fetcher,
  budget: RequestBudget,
  now: number,
): Promise<SweepPlan> {
  const dueAt = fetcher.dueAt;
  if (dueAt === undefined) return { cited: 0, due: 0, reserved: 0 };
  const ids = new Set<string>();
  const inputs = readInputs(
    specs.filter((spec) => spec !== '-'),
    { cwd, fetchText: async (url) => (await fetcher.fetch({ url, cacheClass: 'article' })).body },
  );
  for await (const input of inputs) {
    if (input.kind === 'error') continue;
    const { citations } = extractCitations(input.text, { source: input.source, format: input.format });
    for (const citation of citations) if (citation.statusId !== null) ids.add(citation.statusId);
  }
  const items: SweepItem[] = [];
  for (const id of ids) items.push(await dueAt.call(fetcher, postLookupRequest(id)));
  const ordered = orderByStaleness(items, now);
  budget.reserve(ordered);
  return { cited: ids.size, due: ordered.length, reserved: Math.min(ordered.length, budget.max) };
}
