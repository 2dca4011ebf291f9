import type { VerificationResult } from '../result.js';
import { citationLabel, evidenceFetchedAt, sourcePosition } from './citation-label.js';
import { safeLink, severityBadge } from './html-citation-card.js';
import { escapeHtml as e } from './html-escape.js';

/**
 * A citation with nothing to report, as one compact row: what was cited, where, the live post, and when the
 * evidence was fetched. Everything else on a full card would only repeat "matches"; the JSON has it all.
 * At archive size most citations are fine, and this is what keeps the page small enough to open.
 */
export function renderOkCard(source: string, result: VerificationResult, id: string): string {
  const c = result.citation;
  const fetchedAt = evidenceFetchedAt(result);
  const search = [
    source,
    c.handle === null ? '' : `@${c.handle}`,
    c.name ?? '',
    c.statusId ?? '',
    c.text ?? '',
    'ok',
  ]
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .slice(0, 1000);
  return `<article class="card card-ok" id="${e(id)}" data-severity="ok" data-search="${e(search)}" aria-labelledby="${e(id)}-h">${severityBadge('ok')} <h4 id="${e(id)}-h">${e(citationLabel(result))}</h4> <code class="where">${e(sourcePosition(source, c))}</code> <span class="ok-text">${e(c.text ?? '')}</span> ${safeLink(result.liveUrl, 'live post')}${fetchedAt === null ? '' : ` <span class="fetched">fetched <time>${e(fetchedAt)}</time></span>`}</article>`;
}
