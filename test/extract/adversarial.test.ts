import { describe, expect, it } from 'vitest';
import { estimateNestingDepth, MAX_NESTING_DEPTH } from '../../src/extract/html/nesting-depth.js';
import { extractCitations, MAX_CITATIONS_PER_ARTICLE } from '../../src/extract/index.js';

// Inputs built to trigger super-linear regex backtracking or quadratic scans. The assertions are on the
// size of the result; the per-test timeout is only a hang guard, not a speed claim.
const HANG_GUARD = 10_000;
const FORMATS = ['html', 'markdown', 'text', 'wikitext'] as const;

const adversarial: Record<string, string> = {
  'bylines without handles': '— (@'.repeat(200_000),
  'bylines with dashes and names': '— a b c (@x '.repeat(50_000),
  'unterminated embed blockquotes': '<blockquote class="twitter-tweet">'.repeat(10_000),
  'a long line of at signs': '@'.repeat(300_000),
  'open brackets and parens': '[('.repeat(150_000),
  'almost-permalinks': 'twitter.com/a/status/'.repeat(20_000),
  'hosts that never end': `https://${'a.'.repeat(100_000)}x.com`,
  'unclosed templates': '{{cite tweet |user='.repeat(20_000),
  'unclosed shortcodes': '{{< tweet '.repeat(30_000),
  'unclosed components': '<Tweet id="1'.repeat(30_000),
  'backtick runs': '` `` ```a'.repeat(50_000),
  'unclosed comments and refs': '<!-- <ref name=a>'.repeat(20_000),
  'dates without years': '— A (@a) March 28, '.repeat(30_000),
  // Blanked markup leaves long runs of spaces inside post text: trimming lines must stay linear.
  'a long blank run inside post text': `\n\n\n\nx${' '.repeat(200_000)}x\nx\n— A (@a) March 28, 2025\n`,
  'plain quotes that nest': `${'<blockquote>(@a) '.repeat(3_000)}— A (@a) March 28${'</blockquote>'.repeat(3_000)}`,
  'unclosed WordPress shortcodes': '[tweet [embed]'.repeat(30_000),
  'deep quotes with handle markers': '<blockquote><a href=x>(@a</a>'.repeat(5_000),
  // Run-on bylines: one line holding thousands of signatures, glued boundaries, wrappers, widget cards.
  'run-on bylines on one line': '.— A (@a) March 28, 2025x'.repeat(30_000),
  'glued sentence ends before a byline': `${'a.B'.repeat(100_000)} — A (@a) March 28, 2025 x`,
  'wrapper labels without bylines': 'Skip Twitter post by @a x (@a) '.repeat(20_000),
  'introductions and links before a byline': `${'tweeted: https://a.b/'.repeat(30_000)} — A (@a) March 28, 2025 x`,
  'blanked-dash bylines on one line': 'x!  A (@a) March 28, 2025x'.repeat(30_000),
  'blank gaps without bylines': `${'a  '.repeat(100_000)}(@a) March 28, 2025x`,
  'glued colons before a byline': `${'tweet:A'.repeat(60_000)}  A (@a) March 28, 2025x`,
  'dash-less bylines in a column': 'A (@a) March 28, 2025\n'.repeat(50_000),
  'widget cards without dates':
    '[A](https://x.com/a)\n[@a](https://x.com/a)\n·\n[Follow](https://x.com/intent/follow)\nx\n'.repeat(
      20_000,
    ),
  'escaped embed openings before one close': `${'&lt;blockquote class=&quot;twitter-tweet&quot;&gt;x '.repeat(30_000)}&lt;/blockquote&gt;`,
  'escaped embeds':
    '&lt;blockquote class=&quot;twitter-tweet&quot;&gt;&lt;p&gt;x&lt;/p&gt;&amp;mdash; A (@a) &lt;a href=&quot;https://twitter.com/a/status/1&quot;&gt;May 29, 2020&lt;/a&gt;&lt;/blockquote&gt;\n'.repeat(
      1_000,
    ),
  'newsletter card headers without cards':
    '![a](https://pbs.twimg.com/profile_images/1/a.jpg)A @a\n[x\n'.repeat(30_000),
  'list-item quotes signed by handles': '- > x\n- > @a [May 29, 2020](https://x.com/b/status/1)\n'.repeat(
    10_000,
  ),
  'reference definitions and uses': `${'[a]: https://twitter.com/a/status/1\n'.repeat(20_000)}${'[a] [a][] [b]['.repeat(20_000)}`,
};

describe('extraction on adversarial input', () => {
  for (const [name, text] of Object.entries(adversarial)) {
    it.each(FORMATS)(
      `finishes on ${name} (%s) without errors and with a bounded result`,
      (format) => {
        const result = extractCitations(text, { source: name, format });
        expect(result.citations.length).toBeLessThanOrEqual(MAX_CITATIONS_PER_ARTICLE);
        expect(result.errors.filter((e) => e.message.startsWith('extraction failed'))).toEqual([]);
      },
      HANG_GUARD,
    );
  }

  it('caps the number of citations per article and says so in an error entry', () => {
    const text = 'https://x.com/a/status/1 '.repeat(MAX_CITATIONS_PER_ARTICLE + 5);
    const result = extractCitations(text, { source: 'many.txt', format: 'text' });
    expect(result.citations).toHaveLength(MAX_CITATIONS_PER_ARTICLE);
    expect(result.errors).toMatchObject([
      { source: 'many.txt', line: 1, message: expect.stringMatching(/more than/) },
    ]);
  });

  it('reports binary input as an error entry naming the source', () => {
    expect(extractCitations('GIF89a\u0000\u0001twitter.com', { source: 'image.gif' })).toEqual({
      source: 'image.gif',
      citations: [],
      errors: [{ source: 'image.gif', message: expect.stringMatching(/binary/) }],
    });
  });
});

describe('estimateNestingDepth', () => {
  it('counts open elements, not void or self-closed ones, and stops early once past the bound', () => {
    expect(estimateNestingDepth('<div><p>a<br><img src=x></p><div><span/></div></div>')).toBe(2);
    expect(estimateNestingDepth('<div>'.repeat(50_000), 100)).toBe(101);
  });

  it('refuses pathologically deep HTML by name with a position, instead of parsing it for minutes', () => {
    const deep = `${'<div>'.repeat(MAX_NESTING_DEPTH + 1)}<blockquote class="twitter-tweet"><a href="https://x.com/a/status/1">x</a></blockquote>`;
    const result = extractCitations(deep, { source: 'deep.html' });
    // Unparsed markup is read as text: the permalink still counts, as a link rather than an embed.
    expect(result.citations.map((c) => [c.kind, c.statusId])).toEqual([['link', '1']]);
    expect(result.errors).toEqual([
      { source: 'deep.html', line: 1, column: 1, message: expect.stringContaining('nested more than') },
    ]);
  });
});
