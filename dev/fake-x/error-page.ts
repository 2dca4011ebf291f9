/** An HTML error page, the kind X and the Wayback Machine answer 404s and 5xx with (never JSON). */
export function errorPage(status: number, message: string, headers: Record<string, string> = {}): Response {
  const html = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${status}</title></head><body><h1>${status}</h1><p>${message}</p></body></html>\n`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}

/** A JSON response with the given status. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
