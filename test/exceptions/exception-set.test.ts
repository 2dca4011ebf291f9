import { describe, expect, it } from 'vitest';
import { createExceptionSet, type IgnoreEntry, IgnoreEntrySchema } from '../../src/exceptions/index.js';
import { exitCodeFor } from '../../src/run/index.js';
import type { ArticleReport } from '../../src/run-report.js';
import { makeCitation, makeReport, makeResult, makeVerdict } from '../report/fixture-report.js';

const CONFIG = 'citecheck.config.json';

/** Two articles: a deleted post by @harbourwatch, and a renamed account in another folder. */
function articles(): ArticleReport[] {
  return [
    {
      source: 'news/ferry.md',
      errors: [],
      results: [
        makeResult({
          citation: makeCitation({ statusId: '1764321098765432101', handle: 'HarbourWatch' }),
          verdicts: [makeVerdict({ field: 'status', check: 'status-deleted', severity: 'error' })],
        }),
      ],
    },
    {
      source: 'blog/pier.html',
      errors: [],
      results: [
        makeResult({
          citation: makeCitation({ statusId: '1764321098765432999', handle: 'pierwatch' }),
          verdicts: [
            makeVerdict({ field: 'handle', check: 'handle-renamed', severity: 'warning' }),
            makeVerdict({ field: 'date', check: 'date-timezone', severity: 'notice' }),
          ],
        }),
      ],
    },
  ];
}

function run(entries: IgnoreEntry[], today = '2026-03-01') {
  const set = createExceptionSet({ entries, configFile: CONFIG, today });
  const out = articles().map((article) => set.apply(article, ''));
  return { articles: out, problems: set.problems() };
}

const suppressedChecks = (list: ArticleReport[]) =>
  list.flatMap((a) => a.results.flatMap((r) => r.verdicts.filter((v) => v.suppressed).map((v) => v.check)));

const entry = (fields: Partial<IgnoreEntry>): IgnoreEntry =>
  IgnoreEntrySchema.parse({ reason: 'reviewed', ...fields });

describe('config ignore entries', () => {
  it.each([
    ['check id', { check: 'status-deleted' }, ['status-deleted']],
    ['status ID', { status: '1764321098765432999' }, ['handle-renamed', 'date-timezone']],
    ['handle, any case, with @', { handle: '@harbourwatch' }, ['status-deleted']],
    ['path glob', { path: 'blog/**' }, ['handle-renamed', 'date-timezone']],
    ['check and path together', { check: 'date-timezone', path: 'blog/*.html' }, ['date-timezone']],
    ['check and a path that does not match', { check: 'status-deleted', path: 'blog/**' }, []],
  ] as const)('match by %s', (_name, fields, expected) => {
    const { articles: out } = run([entry(fields as Partial<IgnoreEntry>)]);
    expect(suppressedChecks(out)).toEqual(expected);
  });

  it('records the reason and where the entry lives, and recomputes the citation severity', () => {
    const { articles: out, problems } = run([
      entry({ check: 'handle-renamed' }),
      entry({ check: 'status-deleted', reason: 'the article is about the deletion' }),
    ]);
    const deleted = out[0]?.results[0];
    expect(deleted?.verdicts[0]?.suppressed).toEqual({
      kind: 'config',
      reason: 'the article is about the deletion',
      where: `${CONFIG}: ignore[1]`,
    });
    expect(deleted?.severity).toBe('ok');
    // The renamed handle is covered; the notice that remains decides the severity.
    expect(out[1]?.results[0]?.severity).toBe('notice');
    expect(problems).toEqual([]);
  });

  it('the exit code ignores suppressed findings, and only them', () => {
    const { articles: covered } = run([entry({ check: 'status-deleted' })]);
    expect(exitCodeFor(makeReport(covered), 'error')).toBe(0);
    expect(exitCodeFor(makeReport(covered), 'warning')).toBe(1);
    expect(
      exitCodeFor(
        makeReport(run([entry({ handle: 'harbourwatch' }), entry({ path: 'blog/**' })]).articles),
        'warning',
      ),
    ).toBe(0);
    expect(exitCodeFor(makeReport(run([]).articles), 'error')).toBe(1);
  });

  it('applies through its until day and is reported as expired after it (injected today)', () => {
    const until = entry({
      check: 'status-deleted',
      until: '2026-03-01',
      reason: 'until the correction runs',
    });
    expect(suppressedChecks(run([until], '2026-03-01').articles)).toEqual(['status-deleted']);
    expect(run([until], '2026-03-01').problems).toEqual([]);
    const after = run([until], '2026-03-02');
    expect(suppressedChecks(after.articles)).toEqual([]);
    expect(after.problems).toEqual([
      {
        kind: 'expired',
        where: `${CONFIG}: ignore[0]`,
        message: 'expired on 2026-03-01: no longer applies (until the correction runs)',
      },
    ]);
  });

  it('reports an entry that matches nothing', () => {
    const { problems } = run([
      entry({ check: 'status-deleted' }),
      entry({ status: '42', reason: 'old post' }),
    ]);
    expect(problems).toEqual([
      { kind: 'unused', where: `${CONFIG}: ignore[1]`, message: 'matches no finding in this run (old post)' },
    ]);
  });
});

describe('IgnoreEntrySchema', () => {
  it.each([
    [{ check: 'status-deleted' }, 'reason: a reason is required: say why this finding is accepted'],
    [
      { check: 'status-deleted', reason: '  ' },
      'reason: a reason is required: say why this finding is accepted',
    ],
    [{ reason: 'x' }, ': an ignore entry must name at least one of check, status, handle, path'],
    [{ check: 'post-deleted', reason: 'x' }, 'check: Invalid option'],
    [{ status: 'abc', reason: 'x' }, 'status: expected a numeric status ID'],
    [{ check: 'status-deleted', reason: 'x', until: '2026-13-01' }, 'until: expected a date YYYY-MM-DD'],
    [{ check: 'status-deleted', reason: 'x', because: 'y' }, ': Unrecognized key: "because"'],
  ])('rejects %j', (value, message) => {
    const parsed = IgnoreEntrySchema.safeParse(value);
    expect(parsed.success).toBe(false);
    const first = parsed.error?.issues[0];
    expect(`${first?.path.join('.')}: ${first?.message}`).toContain(message);
  });
});
