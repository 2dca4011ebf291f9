import type { LoadedConfig } from './config-file.js';
import { UsageError } from './exit-code.js';
import { expectedOf, jsonAt, pathText, withGot } from './option-issue.js';
import {
  flagOf,
  type OptionTable,
  type OptionValues,
  VERIFY_OPTIONS,
  type VerifySettings,
} from './options.js';

/** Where option values come from; the later ones override the earlier: default < config < env < flag. */
export interface OptionSources {
  /** Values given on the command line (commander's camel-cased keys; only those actually typed). */
  flags: Record<string, unknown>;
  config?: LoadedConfig | undefined;
  env: NodeJS.ProcessEnv;
}

/** Resolves every option of `table`, or throws a UsageError listing each problem with where it came from. */
export function resolveOptions<T extends OptionTable>(table: T, sources: OptionSources): OptionValues<T> {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(table)) {
    let raw: unknown;
    let origin: string;
    let typed: unknown;
    let fromConfig = false;
    const envValue = def.env === undefined ? undefined : sources.env[def.env];
    if (sources.flags[key] !== undefined) {
      typed = sources.flags[key];
      raw = fromFlag(typed, def.fromFlag);
      origin = flagOf(key, def);
    } else if (sources.config !== undefined && key in sources.config.values) {
      raw = sources.config.values[key];
      fromConfig = true;
      origin = `${sources.config.file}: ${key}`;
    } else if (envValue !== undefined && envValue !== '' && def.env !== undefined) {
      raw = envValue;
      typed = envValue;
      origin = def.env;
    } else if (def.default !== undefined) {
      raw = def.default;
      origin = `default of ${key}`;
    } else {
      values[key] = undefined;
      continue;
    }
    const parsed = def.schema.safeParse(raw, { error: expectedOf });
    if (parsed.success) values[key] = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        // A flag or variable is shown as typed (the item of a repeated flag), a config value as JSON.
        if (fromConfig) {
          problems.push(
            `${origin}${pathText(issue.path)}: ${withGot(issue.message, jsonAt(raw, issue.path))}`,
          );
        } else {
          problems.push(`${origin}: ${withGot(issue.message, typedText(typed, issue.path))}`);
        }
      }
    }
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return values as OptionValues<T>;
}

/** A flag's text as typed, quoted: the one item a problem is in for a repeated flag, else the whole text. */
function typedText(typed: unknown, path: readonly PropertyKey[]): string | undefined {
  const item = Array.isArray(typed) && typeof path[0] === 'number' ? typed[path[0]] : typed;
  return typeof item === 'string' ? `"${item}"` : undefined;
}

/** A flag's text in the config-file form (each item of a repeated flag); switches are booleans already. */
function fromFlag(given: unknown, convert: ((text: string) => unknown) | undefined): unknown {
  if (convert === undefined) return given;
  if (typeof given === 'string') return convert(given);
  return Array.isArray(given)
    ? given.map((item) => (typeof item === 'string' ? convert(item) : item))
    : given;
}

/** resolveOptions for `verify`, with the rules that involve several options. */
export function resolveVerifySettings(sources: OptionSources): VerifySettings {
  const settings = resolveOptions(VERIFY_OPTIONS, sources);
  if (settings.offline && settings.refresh) {
    throw new UsageError('--offline and --refresh contradict each other (flags or config file)');
  }
  if (settings.saveArchive && (settings.offline || !settings.archive)) {
    throw new UsageError(
      `--save-archive needs the Wayback Machine: it contradicts ${settings.offline ? '--offline' : '--no-archive'}`,
    );
  }
  return settings;
}
