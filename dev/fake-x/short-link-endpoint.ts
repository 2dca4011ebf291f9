import { errorPage } from './error-page.js';
import { mediaExpandedUrl, type ScenarioIndex } from './scenario-index.js';

// Browsers get t.co's 200 meta-refresh page; everything else the 301 (reference §3).
const BROWSER_UA = /Mozilla\/|iPhone|Android|Opera/;

/** `t.co/CODE`: 301 with Location for non-browser clients; unknown codes 404 without Location. */
export function answerTco(path: string, userAgent: string | null, index: ScenarioIndex): Response {
  const code = path.slice(1);
  const target = /^[A-Za-z0-9]+$/.test(code) ? index.shortLink(code) : undefined;
  if (target === undefined) return errorPage(404, 'Sorry, that page does not exist');
  if (userAgent !== null && BROWSER_UA.test(userAgent)) return browserPage(target);
  return redirect(target);
}

/** `pic.twitter.com/CODE` and `pic.x.com/CODE`: 301 to the post's `…/photo/1` (or `/video/1`) URL. */
export function answerPic(path: string, index: ScenarioIndex): Response {
  const found = index.media(path.slice(1));
  if (!found) return errorPage(404, 'Sorry, that page does not exist');
  return redirect(mediaExpandedUrl(found.post, found.media));
}

function redirect(location: string): Response {
  const escaped = escapeAttr(location);
  const body = `<head><noscript><META http-equiv="refresh" content="0;URL=${escaped}"></noscript><title>${escaped}</title></head><script>window.opener = null; location.replace("${jsString(location)}")</script>`;
  return new Response(body, {
    status: 301,
    headers: { location, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private,max-age=300' },
  });
}

function browserPage(location: string): Response {
  const escaped = escapeAttr(location);
  const body = `<head><meta name="referrer" content="always"><noscript><META http-equiv="refresh" content="0;URL=${escaped}"></noscript><title>${escaped}</title></head><script>window.opener = null; location.replace("${jsString(location)}")</script>`;
  return new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function escapeAttr(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

function jsString(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('/', '\\/');
}
