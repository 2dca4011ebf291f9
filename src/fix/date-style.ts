/**
 * Rewrites a date in the style the article wrote it, or returns null when the style is not one citecheck
 * can reproduce exactly. The test is a round trip: the style must render the cited date back to the very
 * text the article shows, so a rewrite never changes how the article writes dates.
 */
const STYLES: ReadonlyArray<(date: Date) => string> = [
  intlStyle('en-US', 'long'),
  intlStyle('en-US', 'short'),
  intlStyle('en-GB', 'long'),
  intlStyle('en-GB', 'short'),
  (date) => date.toISOString().slice(0, 10),
];

function intlStyle(locale: string, month: 'long' | 'short'): (date: Date) => string {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' });
  return (date) => format.format(date);
}

/** `dateText` (which reads as the ISO date `citedIso`) rewritten to `correctIso` in the same style. PURE. */
export function rewriteDateLike(dateText: string, citedIso: string, correctIso: string): string | null {
  const cited = new Date(`${citedIso}T00:00:00Z`);
  const correct = new Date(`${correctIso}T00:00:00Z`);
  if (Number.isNaN(cited.getTime()) || Number.isNaN(correct.getTime())) return null;
  const written = dateText.trim();
  const style = STYLES.find((render) => render(cited) === written);
  return style === undefined ? null : style(correct);
}
