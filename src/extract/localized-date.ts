/** A date found at the start of a string, with the exact text it was read from. */
export interface DateMatch {
  dateText: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

// Locales whose month names we recognise; the tables come from Intl, so spelling is ICU's, not ours.
const MONTH_LOCALES = [
  'en',
  'en-GB',
  'de',
  'es',
  'fr',
  'pt',
  'it',
  'nl',
  'ca',
  'sv',
  'da',
  'nb',
  'fi',
  'pl',
  'cs',
  'ro',
  'tr',
  'id',
  'ru',
  'uk',
  'el',
  'hu',
  'ar',
  'he',
  'fa-u-ca-gregory', // Persian defaults to its own calendar: ask for Gregorian month names
  'hi',
  'th',
  'ms',
];

/**
 * Lowercase, no accents, no dots: "März" → "marz", "févr." → "fevr", "Sept." → "sept". Only the combining
 * accents of Latin, Greek and Cyrillic go: Thai and Devanagari vowel signs are letters of the word
 * (without them Thai March, มี.ค., would read as January, ม.ค.).
 */
export function normalizeMonthName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .trim();
}

let monthTable: Map<string, number> | undefined;

/** Month name (any recognised locale, long or short, nominative or genitive) → 1..12. */
export function monthNumber(name: string): number | undefined {
  monthTable ??= buildMonthTable();
  return monthTable.get(normalizeMonthName(name));
}

function buildMonthTable(): Map<string, number> {
  const table = new Map<string, number>();
  const add = (name: string | undefined, month: number) => {
    if (name === undefined) return;
    const key = normalizeMonthName(name);
    // First locale wins, so an English reading is never overridden by a later language.
    if (key.length > 0 && !/\d/.test(key) && !table.has(key)) table.set(key, month);
  };
  for (const locale of MONTH_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const alone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      // With a day the month takes its genitive form in many languages ("28 marca", "28 марта").
      const withDay = new Intl.DateTimeFormat(locale, { month: width, day: 'numeric', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const sample = new Date(Date.UTC(2021, month - 1, 15));
        add(alone.format(sample), month);
        add(withDay.formatToParts(sample).find((part) => part.type === 'month')?.value, month);
      }
    }
  }
  // Common abbreviations ICU does not produce for English.
  add('sept', 9);
  add('jun', 6);
  add('jul', 7);
  return table;
}

// Each pattern is anchored and bounded, so matching costs at most a few dozen steps per call.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const CJK = /^(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/;
// Twitter's Japanese and Korean widgets of 2014–2016 wrote "2015, 11月 14" (year, comma, month, day).
const YEAR_CJK_MONTH_DAY = /^(\d{4}),\s{0,2}(\d{1,2})\s?[月월]\s{0,2}(\d{1,2})(?!\d)/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
// "March 28, 2025", "Mar. 28th 2025"
// Month names may carry combining marks (Hindi मार्च, Thai มีนาคม).
const MONTH_DAY_YEAR = /^(\p{L}[\p{L}\p{M}.]{0,24})\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)/u;
// "28 March 2025", "28. März 2025", "28 de marzo de 2025", "1er mars 2025", "1 d’agost de 2025"
const DAY_MONTH_YEAR =
  /^(\d{1,2})(?:\.|er|º|°|st|nd|rd|th)?\s{0,3}(?:de\s{1,3}|d['’])?(\p{L}[\p{L}\p{M}.]{0,24}),?(?:\s{1,3}de)?\s{1,3}(\d{4})(?!\d)/u;
// Arabic-Indic, Persian, Devanagari and Thai digits, one UTF-16 unit each like their ASCII counterparts.
const NATIVE_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0E50-\u0E59]/g;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x0e50];

function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}

/** Reads a date at the very start of `text` (after leading spaces), in any supported language. */
export function matchDateAt(text: string): DateMatch | undefined {
  const head = text.slice(0, 80);
  const lead = head.length - head.trimStart().length;
  const shown = head.slice(lead);
  // Patterns read ASCII digits; dateText keeps the digits as written (same length either way).
  const s = asciiDigits(shown);
  const verbatim = (m: RegExpExecArray) => shown.slice(0, m[0].length);
  let m = ISO.exec(s);
  if (m) return finish(verbatim(m), m[1], m[2], m[3]);
  m = CJK.exec(s);
  if (m) return finish(verbatim(m), m[1], m[2], m[3]);
  m = YEAR_CJK_MONTH_DAY.exec(s);
  if (m) return finish(verbatim(m), m[1], m[2], m[3]);
  m = DOTTED.exec(s);
  if (m) return finish(verbatim(m), m[3], m[2], m[1]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m?.[1] !== undefined) {
    const month = monthNumber(m[1]);
    if (month !== undefined) return finish(verbatim(m), m[3], String(month), m[2]);
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m?.[2] !== undefined) {
    const month = monthNumber(m[2]);
    if (month !== undefined) return finish(verbatim(m), m[3], String(month), m[1]);
  }
  return undefined;
}

function finish(
  dateText: string,
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): DateMatch | undefined {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (!Number.isInteger(y) || y < 1000 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1) return undefined;
  const date = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { dateText, date };
}

/**
 * Reads a whole string as a calendar date ("March 28, 2025", "28. März 2025", "2025年3月28日",
 * "2025-03-28"…) and returns it as `YYYY-MM-DD`, or null when the string is not just a date.
 */
export function parseLocalizedDate(text: string): string | null {
  const trimmed = text.trim();
  const match = matchDateAt(trimmed);
  if (!match) return null;
  const rest = trimmed.slice(match.dateText.length).trim();
  // Allow a trailing year mark (Russian "г.", Ukrainian "р.") or full stop, nothing else.
  if (rest.length > 0 && !/^(?:[гр]\.?|\.)$/.test(rest)) return null;
  return match.date;
}
