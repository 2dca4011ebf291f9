import { z } from 'zod';
import { CITATION_SCHEMA_VERSION, ExtractOutputSchema } from '../citation.js';
import { REPORT_SCHEMA_VERSION, RunReportSchema } from '../run-report.js';

/** `$id` of the published report schema (a URN: the schema is shipped in the package, not served). */
export const REPORT_SCHEMA_ID = `urn:citecheck:schema:report:v${REPORT_SCHEMA_VERSION}`;
/** `$id` of the published `extract --json` schema. */
export const EXTRACT_SCHEMA_ID = `urn:citecheck:schema:extract:v${CITATION_SCHEMA_VERSION}`;

/** JSON Schema (draft 2020-12) of the report JSON, generated from RunReportSchema. */
export function reportJsonSchema(): Record<string, unknown> {
  return withHeader(z.toJSONSchema(RunReportSchema, { target: 'draft-2020-12', io: 'output' }), {
    id: REPORT_SCHEMA_ID,
    title: 'citecheck report',
    description: 'What `citecheck verify --format json` writes (citecheck.json).',
    schemaVersion: REPORT_SCHEMA_VERSION,
  });
}

/** JSON Schema (draft 2020-12) of `citecheck extract --json`, generated from ExtractOutputSchema. */
export function extractJsonSchema(): Record<string, unknown> {
  return withHeader(z.toJSONSchema(ExtractOutputSchema, { target: 'draft-2020-12', io: 'output' }), {
    id: EXTRACT_SCHEMA_ID,
    title: 'citecheck extract output',
    description: 'What `citecheck extract --json` prints.',
    schemaVersion: CITATION_SCHEMA_VERSION,
  });
}

/** The text of a checked-in schema file: 2-space indent and a final newline. */
export function renderJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

interface Header {
  id: string;
  title: string;
  description: string;
  schemaVersion: number;
}

function withHeader(generated: Record<string, unknown>, header: Header): Record<string, unknown> {
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: header.id,
    // The version is also the `const` of the `schemaVersion` property; the title says it for humans.
    title: `${header.title}, schemaVersion ${header.schemaVersion}`,
    description: header.description,
    ...rest,
  };
}
