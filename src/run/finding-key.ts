import { createHash } from 'node:crypto';
import type { Citation } from '../citation.js';
import type { FieldVerdict } from '../result.js';

/**
 * Identity of a finding across runs: source + citation + check id. The citation is its status ID when the
 * article carries one, else handle + date as written + a hash of its whitespace-normalized text. Line numbers
 * are left out so edits above a citation do not turn old findings into new ones.
 */
export function findingKey(source: string, citation: Citation, verdict: Pick<FieldVerdict, 'check'>): string {
  return `${source}#${citationIdentity(citation)}#${verdict.check}`;
}

/** `id:<statusId>` or `post:<handle>|<dateText>|<text hash>`. */
export function citationIdentity(citation: Citation): string {
  if (citation.statusId !== null) return `id:${citation.statusId}`;
  const text = (citation.text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const textHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `post:${(citation.handle ?? '').toLowerCase()}|${citation.dateText ?? ''}|${textHash}`;
}
