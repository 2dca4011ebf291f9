import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';
import { demoReport, makeCitation, makeReport, makeResult, makeVerdict } from './fixture-report.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(demoReport());

  it('starts with a counts table matching the summary', () => {
    expect(md.split('\n')[0]).toBe('## citecheck: 1 error, 1 warning in 5 citations');
    expect(md).toContain('| Articles | 3 |');
    expect(md).toContain('| Citations | 5 (4 embeds, 1 link) |');
    expect(md).toContain('| ❌ Errors | 1 |');
    expect(md).toContain('| ❔ Could not check | 1 |');
    expect(md).toContain('| Source errors | 1 |');
  });

  it('lists errors before warnings per article, with live and archived links', () => {
    const storm = md.slice(md.indexOf('### content/2024/storm\\.html'));
    expect(storm.indexOf('**error**')).toBeLessThan(storm.indexOf('**warning**'));
    expect(storm).toContain('[live post](https://x.com/mayor_office/status/1766000000000000002)');
    expect(storm).toContain(
      '[archived copy](https://web.archive.org/web/20240304000000/https://x.com/mayor_office/status/1766000000000000002)',
    );
  });

  it('collapses notices and could-not-check findings in details', () => {
    const transit = md.slice(md.indexOf('### content/2024/transit\\.md'));
    expect(transit).toMatch(/<details><summary>ℹ️ 1 notice<\/summary>\n\n- ℹ️ \*\*notice\*\* name\\-changed/);
    expect(transit).toContain('<details><summary>❔ 1 citation check could not run</summary>');
    expect(md).toContain('- 🚫 could not read (line 4): Unclosed blockquote; citation skipped\\.');
  });

  it('leaves articles without findings out', () => {
    const clean = renderMarkdown(makeReport([{ source: 'clean.md', errors: [], results: [makeResult()] }]));
    expect(clean).not.toContain('### clean');
  });

  it('escapes untrusted text so it cannot inject markup, links, mentions or issue references', () => {
    const report = makeReport([
      {
        source: 'posts/[x](javascript:alert(1)).md',
        errors: [],
        results: [
          makeResult({
            citation: makeCitation({ handle: 'evil' }),
            verdicts: [
              makeVerdict({
                severity: 'error',
                message: '<img src=x onerror=alert(1)> *bold* | cc @someone about #12\nnext',
              }),
            ],
            liveUrl: 'javascript:alert(1)',
          }),
        ],
      },
    ]);
    const out = renderMarkdown(report);
    expect(out).toContain('### posts/\\[x\\]\\(javascript:alert\\(1\\)\\)\\.md');
    expect(out).toContain(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\*bold\\* \\| cc @\u200Bsomeone about \\#\u200B12 next',
    );
    expect(out).not.toContain('<img');
    expect(out).not.toContain('[live post]');
  });
});

describe('escapeMarkdown', () => {
  it('backslash-escapes Markdown punctuation and turns HTML specials into entities', () => {
    expect(escapeMarkdown('a_b*c`d~e|f<g>&h')).toBe('a\\_b\\*c\\`d\\~e\\|f&lt;g&gt;&amp;h');
  });
});
