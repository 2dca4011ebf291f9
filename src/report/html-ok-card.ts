import type { VerificationResult } from '../result.js';
import { citationLabel, evidenceFetchedAt, sourcePosition } from './citation-label.js';
import { safeLink, severityBadge } from './html-citation-card.js';
import { escapeHtml as e } from './html-escape.js';
import { safeHttpUrl } from './safe-url.js';

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

function okSearchText(source: string, result: VerificationResult): string {
  const c = result.citation;
  return [source, c.handle === null ? '' : `@${c.handle}`, c.name ?? '', c.statusId ?? '', c.text ?? '', 'ok']
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .slice(0, 1000);
}

/**
 * The same rows as data, for a report too large to parse as markup (50,000 rows of markup take seconds):
 * a JSON array inside an inert <template> (no script, nothing runs), from which the page's script builds
 * each row with textContent when its article comes near the screen or a search matches it. Fields:
 * [id, label, where, text, live URL (http/https only, else null), fetchedAt, search text].
 */
export function renderOkRowsData(
  source: string,
  rows: readonly { result: VerificationResult; cardId: string }[],
): string {
  const data = rows.map(({ result, cardId }) => [
    cardId,
    citationLabel(result),
    sourcePosition(source, result.citation),
    result.citation.text ?? '',
    safeHttpUrl(result.liveUrl),
    evidenceFetchedAt(result),
    okSearchText(source, result),
  ]);
  // As template text only & and < mean anything to the parser; the script reads the decoded textContent
  const json = JSON.stringify(data).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<template class="ok-rows">${json}</template>`;
}
