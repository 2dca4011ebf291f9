import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { ReportError } from '../../src/run/report-error.js';
import type { RunReport } from '../../src/run-report.js';
import { demoReport } from './fixture-report.js';

describe('renderJson', () => {
  it('writes 2-space indented JSON with a final newline that parses back to the report', () => {
    const report = demoReport();
    const text = renderJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(text)).toEqual(report);
  });

  it('writes the same text whatever order the keys were built in', () => {
    const report = demoReport();
    const shuffled = JSON.parse(JSON.stringify(report), (_key, value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as RunReport;
    expect(renderJson(shuffled)).toBe(renderJson(report));
  });

  it('throws a ReportError naming the failing path when the report breaks its schema', () => {
    const report = demoReport();
    const broken = structuredClone(report) as unknown as { articles: { results: { severity: string }[] }[] };
    const first = broken.articles[0]?.results[1];
    if (first) first.severity = 'fatal';
    expect(() => renderJson(broken as unknown as RunReport)).toThrow(ReportError);
    expect(() => renderJson(broken as unknown as RunReport)).toThrow(/articles\.0\.results\.1\.severity/);
  });

  it('refuses a report of another schemaVersion with a clear message', () => {
    const other = { ...demoReport(), schemaVersion: 2 } as unknown as RunReport;
    expect(() => renderJson(other)).toThrow(/schemaVersion 2 is not 1/);
  });
});
