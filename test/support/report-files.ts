import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { REPORT_FILE_NAMES } from '../../src/report/index.js';
import { type RunReport, RunReportSchema } from '../../src/run-report.js';

const REPORT_NAMES = new Set(Object.values(REPORT_FILE_NAMES));
// Extensions a reader (or a glob like citecheck.*.json) would take for a report.
const REPORT_EXTENSIONS = /\.(?:json|html|xml|md)$/;

const schemaFile = new URL('../../schema/report.schema.json', import.meta.url);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateSchema = ajv.compile(JSON.parse(await readFile(schemaFile, 'utf8')) as object);

/** Parses citecheck.json text and checks it against both the zod schema and the published JSON Schema. */
export function parseValidReport(text: string): RunReport {
  const json: unknown = JSON.parse(text);
  if (!validateSchema(json)) {
    throw new Error(`report violates schema/report.schema.json: ${ajv.errorsText(validateSchema.errors)}`);
  }
  return RunReportSchema.parse(json);
}

/** What an output directory holds: report files by name, and anything else (leftover temp files). */
export interface OutputListing {
  reports: Map<string, string>;
  others: string[];
}

/**
 * Lists an output directory. Throws if a file looks like a report (report extension) but is not one of
 * the report names, or if citecheck.json is present but does not parse and validate: those are the
 * "half-written report" failures.
 */
export async function readOutputDir(dir: string): Promise<OutputListing> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const reports = new Map<string, string>();
  const others: string[] = [];
  for (const name of names) {
    if (REPORT_NAMES.has(name)) reports.set(name, await readFile(join(dir, name), 'utf8'));
    else if (REPORT_EXTENSIONS.test(name))
      throw new Error(`${name} in ${dir} looks like a report but is not one`);
    else others.push(name);
  }
  const json = reports.get(REPORT_FILE_NAMES.json);
  if (json !== undefined) parseValidReport(json);
  for (const [name, text] of reports) {
    if (name.endsWith('.html') && !text.trimEnd().endsWith('</html>'))
      throw new Error(`${name} is cut short`);
    if (name.endsWith('.xml') && !text.trimEnd().endsWith('</testsuites>'))
      throw new Error(`${name} is cut short`);
  }
  return { reports, others };
}
