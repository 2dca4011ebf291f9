import type { z } from 'zod';

/**
 * zod's default messages in plain words: what an option expected ("expected a whole number" rather than
 * "Invalid input: expected int, received number"). Given to safeParse as the per-parse error map, so a
 * message a schema sets itself (parseRate's, the shard's) still wins; undefined falls back to zod's.
 */
export function expectedOf(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'number'
        ? `expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`
        : issue.origin === 'array'
          ? `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
          : issue.origin === 'string' && Number(issue.minimum) === 1
            ? 'expected a value that is not empty'
            : undefined;
    case 'too_big':
      return issue.origin === 'number'
        ? `expected a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`
        : undefined;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'url' ? 'expected a URL' : undefined;
    default:
      return undefined;
  }
}

const TYPE_WORDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  string: 'a string',
  array: 'a list',
  object: 'an object',
};

/**
 * `message, got VALUE` unless the message already quotes the value (parseRate's and the shard's do). Only a
 * quoted value counts as quoted: a bare number such as 10 may be part of the message ("at most 100%").
 */
export function withGot(message: string, shown: string | undefined): string {
  if (shown === undefined || (shown.startsWith('"') && message.includes(shown))) return message;
  return `${message}, got ${shown}`;
}

/** The value at `path` inside a config-file value, as JSON (undefined when nothing is there). */
export function jsonAt(value: unknown, path: readonly PropertyKey[]): string | undefined {
  let at: unknown = value;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at === undefined ? undefined : JSON.stringify(at);
}

/** A zod issue path as written in messages: `ignore[0].reason`, `[1]`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}
