import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKS } from '../../src/checks.js';
import { SeveritySchema, VerdictFieldSchema } from '../../src/result.js';

describe('CHECKS', () => {
  it('gives every check a kebab-case id, a known field and a known severity', () => {
    for (const id of CHECK_IDS) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      expect(VerdictFieldSchema.safeParse(CHECKS[id].field).success).toBe(true);
      expect(SeveritySchema.safeParse(CHECKS[id].severity).success).toBe(true);
    }
  });

  it('prefixes each id with its field, so a report can group by id alone', () => {
    const prefix = {
      status: 'status',
      id: 'id',
      handle: 'handle',
      name: 'name',
      date: 'date',
      text: 'text',
      links: 'link',
      quote: 'quote',
      extraction: 'extraction',
    };
    for (const id of CHECK_IDS) expect(id.startsWith(`${prefix[CHECKS[id].field]}-`)).toBe(true);
  });
});
