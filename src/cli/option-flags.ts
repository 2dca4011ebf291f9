import { type Command, Option } from 'commander';
import { z } from 'zod';
import { flagOf, type OptionDef, type OptionTable } from './options.js';

/** Declares every option of `table` on a commander command: flag, argument, help, choices, shown default. */
export function addOptionFlags(command: Command, table: OptionTable): Command {
  for (const [key, def] of Object.entries(table)) {
    const flag = flagOf(key, def);
    const option = new Option(def.arg === undefined ? flag : `${flag} ${def.arg}`, helpOf(def));
    if (def.schema instanceof z.ZodEnum) option.choices(def.schema.options.map(String));
    if (def.repeatable) option.argParser((value: string, previous: unknown) => [...asArray(previous), value]);
    // Shown in --help only: values commander fills in are dropped by givenFlags, so the config file (and
    // the schema's own default) decide when a flag is not typed.
    if (def.default !== undefined && typeof def.default !== 'boolean' && !def.repeatable) {
      option.default(def.default, Array.isArray(def.default) ? def.default.join(',') : undefined);
    }
    command.addOption(option);
  }
  return command;
}

/** The options actually typed on the command line (not commander's defaults), by camel-cased key. */
export function givenFlags(command: Command): Record<string, unknown> {
  const values = command.opts();
  return Object.fromEntries(
    Object.keys(values)
      .filter((key) => command.getOptionValueSource(key) === 'cli')
      .map((key) => [key, values[key]]),
  );
}

/** The schema's description as flag help: a default-true switch is described by what `--no-…` does. */
function helpOf(def: OptionDef): string {
  const text = def.schema.description ?? '';
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  const help = def.default === true ? `do not ${lower}` : lower;
  return def.env === undefined ? help : `${help} (env ${def.env})`;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
