import type { SourceFormat } from '../extract/index.js';
import type { SuggestedEdit, VerificationResult } from '../result.js';
import { type PlannedEdit, planEdits } from './plan-edits.js';

/** Each result with the edits planned for it (reports show them next to the findings). PURE. */
export function attachSuggestedEdits(
  text: string,
  format: SourceFormat,
  results: VerificationResult[],
): VerificationResult[] {
  let edits: PlannedEdit[];
  try {
    edits = planEdits({ text, format, results }).edits;
  } catch {
    // Suggestions are extra: a planning bug must never cost the article its verification.
    return results;
  }
  if (edits.length === 0) return results;
  const byResult = new Map<number, SuggestedEdit[]>();
  for (const { resultIndex, ...edit } of edits)
    byResult.set(resultIndex, [...(byResult.get(resultIndex) ?? []), edit]);
  return results.map((result, index) => {
    const mine = byResult.get(index);
    return mine === undefined ? result : { ...result, suggestedEdits: mine };
  });
}
