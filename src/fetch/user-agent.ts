/** Where site owners can read what citecheck is and why it visits. */
export const PROJECT_URL = 'https://github.com/citecheck/citecheck';

/** The honest User-Agent: `citecheck/<version> (+https://github.com/citecheck/citecheck)`. */
export function buildUserAgent(version?: string): string {
  const product = version === undefined || version === '' ? 'citecheck' : `citecheck/${version}`;
  return `${product} (+${PROJECT_URL})`;
}
