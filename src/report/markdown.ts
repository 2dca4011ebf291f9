import { type FieldVerdict, SEVERITY_RANK, type Severity, type VerificationResult } from '../result.js';
import type { ArticleReport } from '../run-report.js';
import { citationLabel, evidenceFetchedAt } from './citation-label.js';
import { escapeMarkdown, markdownUrl } from './markdown-escape.js';
import { plural } from './plural.js';
import { chunksOf, type PieceRenderer, type RunReportHead, wholeOf } from './report-head.js';
import { safeHttpUrl } from './safe-url.js';

/** GitHub caps a PR comment at 65,536 characters; stop listing findings well before. */
const MAX_CHARS = 60_000;

const ICON: Record<Severity, string> = {
  error: '❌',
  warning: '⚠️',
  notice: 'ℹ️',
  ok: '✅',
  unverifiable: '❔',
};

/** A finding a reviewed exception covers. */
const SUPPRESSED = '🔕';

interface Finding {
  result: VerificationResult;
  verdict: FieldVerdict;
}

/**
 * Markdown summary for a PR comment or `$GITHUB_STEP_SUMMARY`, in pieces: a counts table, then findings by
 * article (errors and warnings listed, notices and unverifiable ones collapsed in `<details>`), sections
 * left out once the text would pass MAX_CHARS. Untrusted strings are escaped.
 */
export function startMarkdown(head: RunReportHead): PieceRenderer {
  const { summary, baseline } = head;
  const s = summary.bySeverity;
  const lines = [
    `## citecheck: ${plural(s.error, 'error')}, ${plural(s.warning, 'warning')} in ${plural(summary.citations, 'citation')}`,
    '',
    '| | count |',
    '|---|---:|',
    `| Articles | ${summary.articles} |`,
    `| Citations | ${summary.citations} (${plural(summary.embeds, 'embed')}, ${plural(summary.links, 'link')}) |`,
    `| ${ICON.error} Errors | ${s.error} |`,
    `| ${ICON.warning} Warnings | ${s.warning} |`,
    `| ${ICON.notice} Notices | ${s.notice} |`,
    `| ${ICON.ok} OK | ${s.ok} |`,
    `| ${ICON.unverifiable} Could not check | ${s.unverifiable} |`,
    `| Source errors | ${summary.sourceErrors} |`,
    `| ${SUPPRESSED} Suppressed findings | ${summary.suppressed} |`,
    '',
    'Citations are counted by their worst finding.',
    '',
  ];
  if (baseline !== null) {
    lines.push(
      `Compared with the baseline \`${escapeMarkdown(baseline.baseline)}\`: ${plural(baseline.newFindings, 'new finding')}, ${baseline.resolvedFindings} resolved.`,
      '',
    );
  }
  // Sections are joined by newlines and the whole text trimmed at the end, so each one is held back until
  // the next arrives: only the last is trimmed.
  let held = lines.join('\n');
  let size = held.length;
  let omitted = 0;
  const push = (section: string): string => {
    const released = `${held}\n`;
    held = section;
    return released;
  };
  return {
    start: '',
    article(article) {
      const section = renderArticle(article);
      if (section === null) return '';
      if (size + section.length > MAX_CHARS) {
        omitted += 1;
        return '';
      }
      size += section.length;
      return push(section);
    },
    end() {
      let out = '';
      if (baseline !== null && baseline.resolved.length > 0) {
        const items = baseline.resolved.map(
          (f) => `- ${escapeMarkdown(f.source)}: ${escapeMarkdown(f.check)}: ${escapeMarkdown(f.message)}`,
        );
        const section = details(`${ICON.ok} Resolved since the baseline (${items.length})`, items);
        if (size + section.length <= MAX_CHARS) out += push(section);
        else omitted += 1;
      }
      if (head.exceptions.length > 0) {
        const items = head.exceptions.map(
          (p) => `- ${escapeMarkdown(p.where)}: ${escapeMarkdown(p.message)}`,
        );
        const section = [`### Exceptions that need a look (${items.length})`, '', ...items, ''].join('\n');
        if (size + section.length <= MAX_CHARS) {
          size += section.length;
          out += push(section);
        } else omitted += 1;
      }
      if (omitted > 0) {
        out += push(
          `_${plural(omitted, 'more section')} left out to fit a comment; see the HTML or JSON report._\n`,
        );
      }
      return `${out}${held.trimEnd()}\n`;
    },
  };
}

