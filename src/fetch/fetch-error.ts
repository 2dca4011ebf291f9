/** Closed set of reasons a request can fail; callers branch on `code`, never on message text. */
export const FETCH_ERROR_CODES = [
  'bad-url',
  'unsupported-scheme',
  'refused-by-guard',
  'dns',
  'connect',
  'timeout',
  'reset',
  'too-large',
  'http-status',
  'rate-limited',
  'redirect-loop',
  'too-many-redirects',
  'offline-miss',
  'aborted',
  'host-given-up',
  'run-limit',
  /** The run's --max-requests budget was spent before this fetch and nothing was cached. */
  'not-checked',
] as const;
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[number];

/** An expected operational failure of one request. Thrown only inside src/fetch and src/x. */
export class FetchError extends Error {
  override readonly name = 'FetchError' as const;
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly host: string;
  readonly status: number | undefined;
  /** True when another attempt would only repeat the failure (a body past its whole-body deadline). */
  readonly final: boolean;

  constructor(
    code: FetchErrorCode,
    message: string,
    details: { url: string; status?: number; cause?: unknown; final?: boolean },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.url = details.url;
    this.status = details.status;
    this.final = details.final ?? false;
    let host = '';
    try {
      host = new URL(details.url).host;
    } catch {
      // bad-url errors carry the unparsable input as url
    }
    this.host = host;
  }
}

/** Works across realms and duplicate module copies, unlike instanceof. */
export function isFetchError(value: unknown): value is FetchError {
  return value instanceof Error && value.name === 'FetchError' && 'code' in value;
}
