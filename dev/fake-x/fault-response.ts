import { HttpResponse } from 'msw';
import { errorPage } from './error-page.js';
import type { Fault } from './fake-x-options.js';

/** Answers a fault that replaces the response outright; undefined for faults that alter the normal answer. */
export async function replacingFault(
  fault: Fault,
  request: Request,
  effectiveUrl: string,
): Promise<Response | undefined> {
  switch (fault.kind) {
    case 'timeout':
      await untilAborted(request.signal);
      return HttpResponse.error();
    case 'reset':
      return HttpResponse.error();
    case 'status':
      return errorPage(
        fault.status,
        'Something went wrong. Try again later.',
        fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) },
      );
    case 'redirect-loop':
      return new Response(null, { status: 301, headers: { location: effectiveUrl } });
    case 'huge-body':
      return hugeBody(fault.bytes);
    default:
      return undefined;
  }
}

/** Corrupts a normal answer's body: cut in half, or made syntactically invalid. */
export async function corruptBody(fault: Fault, response: Response): Promise<Response> {
  const body = await response.text();
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  headers.delete('content-length');
  const corrupted =
    fault.kind === 'truncated-json'
      ? body.slice(0, Math.max(1, Math.floor(body.length / 2)))
      : body.trimEnd().endsWith('}')
        ? `${body.trimEnd().slice(0, -1)},}`
        : `{${body}`;
  return new Response(corrupted, { status: 200, headers });
}

/** A JSON-looking body of exactly `bytes` bytes, streamed so a gigabyte costs no memory. */
function hugeBody(bytes: number): Response {
  const head = '{"padding":"';
  const tail = '"}';
  let remaining = Math.max(0, bytes - head.length - tail.length);
  let stage: 'head' | 'pad' | 'tail' | 'done' = 'head';
  const chunk = 'x'.repeat(64 * 1024);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 'head') {
        controller.enqueue(encoder.encode(head));
        stage = 'pad';
      } else if (stage === 'pad') {
        const size = Math.min(remaining, chunk.length);
        if (size > 0) controller.enqueue(encoder.encode(chunk.slice(0, size)));
        remaining -= size;
        if (remaining === 0) stage = 'tail';
      } else if (stage === 'tail') {
        controller.enqueue(encoder.encode(tail));
        stage = 'done';
      } else {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Math.max(bytes, 14)),
    },
  });
}

function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
