import { describe, expect, it } from 'vitest';
import { matchDateAt, parseLocalizedDate } from '../../src/extract/index.js';

describe('parseLocalizedDate', () => {
  it.each([
    ['March 28, 2025', '2025-03-28'],
    ['Mar 28, 2025', '2025-03-28'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['28 March 2025', '2025-03-28'],
    ['28. März 2025', '2025-03-28'],
    ['3. Mai 2021', '2021-05-03'],
    ['28 de marzo de 2025', '2025-03-28'],
    ['1 de enero de 2020', '2020-01-01'],
    ['28 mars 2025', '2025-03-28'],
    ['1er février 2024', '2024-02-01'],
    ['28 de março de 2025', '2025-03-28'],
    ['28 marzo 2025', '2025-03-28'],
    ['28 maart 2025', '2025-03-28'],
    ['2025年3月28日', '2025-03-28'],
    ['2013年3月8日', '2013-03-08'],
    // Twitter's Japanese widget of 2014–2016
    ['2015, 11月 14', '2015-11-14'],
    ['2025-03-28', '2025-03-28'],
    ['28.03.2025', '2025-03-28'],
    ['28 марта 2025 г.', '2025-03-28'],
    ['28 marca 2025', '2025-03-28'],
    ['28 d’agost de 2025', '2025-08-28'],
    ['5 березня 2024 р.', '2024-03-05'],
    ['5 Μαρτίου 2024', '2024-03-05'],
    ['5 مارس 2024', '2024-03-05'],
    ['٥ مارس ٢٠٢٤', '2024-03-05'],
    ['5 मार्च 2024', '2024-03-05'],
    ['5 มีนาคม 2024', '2024-03-05'],
    ['5 Mac 2024', '2024-03-05'],
    ['15 มี.ค. 2024', '2024-03-15'],
    ['15 ม.ค. 2024', '2024-01-15'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseLocalizedDate(text)).toBe(iso);
  });

  it.each(['February 30, 2025', 'Smarch 3, 2020', 'March 28', 'yesterday', '2025', 'March 28, 2025 at noon'])(
    'returns null for "%s"',
    (text) => {
      expect(parseLocalizedDate(text)).toBeNull();
    },
  );
});

describe('matchDateAt', () => {
  it('keeps native digits in the date text as written', () => {
    expect(matchDateAt('٥ مارس ٢٠٢٤ — more')).toEqual({ dateText: '٥ مارس ٢٠٢٤', date: '2024-03-05' });
  });

  it('keeps the date text exactly as written and leaves what follows', () => {
    expect(matchDateAt('28 de março de 2025 https://x.com/a/status/1')).toEqual({
      dateText: '28 de março de 2025',
      date: '2025-03-28',
    });
  });
});