/** The Markdown report as chunks. */
export const renderMarkdownChunks = chunksOf(startMarkdown);

/** The Markdown report as one string. */
export const renderMarkdown = wholeOf(startMarkdown);

function renderArticle(article: ArticleReport): string | null {
  const all: Finding[] = article.results.flatMap((result) =>
    result.verdicts.filter((v) => v.severity !== 'ok').map((verdict) => ({ result, verdict })),
  );
  if (all.length === 0 && article.errors.length === 0) return null;
  const findings = all.filter((f) => f.verdict.suppressed === undefined);
  const suppressed = all.filter((f) => f.verdict.suppressed !== undefined).map(renderSuppressed);
  const lines = [`### ${escapeMarkdown(article.source)}`, ''];
  for (const problem of article.errors) {
    const at = problem.line === undefined ? '' : ` (line ${problem.line})`;
    lines.push(`- 🚫 could not read${at}: ${escapeMarkdown(problem.message)}`);
  }
  const main = findings
    .filter((f) => f.verdict.severity === 'error' || f.verdict.severity === 'warning')
    .sort((a, b) => SEVERITY_RANK[b.verdict.severity] - SEVERITY_RANK[a.verdict.severity]);
  lines.push(...main.map(renderFinding));
  const notices = findings.filter((f) => f.verdict.severity === 'notice').map(renderFinding);
  const unverifiable = findings.filter((f) => f.verdict.severity === 'unverifiable').map(renderFinding);
  lines.push('');
  if (notices.length > 0) lines.push(details(`${ICON.notice} ${plural(notices.length, 'notice')}`, notices));
  if (unverifiable.length > 0) {
    lines.push(
      details(
        `${ICON.unverifiable} ${plural(unverifiable.length, 'citation check')} could not run`,
        unverifiable,
      ),
    );
  }
  if (suppressed.length > 0) {
    lines.push(details(`${SUPPRESSED} ${plural(suppressed.length, 'suppressed finding')}`, suppressed));
  }
  return `${lines.join('\n')}\n`;
}

function renderFinding({ result, verdict }: Finding): string {
  const { line, column } = result.citation.location;
  const tag = verdict.baseline === 'new' ? ' 🆕 **new**' : verdict.baseline === 'known' ? ' (known)' : '';
  const links = [link('live post', result.liveUrl), link('archived copy', result.archiveUrl)].filter(
    (l) => l !== null,
  );
  const fetchedAt = evidenceFetchedAt(result);
  if (fetchedAt !== null) links.push(`evidence fetched ${escapeMarkdown(fetchedAt)}`);
  const suffix = links.length === 0 ? '' : ` · ${links.join(' · ')}`;
  return `- ${ICON[verdict.severity]} **${verdict.severity}**${tag} ${escapeMarkdown(verdict.check)}: ${escapeMarkdown(citationLabel(result))} (line ${line}:${column}): ${escapeMarkdown(verdict.message)}${suffix}`;
}

/** A suppressed finding: what was found, then the exception that covers it and where it lives. */
function renderSuppressed(finding: Finding): string {
  const { suppressed } = finding.verdict;
  const by =
    suppressed === undefined
      ? ''
      : ` — suppressed by ${escapeMarkdown(suppressed.where)}: ${escapeMarkdown(suppressed.reason)}`;
  return `${renderFinding(finding).replace(/^- \S+/, `- ${SUPPRESSED}`)}${by}`;
}

function link(label: string, url: string | null): string | null {
  const href = safeHttpUrl(url);
  return href === null ? null : `[${label}](${markdownUrl(href)})`;
}

function details(summary: string, items: readonly string[]): string {
  return `<details><summary>${summary}</summary>\n\n${items.join('\n')}\n\n</details>\n`;
}
