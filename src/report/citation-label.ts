import type { Citation } from '../citation.js';
import type { VerificationResult } from '../result.js';

/** Short human name of a cited post: `@handle · 1234…` or whatever of the two is known. */
export function citationLabel(result: Pick<VerificationResult, 'citation' | 'resolution'>): string {
  const { citation, resolution } = result;
  const id = citation.statusId ?? (resolution.status === 'found' ? resolution.statusId : null);
  const parts = [
    citation.handle === null ? null : `@${citation.handle}`,
    id === null ? null : `status ${id}`,
  ];
  const label = parts.filter((part) => part !== null).join(' · ');
  return label === '' ? `${citation.kind} without handle or ID` : label;
}

/** `source:line:column`, the form editors and CI jump to. */
export function sourcePosition(source: string, citation: Pick<Citation, 'location'>): string {
  return `${source}:${citation.location.line}:${citation.location.column}`;
}

/** When the lookup's evidence was fetched (a cached answer keeps its original time), or null if never looked up. */
export function evidenceFetchedAt(result: Pick<VerificationResult, 'lookup'>): string | null {
  return result.lookup !== null && 'fetchedAt' in result.lookup ? result.lookup.fetchedAt : null;
}
