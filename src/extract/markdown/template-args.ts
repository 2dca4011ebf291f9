import { CANONICAL_HOST, parseStatusUrl } from '../../x-url/index.js';

/** Which post a shortcode or component names, read from its arguments. */
export interface NamedPost {
  handle: string | null;
  statusId: string;
}

const ARG =
  /([A-Za-z_][\w-]{0,40})\s*=\s*(?:"([^"]{0,2000})"|'([^']{0,2000})'|\{\{?([^{}]{0,2000})\}?\}|([^\s"'{}]{1,2000}))|"([^"]{0,2000})"|'([^']{0,2000})'|([^\s"'=]{1,2000})/g;

/** Splits `user="a" id=1 "https://…" 123` into named and positional values (quotes and `{}` removed). */
export function parseTemplateArgs(source: string): { named: Map<string, string>; positional: string[] } {
  const named = new Map<string, string>();
  const positional: string[] = [];
  for (const m of source.slice(0, 4000).matchAll(ARG)) {
    if (m[1] !== undefined) named.set(m[1].toLowerCase(), unwrap(m[2] ?? m[3] ?? m[4] ?? m[5] ?? ''));
    else positional.push(m[6] ?? m[7] ?? m[8] ?? '');
  }
  return { named, positional };
}

/** `{"123"}` / `{`123`}` / `{123n}` → `123`. */
function unwrap(value: string): string {
  return value
    .trim()
    .replace(/^["'`]|["'`]$/g, '')
    .replace(/^(\d{1,20})n$/, '$1');
}

const ID = /^\d{1,20}$/;
const HANDLE = /^@?([A-Za-z0-9_]{1,50})$/;
const URL_KEYS = [
  'url',
  'link',
  'href',
  'src',
  'permalink',
  'tweetlink',
  'tweeturl',
  'tweet_url',
  'tweet-url',
  'tweet',
  'status',
  // astro-embed's <Tweet id="https://…/status/…">: an "id" that is a URL.
  'id',
];
const ID_KEYS = [
  'id',
  'tweetid',
  'tweet_id',
  'tweet-id',
  'status_id',
  'statusid',
  'status-id',
  'tweet',
  'status',
];
const USER_KEYS = ['user', 'username', 'handle', 'screen_name', 'screenname', 'author'];

/**
 * Reads the post a set of arguments names; `user/status/ID` (react-tweet `tweetLink`) is accepted too.
 * JSX has no positional arguments, so components pass `positional: false`.
 */
export function namedPostFromArgs(
  args: { named: Map<string, string>; positional: string[] },
  options: { positional: boolean } = { positional: true },
): NamedPost | undefined {
  let handle: string | null = null;
  let statusId: string | null = null;
  const readUrl = (value: string) => {
    const status =
      parseStatusUrl(value) ??
      parseStatusUrl(`https://${CANONICAL_HOST.permalink}/${value.replace(/^\/+/, '')}`);
    if (status) {
      statusId ??= status.statusId;
      handle ??= status.handle;
    }
  };
  for (const key of URL_KEYS) {
    const value = args.named.get(key);
    if (value !== undefined && !ID.test(value)) readUrl(value);
  }
  for (const key of ID_KEYS) {
    const value = args.named.get(key);
    if (value !== undefined && ID.test(value)) statusId ??= value;
  }
  for (const key of USER_KEYS) {
    const value = HANDLE.exec(args.named.get(key) ?? '')?.[1];
    if (value !== undefined) handle ??= value;
  }
  for (const value of options.positional ? args.positional : []) {
    if (ID.test(value)) statusId ??= value;
    else if (value.includes('/')) readUrl(value);
    else {
      const name = HANDLE.exec(value)?.[1];
      if (name !== undefined) handle ??= name;
    }
  }
  return statusId === null ? undefined : { handle, statusId };
}
