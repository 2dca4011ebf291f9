import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/extract/index.js';
import { createLocator } from '../../src/extract/source-location.js';

describe('citation locations', () => {
  it('give 1-based line/column in UTF-16 units and the UTF-8 byte offset, after multibyte text', () => {
    const before = 'Ünïcödé 🇸🇻 😂 — 中文\r\nzweite Zeile: ';
    const text = `${before}https://x.com/loc/status/8\n`;
    const [link] = extractCitations(text, { source: 'a.md', format: 'markdown' }).citations;
    expect(link?.location).toEqual({
      line: 2,
      column: 'zweite Zeile: '.length + 1,
      offset: Buffer.byteLength(before, 'utf8'),
    });
  });

  it('point at the start of an HTML embed element', () => {
    const text = `<p>é</p>\n  <blockquote class="twitter-tweet"><p>x</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1, 2020</a></blockquote>`;
    const [embed] = extractCitations(text, { source: 'a.html' }).citations;
    expect(embed?.location).toEqual({ line: 2, column: 3, offset: Buffer.byteLength('<p>é</p>\n  ') });
  });

  it('clamp out-of-range indices to the text', () => {
    const locate = createLocator('ab\ncd');
    expect(locate(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(locate(-1)).toEqual({ line: 1, column: 1, offset: 0 });
  });
});
