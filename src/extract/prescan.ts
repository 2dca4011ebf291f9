// Anything that could start a citation. Pages without one are answered without parsing at all.
const CANDIDATE_MARKERS =
  /twitter|tweet|x\.com|t\.co\/|pic\.x|\(@|\{\{[<%]\s*x[\s_>%]|\{%-?\s*x\s|<x(?:embed|post)\b|cite[ _]+x\b/i;

/** True when `text` mentions something a citation could be made of (cheap, no parsing). */
export function hasCandidateMarkers(text: string): boolean {
  return CANDIDATE_MARKERS.test(text);
}

const HTML_TAG = /<(?:[a-z][a-z0-9-]{0,40})[\s/>]/i;

/** True when `text` contains at least one HTML-looking tag, i.e. a DOM parse can find something. */
export function hasHtmlTags(text: string): boolean {
  return HTML_TAG.test(text);
}

/** True for content that is not text: NUL bytes, or mostly control characters in the first 8 KiB. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 8192);
  if (head.length === 0) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control / head.length > 0.1;
}
