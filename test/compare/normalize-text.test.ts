import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInvisible, foldTypography, normalizeText } from '../../src/compare/normalize-text.js';
import { mediaLink, urlLink } from './factories.js';

describe('normalizeText', () => {
  it('decodes &amp; and friends so escaped and unescaped texts compare equal', () => {
    expect(normalizeText('Launch report is out &amp; it&#39;s long', [])).toBe(
      "Launch report is out & it's long",
    );
  });

  it('drops trailing pic.twitter.com and pic.x.com links, which the post shows only as media', () => {
    expect(normalizeText('🇸🇻🤝🏼🇺🇸 pic.twitter.com/IBHielgYvI', [])).toBe('🇸🇻🤝🏼🇺🇸');
    expect(normalizeText('Too late 😂 https://pic.x.com/nDHL6deLJq', [])).toBe('Too late 😂');
  });

  it("drops the media t.co link syndication keeps at the end of the post's text", () => {
    const links = [mediaLink('IBHielgYvI', 'nayibbukele', '1886497123456789012')];
    expect(normalizeText('🇸🇻🤝🏼🇺🇸 https://t.co/IBHielgYvI', links)).toBe('🇸🇻🤝🏼🇺🇸');
  });

  it('maps a t.co link, its display URL and its expanded URL to the same display form', () => {
    const links = [
      urlLink('AbCdEf1234', 'https://example.org/report?utm_source=twitter', 'example.org/report'),
    ];
    const forms = [
      'Out now https://t.co/AbCdEf1234',
      'Out now http://t.co/AbCdEf1234?amp=1',
      'Out now example.org/report',
      'Out now https://www.example.org/report/',
    ];
    expect(forms.map((text) => normalizeText(text, links))).toEqual(
      Array(4).fill('Out now example.org/report'),
    );
  });

  it('maps a link that the post follows with "…" even though its display URL ends in "…" too', () => {
    // Real shape: text "…\n\nhttps://t.co/CODE…\n\n…", display_url "example.org/r/c…": the embed shows "example.org/r/c……".
    const links = [urlLink('Qx7Lm2Pz9a', 'https://example.org/r/community/thread', 'example.org/r/c…')];
    const post = normalizeText('Ask them:\n\nhttps://t.co/Qx7Lm2Pz9a…\n\nmore soon 🧵', links);
    expect(post).toBe('Ask them: example.org/r/c…… more soon 🧵');
    expect(normalizeText('Ask them: example.org/r/c…… more soon 🧵', links)).toBe(post);
  });

  it('keeps punctuation that follows a link in prose', () => {
    const links = [urlLink('AbCdEf1234', 'https://example.org/report', 'example.org/report')];
    expect(normalizeText('Read https://t.co/AbCdEf1234.', links)).toBe('Read example.org/report.');
  });

  it('keeps a t.co link the post does not list, in one canonical form', () => {
    expect(normalizeText('see http://t.co/Zz9?amp=1', [])).toBe('see https://t.co/Zz9');
  });

  it('removes zero-width and bidi control characters and collapses whitespace and newlines', () => {
    expect(normalizeText('Diet\u200B Coke\u00A0\n\n is\u2066 back\uFEFF ', [])).toBe('Diet Coke is back');
  });

  it('keeps letter case, since a case change is a real edit', () => {
    expect(normalizeText('BEST allies', [])).toBe('BEST allies');
  });

  it('composes decomposed accents (NFC) so "é" typed two ways compares equal', () => {
    expect(normalizeText('Cafe\u0301 Salvadoren\u0303o', [])).toBe('Café Salvadoreño');
  });
});

describe('cleanInvisible', () => {
  it('strips the RLM and isolate marks an RTL display name carries', () => {
    expect(cleanInvisible('\u2067محمد\u2069\u200F')).toBe('محمد');
  });
});

describe('foldTypography', () => {
  it('folds smart quotes, apostrophes, dashes and the ellipsis to ASCII', () => {
    expect(foldTypography('“I’ll” — more…')).toBe('"I\'ll" - more...');
  });
});

describe('normalizeText properties', () => {
  const invisible = fc.constantFrom(
    '\u200B',
    '\u200D',
    '\u200E',
    '\u200F',
    '\u2066',
    '\u2069',
    '\uFEFF',
    '\u2060',
  );
  // no '&': an entity split by an invisible mark is a different text, not noise
  const piece = fc.oneof(
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes('&')),
    fc.constantFrom('e\u0301', '\u0301'),
    fc.constantFrom(' ', '\n', '🇸🇻', '🤝🏼', '…', '’'),
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const once = normalizeText(pieces.join(''), []);
        expect(normalizeText(once, [])).toBe(once);
      }),
    );
  });

  it('ignores zero-width and bidi characters sprinkled anywhere and doubled spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, invisible, fc.boolean()), { maxLength: 20 }), (parts) => {
        const plain = parts.map(([text]) => text).join('');
        const noisy = parts.map(([text, mark, space]) => `${text}${mark}${space ? ' \u00A0' : ''}`).join('');
        const clean = parts.map(([text, , space]) => `${text}${space ? ' ' : ''}`).join('');
        expect(normalizeText(noisy, [])).toBe(normalizeText(clean, []));
        expect(normalizeText(plain, [])).toBe(normalizeText(plain.replace(/ /g, '  '), []));
      }),
    );
  });
});
