import type { ArchivedCopy, DiffPart, RetrievedPost, Severity, VerificationResult } from '../result.js';
import { citationLabel, sourcePosition } from './citation-label.js';
import { escapeHtml as e } from './html-escape.js';
import { renderEditsFor, renderOtherEdits, renderSavedCapture } from './html-suggested-edits.js';
import { safeHttpUrl } from './safe-url.js';

/** Label for each severity, so the badge never relies on colour alone. */
export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  notice: 'Notice',
  ok: 'OK',
  unverifiable: 'Could not check',
};

/** A severity badge: the word on a coloured pill. */
export function severityBadge(severity: Severity): string {
  return `<span class="badge sev-${e(severity)}">${e(SEVERITY_LABEL[severity])}</span>`;
}

/** An http(s) URL as a link (no referrer, no opener); anything else as inert text. */
export function safeLink(url: string | null, label?: string): string {
  if (url === null) return '<span class="empty">none</span>';
  const href = safeHttpUrl(url);
  const text = e(label ?? url);
  return href === null
    ? `<span class="mono">${text}</span>`
    : `<a href="${e(href)}" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">${text}</a>`;
}

/** One citation as a card: verdicts, cited vs retrieved values, text diff, ID resolution, lookup, redirects. */
export function renderCitationCard(source: string, result: VerificationResult, id: string): string {
  const retrieved = retrievedPost(result);
  const diff = result.verdicts.find((v) => v.diff !== undefined && v.diff.length > 0)?.diff;
  return `<article class="card" id="${e(id)}" data-severity="${e(result.severity)}" data-search="${e(searchText(source, result))}" aria-labelledby="${e(id)}-h">
<div class="card-head">${severityBadge(result.severity)}<h4 id="${e(id)}-h">${e(citationLabel(result))}</h4>
<p class="where">${e(result.citation.kind)} (${e(result.citation.form)}) at <code>${e(sourcePosition(source, result.citation))}</code></p>
<p class="links">Live post: ${safeLink(result.liveUrl)} · Archived copy: ${safeLink(result.archiveUrl)}${renderSavedCapture(result)}</p></div>
${renderVerdicts(result)}${renderOtherEdits(result)}
${renderComparison(result, retrieved)}
${diff === undefined ? '' : renderDiff(diff)}
${renderResolution(result)}
${renderLookup(result)}
${renderLinks(result)}
</article>`;
}

function renderVerdicts(result: VerificationResult): string {
  if (result.verdicts.length === 0) return '<p class="empty">No verdicts.</p>';
  const items = result.verdicts.map((v) => {
    const tag =
      v.baseline === 'new'
        ? ' <span class="new">new</span>'
        : v.baseline === 'known'
          ? ' <span class="check">(known)</span>'
          : '';
    if (v.suppressed !== undefined) {
      // Listed as it was found, with the exception that covers it: a reviewer sees both.
      return `<li class="is-suppressed" data-suppressed="${e(v.suppressed.kind)}">${severityBadge(v.severity)} <span class="suppressed">suppressed</span>${tag} <code class="check">${e(v.check)}</code> <span class="check">${e(v.field)}</span>: ${e(v.message)}${renderEditsFor(result, v.check)} <span class="check">Reviewed exception (${e(v.suppressed.where)}): ${e(v.suppressed.reason)}</span></li>`;
    }
    return `<li>${severityBadge(v.severity)}${tag} <code class="check">${e(v.check)}</code> <span class="check">${e(v.field)}</span>: ${e(v.message)}${renderEditsFor(result, v.check)}</li>`;
  });
  return `<ul class="verdicts" aria-label="Verdicts">${items.join('')}</ul>`;
}

interface Retrieved {
  label: string;
  post: RetrievedPost | null;
}

function retrievedPost(result: VerificationResult): Retrieved {
  const lookup = result.lookup;
  if (lookup === null) return { label: 'Retrieved (not looked up)', post: null };
  if (lookup.status === 'available') return { label: `Retrieved (${lookup.source})`, post: lookup.post };
  const archived: ArchivedCopy | null = lookup.archived;
  if (archived?.post) return { label: `Archived copy (${archived.timestamp})`, post: archived.post };
  return { label: `Retrieved (${lookup.status})`, post: null };
}

