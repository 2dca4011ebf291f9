/** Why JSON.parse refused a text: the position as `line:column` (1-based) and V8's message on one line. */
export interface JsonProblem {
  /** Undefined when V8 gives no position (e.g. "Unexpected token …, "<snippet>" is not valid JSON"). */
  at: string | undefined;
  message: string;
}

/**
 * V8 reports a character offset, which nobody can find in an editor, and quotes a snippet of the text
 * that may hold line breaks; a one-line error message needs neither.
 */
export function jsonProblem(text: string, error: unknown): JsonProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/\s*[\r\n]+\s*/g, ' ');
  const match = /at position (\d+)/.exec(raw);
  const offset = match
    ? Number(match[1])
    : /Unexpected end of JSON input/.test(raw)
      ? text.length
      : undefined;
  if (offset === undefined) return { at: undefined, message };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { at: `${line}:${column}`, message };
}
