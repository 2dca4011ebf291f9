import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/run/merge.js';
import { ReportError } from '../../src/run/report-error.js';
import type { RunReport } from '../../src/run-report.js';
import { makeReport, makeResult, makeVerdict } from '../report/fixture-report.js';

const shard = (sources: string[], startedAt: string, finishedAt: string, shardName: string): RunReport =>
  makeReport(
    sources.map((source) => ({
      source,
      errors: [],
      results: [makeResult({ verdicts: [makeVerdict({ severity: 'warning', check: 'text-edited' })] })],
    })),
    {
      run: {
        startedAt,
        finishedAt,
        inputs: [`content/${shardName}`],
        options: { shard: shardName },
        shard: shardName,
      },
    },
  );

describe('mergeReports', () => {
  it('concatenates articles sorted by source and recomputes the summary', () => {
    const merged = mergeReports([
      shard(['c.md', 'a.md'], '2024-05-01T02:00:05.000Z', '2024-05-01T02:03:00.000Z', '1/2'),
      shard(['b.md'], '2024-05-01T02:00:00.000Z', '2024-05-01T02:02:00.000Z', '2/2'),
    ]);
    expect(merged.articles.map((a) => a.source)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(merged.summary.articles).toBe(3);
    expect(merged.summary.citations).toBe(3);
    expect(merged.summary.bySeverity.warning).toBe(3);
    expect(merged.run.shard).toBeNull();
    expect(merged.run.inputs).toEqual(['content/1/2', 'content/2/2']);
  });

  it('takes the earliest start and the latest finish', () => {
    const merged = mergeReports([
      shard(['a.md'], '2024-05-01T02:00:05.000Z', '2024-05-01T02:03:00.000Z', '1/2'),
      shard(['b.md'], '2024-05-01T02:00:00.000Z', '2024-05-01T02:02:00.000Z', '2/2'),
    ]);
    expect(merged.run.startedAt).toBe('2024-05-01T02:00:00.000Z');
    expect(merged.run.finishedAt).toBe('2024-05-01T02:03:00.000Z');
  });

  it('sums fetch statistics per host', () => {
    const merged = mergeReports([shard(['a.md'], 'x', 'y', '1/2'), shard(['b.md'], 'x', 'y', '2/2')]);
    expect(merged.fetchStats['t.co']?.requests).toBe(4);
    expect(merged.fetchStats['cdn.syndication.twimg.com']).toEqual({
      requests: 10,
      cacheHits: 4,
      retries: 2,
      rateLimited: 2,
      errors: 0,
      bytes: 40960,
      pausedMs: 3000,
    });
  });

  it('keeps a source that appears in two reports once', () => {
    const merged = mergeReports([shard(['a.md'], 'x', 'y', '1/2'), shard(['a.md', 'b.md'], 'x', 'y', '2/2')]);
    expect(merged.articles.map((a) => a.source)).toEqual(['a.md', 'b.md']);
    expect(merged.summary.citations).toBe(2);
  });

  it('combines baseline diffs when every shard has one', () => {
    const one = shard(['a.md'], 'x', 'y', '1/2');
    const two = shard(['b.md'], 'x', 'y', '2/2');
    one.articles[0]?.results[0]?.verdicts.splice(
      0,
      1,
      makeVerdict({ severity: 'error', check: 'status-deleted', baseline: 'new' }),
    );
    one.baseline = { baseline: 'prev.json', newFindings: 1, resolvedFindings: 0, resolved: [] };
    two.baseline = {
      baseline: 'prev.json',
      newFindings: 0,
      resolvedFindings: 1,
      resolved: [
        { source: 'b.md', key: 'b.md#id:1#status-deleted', check: 'status-deleted', message: 'gone' },
      ],
    };
    const merged = mergeReports([one, two]);
    expect(merged.baseline).toEqual({
      baseline: 'prev.json',
      newFindings: 1,
      resolvedFindings: 1,
      resolved: two.baseline.resolved,
    });
  });

  it('refuses reports of different schema versions and an empty list with clear errors', () => {
    const other = { ...shard(['a.md'], 'x', 'y', '1/1'), schemaVersion: 2 } as unknown as RunReport;
    expect(() => mergeReports([shard(['b.md'], 'x', 'y', '1/1'), other])).toThrow(
      /report 2 has schemaVersion 2/,
    );
    expect(() => mergeReports([])).toThrow(ReportError);
  });
});

describe('mergeReports on shard reports', () => {
  const shard = (label: string | null): RunReport => {
    const report = makeReport([]);
    return { ...report, run: { ...report.run, shard: label } };
  };

  it('merges a complete set of shards in any order', () => {
    expect(mergeReports([shard('2/3'), shard('1/3'), shard('3/3')]).articles).toEqual([]);
  });

  it.each([
    [['1/4', '2/4', '4/4']],
    [['1/2', '1/2']],
    [['1/2', '2/3']],
    [['1/2', null]],
    // A hostile shard report: checking it must not allocate a slot per claimed shard (heap exhaustion).
    [['1/4000000000']],
    [['1/99999999999999999999999', '2/2']],
    [['0/0']],
  ])('refuses an incomplete or mixed set %j, so a crashed shard cannot pass the merged job', (labels) => {
    const error = (() => {
      try {
        mergeReports(labels.map(shard));
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).code).toBe('incomplete-shards');
  });
});
