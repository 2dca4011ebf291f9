/** SURT form of a URL, the Wayback urlkey: `com,twitter)/handle/status/1`. */
export function surt(url: string): string {
  const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`);
  const host = parsed.hostname.toLowerCase().replace(/^www\d*\./, '');
  const path = (parsed.pathname + parsed.search).toLowerCase();
  return `${host.split('.').reverse().join(',')})${path === '/' ? '/' : path.replace(/\/$/, '')}`;
}
