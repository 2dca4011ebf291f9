/**
 * Where JSON.parse stopped, as `line:column` (1-based) instead of V8's character offset, which nobody can
 * find in an editor. Undefined when the message gives no position (e.g. "Unexpected token …").
 */
export function jsonErrorLocation(text: string, message: string): string | undefined {
  const match = /at position (\d+)/.exec(message);
  const offset = match
    ? Number(match[1])
    : /Unexpected end of JSON input/.test(message)
      ? text.length
      : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `${line}:${column}`;
}
