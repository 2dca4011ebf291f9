import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type IgnoreEntry, IgnoreListSchema } from '../exceptions/index.js';
import { UsageError } from './exit-code.js';
import { jsonProblem } from './json-error.js';
import { expectedOf, jsonAt, pathText, withGot } from './option-issue.js';
import { VERIFY_OPTIONS } from './options.js';

/** The config file citecheck looks for in the working directory. */
export const CONFIG_FILE_NAME = 'citecheck.config.json';

/** `$id` of the published config schema (shipped in the package as schema/config.schema.json). */
export const CONFIG_SCHEMA_ID = 'urn:citecheck:schema:config:v1';

const meta = {
  $schema: z.string().optional().describe('JSON Schema of this file, for editors'),
  $comment: z.string().optional().describe('A note for readers; citecheck ignores it'),
  ignore: IgnoreListSchema.optional(),
};

/** citecheck.config.json: every verify option (same names as the flags, camel-cased) plus `ignore`. */
export const ConfigFileSchema = z.strictObject({
  ...meta,
  ...(Object.fromEntries(
    Object.entries(VERIFY_OPTIONS).map(([key, def]) => [key, def.schema.optional()]),
  ) as { [K in keyof typeof VERIFY_OPTIONS]: z.ZodOptional<(typeof VERIFY_OPTIONS)[K]['schema']> }),
});

/** A config file read and validated: option values (config-file form) and the ignore entries. */
export interface LoadedConfig {
  /** As named in messages and reports (relative to the working directory when inside it). */
  file: string;
  values: Record<string, unknown>;
  ignore: IgnoreEntry[];
}

/**
 * Reads `explicit` (from --config; it must exist) or else citecheck.config.json in `cwd` (absent is fine).
 * Throws a UsageError naming the file and the key for unreadable JSON, unknown keys and invalid values.
 */
export async function loadConfig(
  explicit: string | undefined,
  cwd: string,
): Promise<LoadedConfig | undefined> {
  const absolute = path.resolve(cwd, explicit ?? CONFIG_FILE_NAME);
  const file = path.relative(cwd, absolute).startsWith('..') ? absolute : path.relative(cwd, absolute);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    if (explicit === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`--config ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch (error) {
    const { at, message } = jsonProblem(body, error);
    throw new UsageError(`${file}${at === undefined ? '' : `:${at}`}: not valid JSON: ${message}`);
  }
  const parsed = ConfigFileSchema.safeParse(json, { error: expectedOf });
  if (!parsed.success) throw new UsageError(describeIssues(file, json, parsed.error.issues));
  const { $schema: _schema, $comment: _comment, ignore, ...values } = parsed.data;
  // Keep the values as written: the option schemas transform them again when flags are merged in.
  const written = json as Record<string, unknown>;
  return {
    file,
    values: Object.fromEntries(Object.keys(values).map((key) => [key, written[key]])),
    ignore: ignore ?? [],
  };
}

function describeIssues(file: string, json: unknown, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const where = pathText(issue.path).replace(/^\./, '');
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => `"${key}"`).join(', ');
        const inside = where === '' ? '' : ` in ${where}`;
        return `${file}: unknown key ${keys}${inside} (see schema/config.schema.json for the keys it takes)`;
      }
      const got = withGot(issue.message, jsonAt(json, issue.path));
      return `${file}: ${where === '' ? '(root)' : where}: ${got}`;
    })
    .join('\n');
}

/** JSON Schema (draft-07, what editors read best) of citecheck.config.json, generated from the options. */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ConfigFileSchema, { target: 'draft-7', io: 'input' }) as {
    $schema?: string;
    properties: Record<string, Record<string, unknown>>;
  };
  // Defaults are written by hand into the output: zod drops them for values it transforms (format, rate).
  for (const [key, def] of Object.entries(VERIFY_OPTIONS)) {
    const property = generated.properties[key];
    if (property !== undefined && def.default !== undefined) property.default = def.default;
  }
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CONFIG_SCHEMA_ID,
    title: 'citecheck config (citecheck.config.json)',
    description:
      'Every `citecheck verify` option (flags override the file) and reviewed exceptions (`ignore`). Generated from the option table in src/cli/options.ts.',
    ...rest,
  };
}
