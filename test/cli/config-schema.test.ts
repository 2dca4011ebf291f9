import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { starterConfig } from '../../src/cli/commands/init.js';
import { configJsonSchema, loadConfig } from '../../src/cli/config-file.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';

const FILE = 'schema/config.schema.json';

async function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(await readFile(path.resolve(FILE), 'utf8')));
}

// test/report/json-schema.test.ts checks that the file is current, with the other published schemas.
describe('schema/config.schema.json', () => {
  it('documents every key with its default, for editors to show (draft-07)', () => {
    const schema = configJsonSchema() as {
      $schema: string;
      additionalProperties: boolean;
      properties: Record<string, { description?: string; default?: unknown }>;
    };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(property.description, key).toBeTruthy();
    }
    expect(schema.properties.failOn?.default).toBe('error');
    expect(schema.properties.format?.default).toEqual(['html', 'json']);
  });

  it('accepts the starter config and rejects what loadConfig rejects (independent validator)', async () => {
    const validate = await validator();
    expect(validate(JSON.parse(starterConfig())), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ concurency: 4 })).toBe(false);
    expect(validate({ ignore: [{ check: 'status-deleted' }] })).toBe(false);
    expect(validate({ ignore: [{ check: 'not-a-check', reason: 'x' }] })).toBe(false);
    expect(validate({ failOn: 'sometimes' })).toBe(false);
  });
});

describe('citecheck init', () => {
  it('writes a starter config that loads, says what it wrote, and never overwrites', async () => {
    const dir = await tempDir();
    const first = await runCli(['init'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^wrote citecheck\.config\.json: /);
    const written = await readFile(path.join(dir, 'citecheck.config.json'), 'utf8');
    expect(written).toBe(starterConfig());
    expect(await loadConfig(undefined, dir)).toMatchObject({ values: { failOn: 'error' } });

    await writeFile(path.join(dir, 'citecheck.config.json'), '{"failOn":"never"}\n');
    const second = await runCli(['init'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('citecheck.config.json already exists: not overwritten');
    expect(await readFile(path.join(dir, 'citecheck.config.json'), 'utf8')).toBe('{"failOn":"never"}\n');
  });
});
