import type { RunReport } from '../run-report.js';
import { parseRunReport } from './parse-run-report.js';

/**
 * The report as JSON: validated against RunReportSchema first (an invalid report is a bug and throws a
 * ReportError naming the path), keys in schema order with free-form records sorted, 2-space indent, final newline.
 */
export function renderJson(report: RunReport): string {
  const parsed = parseRunReport(report, 'report');
  const stable: RunReport = {
    ...parsed,
    run: { ...parsed.run, options: sortDeep(parsed.run.options) as Record<string, unknown> },
    fetchStats: Object.fromEntries(Object.entries(parsed.fetchStats).sort(byKey)),
  };
  return `${JSON.stringify(stable, null, 2)}\n`;
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(byKey)
        .map(([key, inner]) => [key, sortDeep(inner)]),
    );
  }
  return value;
}

function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
