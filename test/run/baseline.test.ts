import { describe, expect, it } from 'vitest';
import { applyBaseline } from '../../src/run/baseline.js';
import { exitCodeFor, hasNewFindingsAtOrAbove } from '../../src/run/exit-policy.js';
import { findingKey } from '../../src/run/finding-key.js';
import type { ArticleReport } from '../../src/run-report.js';
import { makeCitation, makeReport, makeResult, makeVerdict } from '../report/fixture-report.js';

const deleted = (line: number, statusId = '1766000000000000002') =>
  makeResult({
    citation: makeCitation({ statusId, location: { line, column: 1, offset: line * 40 } }),
    verdicts: [
      makeVerdict({
        field: 'status',
        check: 'status-deleted',
        severity: 'error',
        message: 'The post was deleted.',
      }),
    ],
  });

const renamed = (line: number) =>
  makeResult({
    citation: makeCitation({ statusId: '1767000000000000003', location: { line, column: 1, offset: 0 } }),
    verdicts: [makeVerdict({ field: 'handle', check: 'handle-renamed', message: 'Renamed.' })],
  });

const article = (source: string, results: ArticleReport['results']): ArticleReport => ({
  source,
  errors: [],
  results,
});

describe('applyBaseline', () => {
  it('marks a finding known when the same citation and check were in the baseline, even on another line', () => {
    const before = makeReport([article('a.html', [deleted(10)])]);
    const now = makeReport([article('a.html', [deleted(42)])]);
    const result = applyBaseline(now, before, 'previous.json');
    expect(result.articles[0]?.results[0]?.verdicts[0]?.baseline).toBe('known');
    expect(result.baseline).toEqual({
      baseline: 'previous.json',
      newFindings: 0,
      resolvedFindings: 0,
      resolved: [],
    });
    expect(exitCodeFor(result, 'error')).toBe(0);
  });

  it('marks findings absent from the baseline new and lists baseline findings that went away as resolved', () => {
    const before = makeReport([article('a.html', [renamed(5)])]);
    const now = makeReport([article('a.html', [deleted(10)])]);
    const result = applyBaseline(now, before, 'previous.json');
    expect(result.articles[0]?.results[0]?.verdicts[0]?.baseline).toBe('new');
    expect(result.baseline?.newFindings).toBe(1);
    expect(result.baseline?.resolved).toEqual([
      {
        source: 'a.html',
        key: 'a.html#id:1767000000000000003#handle-renamed',
        check: 'handle-renamed',
        message: 'Renamed.',
      },
    ]);
    expect(hasNewFindingsAtOrAbove(result, 'error')).toBe(true);
    expect(exitCodeFor(result, 'error')).toBe(1);
  });

  it('counts two identical findings as two: a second deleted citation of the same post is new', () => {
    const before = makeReport([article('a.html', [deleted(10)])]);
    const now = makeReport([article('a.html', [deleted(10), deleted(80)])]);
    const marks = applyBaseline(now, before, 'b.json').articles[0]?.results.map(
      (r) => r.verdicts[0]?.baseline,
    );
    expect(marks).toEqual(['known', 'new']);
  });

  it('does not resolve findings of sources this run did not check or citations it could not check', () => {
    const before = makeReport([article('a.html', [deleted(10)]), article('b.html', [renamed(3)])]);
    const outage = makeResult({
      citation: makeCitation({
        statusId: '1766000000000000002',
        location: { line: 10, column: 1, offset: 400 },
      }),
      lookup: { status: 'unverifiable', reason: 'network', detail: 'connection reset', archived: null },
      verdicts: [
        makeVerdict({
          field: 'status',
          check: 'status-unverifiable',
          severity: 'unverifiable',
          message: 'Network.',
        }),
      ],
    });
    const now = makeReport([article('a.html', [outage])]);
    const result = applyBaseline(now, before, 'b.json');
    expect(result.baseline?.resolved).toEqual([]);
    expect(exitCodeFor(result, 'warning')).toBe(0);
  });

  it('identifies citations without a status ID by handle, date and text, ignoring whitespace changes', () => {
    const cite = (text: string, line: number) =>
      makeCitation({ statusId: null, text, location: { line, column: 1, offset: 0 } });
    const verdict = { check: 'id-not-found' } as const;
    expect(findingKey('a.md', cite('Ferry  service\nresumes', 1), verdict)).toBe(
      findingKey('a.md', cite('Ferry service resumes', 9), verdict),
    );
    expect(findingKey('a.md', cite('Ferry service resumes', 1), verdict)).not.toBe(
      findingKey('a.md', cite('Ferry service paused', 1), verdict),
    );
  });

  it('marks suppressed findings like any other, but a new one does not fail the run', () => {
    const covered = deleted(10);
    const [verdict] = covered.verdicts;
    if (verdict) verdict.suppressed = { kind: 'inline', reason: 'about the deletion', where: 'a.html:9' };
    const result = applyBaseline(makeReport([article('a.html', [covered])]), makeReport([]), 'b.json');
    expect(result.articles[0]?.results[0]?.verdicts[0]?.baseline).toBe('new');
    expect(exitCodeFor(result, 'error')).toBe(0);
    expect(
      exitCodeFor(
        applyBaseline(makeReport([article('a.html', [deleted(10)])]), makeReport([]), 'b.json'),
        'error',
      ),
    ).toBe(1);
  });

  it('leaves ok verdicts unmarked', () => {
    const now = makeReport([article('a.html', [makeResult()])]);
    expect(applyBaseline(now, now, 'b.json').articles[0]?.results[0]?.verdicts[0]?.baseline).toBeUndefined();
  });
});

describe('exitCodeFor', () => {
  const report = (severity: 'error' | 'warning' | 'notice' | 'unverifiable') =>
    makeReport([article('a.html', [makeResult({ verdicts: [makeVerdict({ severity })] })])]);

  it('fails on errors at the default threshold and on warnings only when asked', () => {
    expect(exitCodeFor(report('error'), 'error')).toBe(1);
    expect(exitCodeFor(report('warning'), 'error')).toBe(0);
    expect(exitCodeFor(report('warning'), 'warning')).toBe(1);
    expect(exitCodeFor(report('notice'), 'warning')).toBe(0);
    expect(exitCodeFor(report('error'), 'never')).toBe(0);
  });

  it('never fails on unverifiable citations', () => {
    expect(exitCodeFor(report('unverifiable'), 'warning')).toBe(0);
  });

  it('fails when a source could not be read, so a mistyped path cannot pass a CI job silently', () => {
    const broken: ArticleReport = {
      source: 'gone.md',
      errors: [{ source: 'gone.md', message: 'no such file' }],
      results: [],
    };
    expect(exitCodeFor(makeReport([broken]), 'error')).toBe(1);
    expect(exitCodeFor(makeReport([broken]), 'never')).toBe(0);
  });

  it('with a baseline, fails on an unreadable source only when the baseline could read it', () => {
    const broken: ArticleReport = {
      source: 'gone.md',
      errors: [{ source: 'gone.md', message: 'no such file' }],
      results: [],
    };
    const previous = makeReport([broken]);
    const current = applyBaseline(makeReport([broken]), previous, 'previous.json');
    expect(exitCodeFor(current, 'error', previous)).toBe(0);
    const readable = makeReport([article('gone.md', [])]);
    expect(
      exitCodeFor(applyBaseline(makeReport([broken]), readable, 'previous.json'), 'error', readable),
    ).toBe(1);
  });
});
