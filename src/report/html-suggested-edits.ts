import type { SuggestedEdit, VerificationResult } from '../result.js';
import { escapeHtml as e } from './html-escape.js';

/** The suggested edits answering `check` (`citecheck fix` applies them), shown under that finding. */
export function renderEditsFor(result: VerificationResult, check: string): string {
  const edits = (result.suggestedEdits ?? []).filter((edit) => edit.check === check);
  return edits.length === 0
    ? ''
    : `<div class="suggested" role="group" aria-label="Suggested edit">${edits.map(renderEdit).join('')}</div>`;
}

/** Edits that answer no verdict of the card (a recovered ID: the finding is how the ID was found). */
export function renderOtherEdits(result: VerificationResult): string {
  const checks = new Set<string>(result.verdicts.map((v) => v.check));
  const others = (result.suggestedEdits ?? []).filter((edit) => !checks.has(edit.check));
  return others.length === 0
    ? ''
    : `<div class="suggested" role="group" aria-label="Suggested edit">${others.map(renderEdit).join('')}</div>`;
}

function renderEdit(edit: SuggestedEdit): string {
  const removed =
    edit.original === ''
      ? ''
      : `<del><span class="vh">[remove: </span>${e(edit.original)}<span class="vh">]</span></del>`;
  return `<p>Suggested edit (<code class="check">${e(edit.fix)}</code>, answers <code class="check">${e(edit.check)}</code>): ${e(edit.reason)}</p><p>${removed}<ins><span class="vh">[insert: </span>${e(edit.replacement)}<span class="vh">]</span></ins></p>`;
}

/** What --save-archive asked of the Wayback Machine for this post, or nothing. */
export function renderSavedCapture(result: VerificationResult): string {
  const saved = result.savedCapture;
  if (saved === undefined) return '';
  if (saved.status === 'not-saved') return ` · Not saved (${e(saved.reason)}): ${e(saved.detail)}`;
  const label = saved.status === 'saved' ? 'Saved now' : 'Already archived';
  return ` · ${label}: <span class="mono">${e(saved.url)}</span>`;
}
