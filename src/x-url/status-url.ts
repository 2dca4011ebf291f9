import { hostPattern, isXSiteHost } from './hosts.js';

/** A post permalink, read from any of the URL forms X and Twitter have used. */
export interface StatusUrl {
  /** Handle as written in the URL, without `@`; null for `/i/web/status/…` and `/statuses/…` forms. */
  handle: string | null;
  statusId: string;
  /** 1-based index from `/photo/N` or `/video/N`, else null. */
  mediaIndex: number | null;
}

const HANDLE = /^[A-Za-z0-9_]{1,50}$/;
const STATUS_ID = /^\d{1,20}$/;
const MEDIA_INDEX = /^\d{1,2}$/;

/**
 * Reads a status permalink: `https://x.com/user/status/123/photo/1`, `twitter.com/user/statuses/123`,
 * `https://twitter.com/#!/user/status/123`, `https://mobile.twitter.com/i/web/status/123?s=20`, with or
 * without a scheme. Returns undefined for anything else (profiles, intents, share links, other hosts).
 */
export function parseStatusUrl(url: string): StatusUrl | undefined {
  const read = readStatus(url);
  return read ? { handle: read.handle, statusId: read.statusId, mediaIndex: read.mediaIndex } : undefined;
}

/** The post a status permalink names, and the media item when the URL ends in /photo/N or /video/N. */
export interface StatusTarget extends StatusUrl {
  kind: 'photo' | 'video' | null;
}

/** parseStatusUrl, with whether the URL names a photo or a video of the post; null for anything else. */
export function parseStatusTarget(raw: string): StatusTarget | null {
  const read = readStatus(raw);
  if (!read) return null;
  const { tail: _tail, ...target } = read;
  return target;
}

/**
 * The canonical path of a status URL: `/i/status/ID` (X serves a post under any handle, host and era's
 * path), then what follows the ID (`/photo/1`), lowercased; null for anything else. urlKey adds the host.
 */
export function statusKey(url: string): string | null {
  const read = readStatus(url);
  if (!read) return null;
  const tail = read.tail.map((segment) => `/${segment.toLowerCase()}`).join('');
  return `/i/status/${read.statusId}${tail}`;
}

interface StatusRead extends StatusTarget {
  /** The path segments after the status ID. */
  tail: string[];
}

function readStatus(url: string): StatusRead | undefined {
  let rest = url.trim();
  if (rest.length > 4096) return undefined;
  const scheme = /^(?:https?:)?\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  const hostEnd = rest.search(/[/?#]/);
  const host = (hostEnd === -1 ? rest : rest.slice(0, hostEnd)).toLowerCase().replace(/:\d{1,5}$/, '');
  if (!isXSiteHost(host)) return undefined;
  rest = hostEnd === -1 ? '' : rest.slice(hostEnd);
  // Old hash-bang permalinks keep the real path in the fragment: twitter.com/#!/user/status/1
  if (rest.startsWith('/#!/')) rest = rest.slice(3);
  else if (rest.startsWith('#!/')) rest = rest.slice(2);
  const pathEnd = rest.search(/[?#]/);
  const path = pathEnd === -1 ? rest : rest.slice(0, pathEnd);
  const segments = path.split('/').filter((segment) => segment.length > 0);
  return readSegments(segments);
}

function readSegments(segments: string[]): StatusRead | undefined {
  const [first, second, third, fourth, fifth] = segments;
  if (first === undefined || second === undefined) return undefined;
  // twitter.com/statuses/123 (API-era permalink without a handle)
  if (first.toLowerCase() === 'statuses' && STATUS_ID.test(second)) {
    return { handle: null, statusId: second, mediaIndex: null, kind: null, tail: segments.slice(2) };
  }
  if (first === 'i') {
    // /i/web/status/123 and /i/status/123
    if (second === 'web' && third === 'status' && fourth !== undefined && STATUS_ID.test(fourth)) {
      return { handle: null, statusId: fourth, mediaIndex: null, kind: null, tail: segments.slice(4) };
    }
    if (second === 'status' && third !== undefined && STATUS_ID.test(third)) {
      return { handle: null, statusId: third, mediaIndex: null, kind: null, tail: segments.slice(3) };
    }
    return undefined;
  }
  const form = second.toLowerCase();
  if ((form !== 'status' && form !== 'statuses') || third === undefined) return undefined;
  if (!HANDLE.test(first) || !STATUS_ID.test(third)) return undefined;
  const media = fourth?.toLowerCase();
  const kind =
    (media === 'photo' || media === 'video') && fifth !== undefined && MEDIA_INDEX.test(fifth) ? media : null;
  return {
    handle: first,
    statusId: third,
    mediaIndex: kind === null ? null : Number(fifth),
    kind,
    tail: segments.slice(3),
  };
}

/** One status URL found in running text, with its UTF-16 span. */
export interface StatusUrlMatch {
  start: number;
  end: number;
  url: string;
  status: StatusUrl;
}

// Host anchors only; the URL around each hit is grown by hand so the scan stays linear.
const HOST_HIT = new RegExp(`${hostPattern('permalink', 'site')}(?=[/:])`, 'gi');
const HOST_CHAR = /[A-Za-z0-9.-]/;
const URL_STOP = /[\s<>"'`()[\]{}|\\^]/;
const TRAILING_PUNCTUATION = /[.,;:!?…*_~]+$/;
const MAX_URL = 2048;

/** Finds every status permalink in text[from, to) (bare or inside markup), in order. Linear in the span. */
export function findStatusUrls(text: string, from = 0, to = text.length): StatusUrlMatch[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const matches: StatusUrlMatch[] = [];
  const hits = new RegExp(HOST_HIT.source, 'gi');
  for (let hit = hits.exec(slice); hit !== null; hit = hits.exec(slice)) {
    let start = hit.index;
    const floor = Math.max(0, start - 40);
    while (start > floor && HOST_CHAR.test(slice.charAt(start - 1))) start--;
    const schemeMatch = /(?:https?:)?\/\/$/i.exec(slice.slice(Math.max(0, start - 8), start));
    if (schemeMatch) start -= schemeMatch[0].length;
    if (isInsideAnotherUrl(slice, start)) continue;
    let end = hit.index + hit[0].length;
    const ceiling = Math.min(slice.length, end + MAX_URL);
    while (end < ceiling && !URL_STOP.test(slice.charAt(end))) end++;
    const url = slice.slice(start, end).replace(TRAILING_PUNCTUATION, '');
    const status = parseStatusUrl(url);
    if (status) matches.push({ start: from + start, end: from + start + url.length, url, status });
  }
  return matches;
}

/**
 * A permalink inside another URL (`…/share?url=https://x.com/a/status/1`) is not a citation of its own;
 * one after `|url=` or `href=` in markup is.
 */
function isInsideAnotherUrl(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  if (start === 0 || !/[=?&%/.\w-]/.test(before)) return false;
  if (before !== '=') return true;
  let tokenStart = start - 1;
  const floor = Math.max(0, start - 2000);
  while (tokenStart > floor && !/\s/.test(text.charAt(tokenStart - 1))) tokenStart--;
  const token = text.slice(tokenStart, start);
  return token.includes('://') || token.includes('?') || token.startsWith('www.');
}
