import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKS } from '../../src/checks.js';
import { renderReportChunks } from '../../src/report/index.js';
import { headOf } from '../../src/report/report-head.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { RunReport } from '../../src/run-report.js';
import { makeCitation, makeReport, makeResult, makeVerdict } from './fixture-report.js';

// The official SARIF 2.1.0 (rtm.5) schema, as shipped by Microsoft's @microsoft/jest-sarif: not hand-written.
const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

async function validator() {
  // unicodeRegExp off: one pattern in the official schema (language) has a stray ']' that the u flag rejects.
  const ajv = new Ajv04.default({
    strict: false,
    allErrors: true,
    validateSchema: false,
    unicodeRegExp: false,
  });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(await readFile(SCHEMA_PATH, 'utf8')));
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  suppressions?: { kind: string; justification: string }[];
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string } }[] } };
    results: SarifResult[];
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

/** An article with a deleted post (suppressed inline), a renamed handle, a time-zone notice and an outage. */
function report(line = 12): RunReport {
  const deleted = makeResult({
    citation: makeCitation({ location: { line, column: 1, offset: 300 } }),
    verdicts: [
      makeVerdict({
        field: 'status',
        check: 'status-deleted',
        severity: 'error',
        message: 'The post has been deleted.',
        suppressed: {
          kind: 'inline',
          reason: 'the article is about the deletion',
          where: 'news/ferry report.md:11',
        },
      }),
    ],
  });
  const renamed = makeResult({
    citation: makeCitation({
      statusId: '1764321098765432999',
      handle: 'pier',
      location: { line: line + 8, column: 5, offset: 900 },
    }),
    verdicts: [
      makeVerdict({
        field: 'handle',
        check: 'handle-renamed',
        severity: 'warning',
        message: 'Renamed.',
        baseline: 'new',
      }),
      makeVerdict({ field: 'date', check: 'date-timezone', severity: 'notice', message: 'One day off.' }),
      makeVerdict({ field: 'text', check: 'text-exact', severity: 'ok', message: 'Same text.' }),
    ],
  });
  const outage = makeResult({
    citation: makeCitation({
      statusId: '1764321098765432555',
      location: { line: line + 20, column: 1, offset: 1500 },
    }),
    verdicts: [
      makeVerdict({
        field: 'status',
        check: 'status-unverifiable',
        severity: 'unverifiable',
        message: 'Timed out.',
      }),
    ],
  });
  return makeReport(
    [
      { source: 'news/ferry report.md', errors: [], results: [deleted, renamed, outage] },
      {
        source: 'broken.html',
        errors: [{ source: 'broken.html', message: 'not UTF-8', line: 3 }],
        results: [],
      },
    ],
    {
      exceptions: [
        {
          kind: 'unused',
          where: 'citecheck.config.json: ignore[0]',
          message: 'matches no finding in this run (old)',
        },
      ],
    },
  );
}

const parse = (text: string) => JSON.parse(text) as SarifLog;

describe('SARIF 2.1.0', () => {
  it('validates against the official SARIF 2.1.0 schema (ajv, draft-04)', async () => {
    const validate = await validator();
    for (const sample of [report(), makeReport([])]) {
      const ok = validate(JSON.parse(renderSarif(sample)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the validator rejects what SARIF forbids (an unknown level, a result without a message)', async () => {
    const validate = await validator();
    const log = JSON.parse(renderSarif(report()));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    const again = JSON.parse(renderSarif(report()));
    delete again.runs[0].results[0].message;
    expect(validate(again)).toBe(false);
  });

  it('has one rule per check id, with its help text, in CHECKS order', () => {
    const { rules } = parse(renderSarif(report())).runs[0]?.tool.driver ?? { rules: [] };
    expect(rules.map((rule) => rule.id)).toEqual(CHECK_IDS);
    expect(rules.find((rule) => rule.id === 'status-deleted')?.help.text).toBe(CHECKS['status-deleted'].help);
  });

  it('puts each notice, warning and error on the article line, leaving out ok and could-not-check', () => {
    const run = parse(renderSarif(report())).runs[0];
    expect(
      run?.results.map((r) => [
        r.ruleId,
        r.level,
        r.locations[0]?.physicalLocation.artifactLocation.uri,
        r.locations[0]?.physicalLocation.region,
      ]),
    ).toEqual([
      ['status-deleted', 'error', 'news/ferry%20report.md', { startLine: 12, startColumn: 1 }],
      ['handle-renamed', 'warning', 'news/ferry%20report.md', { startLine: 20, startColumn: 5 }],
      ['date-timezone', 'note', 'news/ferry%20report.md', { startLine: 20, startColumn: 5 }],
    ]);
    expect(run?.results.map((r) => r.ruleIndex)).toEqual(
      ['status-deleted', 'handle-renamed', 'date-timezone'].map((id) => CHECK_IDS.indexOf(id as never)),
    );
    expect(run?.results[1]?.baselineState).toBe('new');
  });

  it('marks a suppressed finding with a SARIF suppression carrying the reason and where it lives', () => {
    const [deleted, renamed] = parse(renderSarif(report())).runs[0]?.results ?? [];
    expect(deleted?.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'the article is about the deletion (news/ferry report.md:11)',
      },
    ]);
    expect(renamed?.suppressions).toBeUndefined();
  });

  it('keeps fingerprints when the citations move to other lines', () => {
    const prints = (r: RunReport) => parse(renderSarif(r)).runs[0]?.results.map((x) => x.partialFingerprints);
    const before = prints(report(12));
    expect(prints(report(40))).toEqual(before);
    expect(new Set(before?.map((p) => p['citecheckFinding/v1'])).size).toBe(3);
  });

  it('reports source errors and exception problems as tool notifications', () => {
    const notes = parse(renderSarif(report())).runs[0]?.invocations[0]?.toolExecutionNotifications ?? [];
    expect(notes.map((n) => n.message.text)).toEqual([
      'broken.html: not UTF-8',
      'citecheck exception citecheck.config.json: ignore[0]: matches no finding in this run (old)',
    ]);
  });

  it('streams the same text as the whole-report renderer', async () => {
    const sample = report();
    let streamed = '';
    for await (const chunk of renderReportChunks(headOf(sample), sample.articles, 'sarif')) streamed += chunk;
    expect(streamed).toBe(renderSarif(sample));
  });
});
