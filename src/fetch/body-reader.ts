import { FetchError } from './fetch-error.js';

/** Limits on reading one body. */
export interface BodyLimits {
  /** Cap on decompressed bytes. */
  maxBytes: number;
  /** Time allowed for the whole body, ms (a slow drip cannot hold a slot forever). */
  timeoutMs: number;
  url: string;
}

/** A body read in full, with its decompressed size. */
export interface BodyText {
  text: string;
  bytes: number;
}

function charsetOf(contentType: string | null): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (charset === undefined) return 'utf-8';
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return 'utf-8';
  }
}

/**
 * The whole-body deadline passed. Final: the server answers, but slower than allowed, and a retry would
 * drip as slowly (4 attempts × 30 s per request before), so the deadline bounds the request, not each attempt.
 */
function bodyDeadline(url: string, timeoutMs: number, cause?: unknown): FetchError {
  return new FetchError('timeout', `body of ${url} took over ${timeoutMs} ms`, { url, cause, final: true });
}

/**
 * Reads a response body as text. fetch has already undone Content-Encoding, so the cap applies to the
 * decompressed bytes: a small gzip that inflates past it fails with 'too-large' and the stream is cancelled.
 */
export async function readBody(response: Response, limits: BodyLimits): Promise<BodyText> {
  const { maxBytes, timeoutMs, url } = limits;
  const declared = Number(response.headers.get('content-length'));
  if (response.headers.get('content-encoding') === null && declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError('too-large', `body of ${url} is ${declared} bytes, over the ${maxBytes}-byte cap`, {
      url,
    });
  }
  if (response.body === null) return { text: '', bytes: 0 };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    reader.cancel().catch(() => {});
  }, timeoutMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (timedOut) throw bodyDeadline(url, timeoutMs);
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel().catch(() => {});
        throw new FetchError('too-large', `body of ${url} exceeds the ${maxBytes}-byte cap (decompressed)`, {
          url,
        });
      }
      chunks.push(value);
    }
  } catch (error) {
    if (timedOut && !(error instanceof FetchError)) {
      throw bodyDeadline(url, timeoutMs, error);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const text = new TextDecoder(charsetOf(response.headers.get('content-type'))).decode(Buffer.concat(chunks));
  return { text, bytes };
}
