import type { SourceFormat } from '../citation.js';
import type { VerificationResult } from '../result.js';
import { planEdits } from './plan-edits.js';

/** Each result with the edits planned for it (reports show them next to the findings). PURE. */
export function attachSuggestedEdits(
  text: string,
  format: SourceFormat,
  results: VerificationResult[],
): VerificationResult[] {
  const { edits } = planEdits({ text, format, results });
  if (edits.length === 0) return results;
  return results.map((result, index) => {
    const mine = edits.filter((e) => e.resultIndex === index).map(({ resultIndex: _, ...e }) => e);
    return mine.length === 0 ? result : { ...result, suggestedEdits: mine };
  });
}
