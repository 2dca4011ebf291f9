import { describe, expect, it } from 'vitest';
import { dialectOf, formatFromName } from '../../src/extract/detect-format.js';
import { FORMATS, SOURCE_FORMATS } from '../../src/extract/formats.js';

describe('the format registry', () => {
  it('gives each extension to one format only (a second claim would be silently lost)', () => {
    const claims = SOURCE_FORMATS.flatMap((format) => Object.keys(FORMATS[format].extensions));
    expect(claims.filter((extension, i) => claims.indexOf(extension) !== i)).toEqual([]);
    for (const format of SOURCE_FORMATS) {
      for (const extension of Object.keys(FORMATS[format].extensions)) {
        expect(extension).toMatch(/^[a-z0-9]{1,12}$/);
        expect(formatFromName(`docs/Page.${extension.toUpperCase()}?v=2`)).toBe(format);
      }
    }
  });

  it('reads component files as MDX and page sources with their script comments hidden', () => {
    expect(dialectOf('post.mdx', 'markdown', '')).toEqual({ mdx: true, script: false });
    expect(dialectOf('page.tsx', 'markdown', '')).toEqual({ mdx: true, script: true });
    expect(dialectOf('notes.md', 'markdown', '# Notes')).toEqual({ mdx: false, script: false });
    // Docusaurus reads .md files as MDX; their ES imports give them away.
    expect(dialectOf('intro.md', 'markdown', "import Tweet from '@site/tweet';\n")).toEqual({
      mdx: true,
      script: false,
    });
    expect(dialectOf('intro.html', 'html', "import Tweet from '@site/tweet';\n")).toEqual({
      mdx: false,
      script: false,
    });
  });
});
