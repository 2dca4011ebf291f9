import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/cli/config-file.js';
import { renderJson } from '../../src/report/json.js';
import { extractJsonSchema, renderJsonSchema, reportJsonSchema } from '../../src/report/json-schema.js';
import { RunReportSchema } from '../../src/run-report.js';
import { demoReport, makeResult, makeVerdict } from './fixture-report.js';

const SCHEMAS = [
  { file: 'schema/report.schema.json', generate: reportJsonSchema },
  { file: 'schema/extract.schema.json', generate: extractJsonSchema },
  { file: 'schema/config.schema.json', generate: configJsonSchema },
];

describe('published JSON Schemas', () => {
  for (const { file, generate } of SCHEMAS) {
    it(`${file} is current with the zod schema (UPDATE_SCHEMA=1 rewrites it)`, async () => {
      const fresh = renderJsonSchema(generate());
      const target = path.resolve(file);
      if (process.env.UPDATE_SCHEMA === '1') await writeFile(target, fresh);
      const checkedIn = await readFile(target, 'utf8').catch(() => '');
      expect(
        checkedIn,
        `${file} is stale: run UPDATE_SCHEMA=1 npx vitest run test/report/json-schema.test.ts`,
      ).toBe(fresh);
    });
  }

  it('declares draft 2020-12, an $id, a title with the schemaVersion and a const schemaVersion', () => {
    const schema = reportJsonSchema() as {
      $schema: string;
      $id: string;
      title: string;
      properties: { schemaVersion: { const: number } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:citecheck:schema:report:v1');
    expect(schema.title).toContain('schemaVersion 1');
    expect(schema.properties.schemaVersion.const).toBe(1);
  });
});

describe('the JSON report against the checked-in schema (independent validator)', () => {
  let compiled: Promise<ValidateFunction> | undefined;
  // Compiling the schema is the slow part: once for the suite.
  const validator = (): Promise<ValidateFunction> => {
    compiled ??= compile();
    return compiled;
  };
  async function compile(): Promise<ValidateFunction> {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const schema = JSON.parse(await readFile(path.resolve('schema/report.schema.json'), 'utf8'));
    return ajv.compile(schema);
  }

  it('accepts the rendered demo report', async () => {
    const validate = await validator();
    const ok = validate(JSON.parse(renderJson(demoReport())));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  // An unknown severity, and a check id production cannot emit (the schema once took any string).
  it.each([
    ['severity', 'catastrophic'],
    ['check', 'post-deleted'],
  ])('rejects a report with a verdict %s of %s, in the schema and in zod', async (key, value) => {
    const validate = await validator();
    const json = JSON.parse(renderJson(demoReport()));
    json.articles[0].results[0].verdicts[0][key] = value;
    expect(validate(json)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === `/articles/0/results/0/verdicts/0/${key}`)).toBe(
      true,
    );
    expect(RunReportSchema.safeParse(json).success).toBe(false);
  });

  it('accepts verdicts marked by a baseline', async () => {
    const validate = await validator();
    const report = demoReport();
    report.articles[0]?.results.push(
      makeResult({
        verdicts: [makeVerdict({ severity: 'error', check: 'status-deleted', baseline: 'new' })],
      }),
    );
    report.baseline = { baseline: 'previous.json', newFindings: 1, resolvedFindings: 0, resolved: [] };
    expect(validate(JSON.parse(renderJson(report)))).toBe(true);
  });
});
