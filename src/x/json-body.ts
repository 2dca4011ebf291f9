/** A response body read as JSON, or why it could not be (X often answers errors with HTML). */
export type JsonBody = { ok: true; value: unknown } | { ok: false; detail: string };

/** Parses a body as JSON without throwing. PURE. */
export function parseJsonBody(body: string, contentType: string | undefined): JsonBody {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const start = body.trimStart().slice(0, 40).replace(/\s+/g, ' ');
    return { ok: false, detail: `not JSON (${contentType ?? 'no content-type'}): ${start}` };
  }
}
