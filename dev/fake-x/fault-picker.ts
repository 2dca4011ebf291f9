import type { Fault, FaultRule } from './fake-x-options.js';

/** Chooses the fault (if any) for a request, counting `first N` rules per rule. */
export class FaultPicker {
  #fired = new Map<FaultRule, number>();

  constructor(
    private rules: readonly FaultRule[],
    private readonly random: () => number,
  ) {}

  setRules(rules: readonly FaultRule[]): void {
    this.rules = rules;
    this.#fired.clear();
  }

  pick(host: string, path: string): Fault | undefined {
    for (const rule of this.rules) {
      if (!matches(rule, host, path)) continue;
      if (rule.first !== undefined) {
        const fired = this.#fired.get(rule) ?? 0;
        if (fired >= rule.first) continue;
        this.#fired.set(rule, fired + 1);
        return rule.fault;
      }
      if (rule.probability !== undefined && this.random() < rule.probability) return rule.fault;
    }
    return undefined;
  }

  reset(): void {
    this.#fired.clear();
  }
}

function matches(rule: FaultRule, host: string, path: string): boolean {
  if (rule.host !== undefined && rule.host !== host) return false;
  if (rule.path === undefined) return true;
  return rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
}
