import { captureContent, contentDigest } from './capture-body.js';
import { errorPage, jsonResponse } from './error-page.js';
import type { Capture } from './scenario.js';
import type { ScenarioIndex } from './scenario-index.js';
import { surt } from './surt.js';

const CDX_FIELDS = ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'] as const;
type CdxField = (typeof CDX_FIELDS)[number];

/** `archive.org/wayback/available?url=…[&timestamp=…]`: the closest capture, or `{"archived_snapshots":{}}`. */
export function answerAvailable(query: URLSearchParams, index: ScenarioIndex): Response {
  const url = query.get('url');
  if (url === null || url === '') return jsonResponse({ archived_snapshots: {} });
  const key = safeSurt(url);
  const captures = index.captures.filter((c) => c.statusCode === 200 && safeSurt(c.url) === key);
  const closest = closestCapture(captures, query.get('timestamp') ?? '99999999999999');
  if (!closest) return jsonResponse({ archived_snapshots: {} });
  return jsonResponse({
    url,
    archived_snapshots: {
      closest: {
        status: String(closest.statusCode),
        available: true,
        url: `http://web.archive.org/web/${closest.timestamp}/${closest.url}`,
        timestamp: closest.timestamp,
      },
    },
  });
}

/** `web.archive.org/cdx/search/cdx`: url (trailing `*` = prefix), matchType, output=json, fl, filter, from, to, limit, collapse. */
export function answerCdx(query: URLSearchParams, index: ScenarioIndex): Response {
  const url = query.get('url');
  if (url === null || url === '') return new Response('', { status: 400 });
  const prefix = url.endsWith('*') || query.get('matchType') === 'prefix';
  const key = safeSurt(url.replace(/\*$/, ''));
  const host = key.slice(0, key.indexOf(')') + 1);
  const matchType = query.get('matchType');
  let rows = index.captures
    .map((capture) => cdxRow(capture, index))
    .filter((row) => {
      if (matchType === 'host' || matchType === 'domain') return row.urlkey.startsWith(host);
      return prefix ? row.urlkey.startsWith(key) : row.urlkey === key;
    })
    .sort((a, b) => a.urlkey.localeCompare(b.urlkey) || a.timestamp.localeCompare(b.timestamp));
  for (const filter of query.getAll('filter')) rows = rows.filter(cdxFilter(filter));
  const from = query.get('from');
  const to = query.get('to');
  if (from) rows = rows.filter((row) => row.timestamp >= from.padEnd(14, '0'));
  if (to) rows = rows.filter((row) => row.timestamp <= to.padEnd(14, '9'));
  const collapse = query.get('collapse');
  if (collapse) rows = collapseRows(rows, collapse);
  const limit = Number(query.get('limit') ?? Number.NaN);
  if (Number.isInteger(limit)) rows = limit < 0 ? rows.slice(limit) : rows.slice(0, limit);
  const fields = (query.get('fl')?.split(',') ?? [...CDX_FIELDS]).filter((f): f is CdxField =>
    (CDX_FIELDS as readonly string[]).includes(f),
  );
  const table = rows.map((row) => fields.map((field) => row[field]));
  if (query.get('output') === 'json') {
    return jsonResponse(table.length === 0 ? [] : [fields, ...table]);
  }
  return new Response(table.map((cells) => `${cells.join(' ')}\n`).join(''), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** `web.archive.org/web/<ts>[id_]/<url>`: the capture's bytes (with `id_`) or a bannered page; other times 302 to the closest. */
export function answerReplay(path: string, search: string, index: ScenarioIndex): Response {
  const match = /^\/web\/(\d{1,14})(id_)?\/(.+)$/.exec(path);
  if (!match) return errorPage(404, 'Wayback Machine: not a replay URL');
  const [, timestamp = '', raw, target = ''] = match;
  const original = target.replace(/^(https?):\/(?!\/)/, '$1://') + search;
  const key = safeSurt(original);
  const captures = index.captures.filter((c) => safeSurt(c.url) === key);
  const closest = closestCapture(captures, timestamp);
  if (!closest) return errorPage(404, 'Hrm. The Wayback Machine has not archived that URL.');
  if (closest.timestamp !== timestamp) {
    return new Response(null, {
      status: 302,
      headers: { location: `https://web.archive.org/web/${closest.timestamp}${raw ?? ''}/${closest.url}` },
    });
  }
  const content = captureContent(closest, index);
  const body =
    raw === undefined
      ? content.body.replace(
          /<body>/i,
          '<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><!-- END WAYBACK TOOLBAR INSERT -->',
        )
      : content.body;
  return new Response(body, {
    status: closest.statusCode,
    headers: { 'content-type': content.contentType, 'memento-datetime': mementoDate(closest.timestamp) },
  });
}

type CdxRow = Record<CdxField, string>;

function cdxRow(capture: Capture, index: ScenarioIndex): CdxRow {
  const content = captureContent(capture, index);
  return {
    urlkey: safeSurt(capture.url),
    timestamp: capture.timestamp,
    original: capture.url,
    mimetype: content.contentType.split(';')[0] ?? 'text/html',
    statuscode: String(capture.statusCode),
    digest: contentDigest(content.body),
    length: String(Buffer.byteLength(content.body)),
  };
}

/** `field:regex` keeps matches, `!field:regex` drops them (whole-value match). */
function cdxFilter(filter: string): (row: CdxRow) => boolean {
  const negate = filter.startsWith('!');
  const [field = '', ...rest] = (negate ? filter.slice(1) : filter).split(':');
  const pattern = new RegExp(`^(?:${rest.join(':')})$`);
  return (row) => {
    const value = (row as Record<string, string | undefined>)[field];
    if (value === undefined) return true;
    return pattern.test(value) !== negate;
  };
}

function collapseRows(rows: CdxRow[], collapse: string): CdxRow[] {
  const [field = '', length] = collapse.split(':');
  const keyOf = (row: CdxRow) => {
    const value = (row as Record<string, string | undefined>)[field] ?? '';
    return length === undefined ? value : value.slice(0, Number(length));
  };
  return rows.filter((row, i) => i === 0 || keyOf(row) !== keyOf(rows[i - 1] as CdxRow));
}

function closestCapture(captures: readonly Capture[], timestamp: string): Capture | undefined {
  const target = Number(timestamp.padEnd(14, '0'));
  return [...captures].sort(
    (a, b) => Math.abs(Number(a.timestamp) - target) - Math.abs(Number(b.timestamp) - target),
  )[0];
}

function safeSurt(url: string): string {
  try {
    return surt(url);
  } catch {
    return url;
  }
}

function mementoDate(timestamp: string): string {
  const iso = `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}T${timestamp.slice(8, 10)}:${timestamp.slice(10, 12)}:${timestamp.slice(12, 14)}Z`;
  return new Date(iso).toUTCString();
}