function renderComparison(result: VerificationResult, retrieved: Retrieved): string {
  const c = result.citation;
  const p = retrieved.post;
  const rows: [string, string | null, string | null | undefined][] = [
    [
      'Handle',
      c.handle === null ? null : `@${c.handle}`,
      p === null ? undefined : p.handle === null ? null : `@${p.handle}`,
    ],
    ['Name', c.name, p === null ? undefined : p.name],
    [
      'Date',
      c.dateText === null
        ? c.date
        : c.date === null || c.date === c.dateText
          ? c.dateText
          : `${c.dateText} (${c.date})`,
      p === null ? undefined : p.createdAt,
    ],
    ['Text', c.text, p === null ? undefined : p.text],
  ];
  const cell = (value: string | null | undefined): string =>
    value === undefined
      ? '<td class="empty">not retrieved</td>'
      : value === null
        ? '<td class="empty">none</td>'
        : `<td>${e(value)}</td>`;
  const body = rows
    .map(([name, cited, got]) => `<tr><th scope="row">${name}</th>${cell(cited)}${cell(got)}</tr>`)
    .join('');
  return `<table class="compare"><caption class="vh">Cited and retrieved values</caption><thead><tr><th scope="col">Field</th><th scope="col">In the article</th><th scope="col">${e(retrieved.label)}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function renderDiff(parts: readonly DiffPart[]): string {
  const html = parts
    .map((part) => {
      if (part.op === 'removed')
        return `<del><span class="vh">[only in article: </span>${e(part.text)}<span class="vh">]</span></del>`;
      if (part.op === 'added')
        return `<ins><span class="vh">[only in post: </span>${e(part.text)}<span class="vh">]</span></ins>`;
      return e(part.text);
    })
    .join('');
  return `<div class="diff" role="group" aria-label="Word difference, article to post"><p>${html}</p></div>`;
}

function renderResolution(result: VerificationResult): string {
  const r = result.resolution;
  const body =
    r.status === 'found'
      ? `<dt>Status ID</dt><dd><code>${e(r.statusId)}</code></dd><dt>Found by</dt><dd>${e(r.foundBy)}</dd><dt>Confidence</dt><dd>${e(r.confidence)}</dd><dt>Evidence</dt><dd>${e(r.evidence)}</dd>`
      : `<dt>Status ID</dt><dd class="empty">not found</dd><dt>Why</dt><dd>${e(r.reason)}</dd>`;
  return `<details><summary>How the ID was found</summary><dl>${body}</dl></details>`;
}

function renderLookup(result: VerificationResult): string {
  const l = result.lookup;
  if (l === null) return '';
  const rows: string[] = [`<dt>Status</dt><dd>${e(l.status)}</dd>`];
  if (l.status === 'available') {
    rows.push(`<dt>Source</dt><dd>${e(l.source)}</dd><dt>Fetched</dt><dd>${e(l.fetchedAt)}</dd>`);
    if (l.post.edit?.isStaleEdit) rows.push('<dt>Edits</dt><dd>a newer version of this post exists</dd>');
  } else if (l.status === 'unverifiable') {
    rows.push(`<dt>Reason</dt><dd>${e(l.reason)}</dd><dt>Detail</dt><dd>${e(l.detail)}</dd>`);
  } else {
    rows.push(`<dt>Evidence</dt><dd>${e(l.evidence)}</dd><dt>Fetched</dt><dd>${e(l.fetchedAt)}</dd>`);
  }
  if (l.status !== 'available' && l.archived !== null) {
    rows.push(`<dt>Archived</dt><dd>${safeLink(l.archived.url)} (${e(l.archived.timestamp)})</dd>`);
  }
  return `<details><summary>Lookup: ${e(l.status)}</summary><dl>${rows.join('')}</dl></details>`;
}

function renderLinks(result: VerificationResult): string {
  if (result.links.length === 0) return '';
  const items = result.links.map((link) => {
    const hops = link.chain.map(
      (hop) => `<li>${safeLink(hop.url)} <span class="check">→ ${e(String(hop.status))}</span></li>`,
    );
    const end =
      link.error !== null
        ? `<li class="source-errors">${e(link.error)}</li>`
        : link.finalUrl !== null
          ? `<li>${safeLink(link.finalUrl)} <span class="check">(final)</span></li>`
          : '';
    return `<li><span class="mono">${e(link.url)}</span><ol class="chain">${hops.join('')}${end}</ol></li>`;
  });
  return `<details><summary>Links and redirects (${result.links.length})</summary><ul>${items.join('')}</ul></details>`;
}

/** Lower-cased words the search box matches against. */
function searchText(source: string, result: VerificationResult): string {
  const c = result.citation;
  const post = result.lookup?.status === 'available' ? result.lookup.post : null;
  const parts = [
    source,
    c.handle === null ? null : `@${c.handle}`,
    c.name,
    c.dateText,
    c.statusId,
    c.text,
    post?.handle,
    post?.name,
    post?.text,
  ];
  for (const v of result.verdicts) parts.push(v.check, v.message, v.severity);
  return parts
    .filter((p): p is string => typeof p === 'string')
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .slice(0, 4000);
}
