import { describe, expect, it } from 'vitest';
import { REPORT_FILE_NAMES, renderers, renderReport } from '../../src/report/index.js';
import { demoReport } from './fixture-report.js';

describe('report registry', () => {
  it('has a renderer and a file name for exactly the formats --format accepts', () => {
    expect(Object.keys(renderers).sort()).toEqual(['html', 'json', 'junit', 'md', 'sarif']);
    expect(REPORT_FILE_NAMES).toEqual({
      html: 'citecheck.html',
      json: 'citecheck.json',
      junit: 'citecheck.junit.xml',
      md: 'citecheck.md',
      sarif: 'citecheck.sarif',
    });
  });

  it('renders each format with its own renderer', () => {
    const report = demoReport();
    expect(renderReport(report, 'html')).toMatch(/^<!doctype html>/);
    expect(JSON.parse(renderReport(report, 'json')).summary).toEqual(report.summary);
    expect(renderReport(report, 'junit')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(renderReport(report, 'md')).toMatch(/^## citecheck: /);
  });
});
