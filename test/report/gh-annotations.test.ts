import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, renderGithubAnnotations } from '../../src/report/gh-annotations.js';
import { demoReport, makeCitation, makeReport, makeResult, makeVerdict } from './fixture-report.js';

describe('renderGithubAnnotations', () => {
  it('writes one workflow command per finding at its file, line and column', () => {
    const lines = renderGithubAnnotations(demoReport()).trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=content/2024/storm.html,line=31,col=5,title=citecheck status-deleted::@mayor_office · status 1766000000000000002: The post was deleted; an archived copy exists.',
    );
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('::notice'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('status-unverifiable'))).toBe(false);
    expect(lines).toContain(
      '::error file=content/drafts/broken.html,line=4,col=2,title=citecheck%3A source problem::Unclosed blockquote; citation skipped.',
    );
  });

  it('escapes %, CR and LF in data and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const report = makeReport([
      {
        source: 'dir,with:odd%name.md',
        errors: [],
        results: [
          makeResult({
            citation: makeCitation({ handle: 'x' }),
            verdicts: [makeVerdict({ severity: 'error', message: 'line one\nline::two 50%' })],
          }),
        ],
      },
    ]);
    expect(renderGithubAnnotations(report)).toBe(
      '::error file=dir%2Cwith%3Aodd%25name.md,line=12,col=3,title=citecheck status-deleted::@x · status 1764321098765432101: line one%0Aline::two 50%25\n',
    );
  });

  it('shows ESC, BEL and other controls in file names and post text as escapes: nothing reaches the log raw', () => {
    const report = makeReport([
      {
        source: 'x\n::error file=evil.md::pwned\u001b[2J.md',
        errors: [{ source: 'x', message: 'bad\u0007 byte\u009b' }],
        results: [
          makeResult({
            citation: makeCitation({ handle: 'x' }),
            verdicts: [
              makeVerdict({
                severity: 'error',
                message: 'reads "\u001b]0;title\u0007\u202eevil"',
              }),
            ],
          }),
        ],
      },
    ]);
    const out = renderGithubAnnotations(report);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(
      lines.every((line) => /^::(error|warning|notice) file=x%0A%3A%3Aerror file=evil\.md/.test(line)),
    ).toBe(true);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(lines[0]).toContain('::bad\\x07 byte\\x9b');
    expect(lines[1]).toContain('reads "\\x1b]0;title\\x07\\u202eevil"');
  });

  it('annotates only new findings when a baseline was applied', () => {
    const report = makeReport([
      {
        source: 'a.md',
        errors: [],
        results: [
          makeResult({ verdicts: [makeVerdict({ check: 'status-deleted', baseline: 'known' })] }),
          makeResult({ verdicts: [makeVerdict({ check: 'status-never-existed', baseline: 'new' })] }),
        ],
      },
    ]);
    const out = renderGithubAnnotations(report);
    expect(out).toContain('title=citecheck status-never-existed');
    expect(out).not.toContain('title=citecheck status-deleted');
  });

  it('writes nothing for a clean run', () => {
    expect(
      renderGithubAnnotations(makeReport([{ source: 'a.md', errors: [], results: [makeResult()] }])),
    ).toBe('');
  });
});
