/** One `|name=value` parameter of a template, with the UTF-16 span of its trimmed value. */
export interface TemplateParam {
  name: string;
  /** Index of the `|` that opens the parameter. */
  pipe: number;
  valueStart: number;
  valueEnd: number;
  value: string;
}

/** A `{{…}}` template call: its span and top-level parameters. */
export interface TemplateCall {
  start: number;
  /** Index just after the closing `}}`. */
  end: number;
  params: TemplateParam[];
}

// Real {{cite tweet}} calls are a few hundred characters; extraction reads no more either.
const MAX_TEMPLATE = 4_000;

/**
 * Reads the template opened by `{{` at `start`: top-level `|` separate parameters, nested `{{…}}` and
 * `[[…]]` are skipped, and nothing inside `<nowiki>…</nowiki>` or a comment counts. PURE. Null when
 * `start` is not a template or it does not close within the limit.
 */
export function readTemplateCall(text: string, start: number): TemplateCall | null {
  if (!text.startsWith('{{', start)) return null;
  const limit = Math.min(text.length, start + MAX_TEMPLATE);
  const pipes: number[] = [];
  let depth = 0;
  for (let i = start; i < limit - 1; i++) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1) return null;
      i = close + 2;
      continue;
    }
    if (text.startsWith('<nowiki>', i)) {
      const close = text.indexOf('</nowiki>', i);
      if (close === -1) return null;
      i = close + 8;
      continue;
    }
    const pair = text.slice(i, i + 2);
    if (pair === '{{' || pair === '[[') {
      depth++;
      i++;
    } else if (pair === '}}' || pair === ']]') {
      depth--;
      i++;
      if (depth === 0) return { start, end: i + 1, params: readParams(text, pipes, i - 1) };
    } else if (depth === 1 && text.charCodeAt(i) === 124) {
      pipes.push(i);
    }
  }
  return null;
}

function readParams(text: string, pipes: number[], closer: number): TemplateParam[] {
  return pipes.flatMap((pipe, n) => {
    const end = pipes[n + 1] ?? closer;
    const equals = text.indexOf('=', pipe);
    if (equals === -1 || equals >= end) return [];
    const name = text
      .slice(pipe + 1, equals)
      .trim()
      .toLowerCase();
    let valueStart = equals + 1;
    let valueEnd = end;
    while (valueStart < valueEnd && /\s/.test(text.charAt(valueStart))) valueStart++;
    while (valueEnd > valueStart && /\s/.test(text.charAt(valueEnd - 1))) valueEnd--;
    return [{ name, pipe, valueStart, valueEnd, value: text.slice(valueStart, valueEnd) }];
  });
}

/**
 * Where new parameters go and how they are spaced: after the last parameter's value, each one preceded by
 * the whitespace the template already puts before its last `|` (one line per parameter, or ` |`).
 */
export function parameterInsertion(text: string, call: TemplateCall): { at: number; separator: string } {
  const last = call.params.at(-1);
  if (last === undefined) return { at: call.end - 2, separator: ' ' };
  let spaceStart = last.pipe;
  while (spaceStart > call.start && /[ \t\r\n]/.test(text.charAt(spaceStart - 1))) spaceStart--;
  return { at: last.valueEnd, separator: text.slice(spaceStart, last.pipe) };
}
