import picomatch from 'picomatch';
import { worstSeverity } from '../compare/severity.js';
import type { FieldVerdict, Suppression, VerificationResult } from '../result.js';
import type { ArticleReport, ExceptionProblem } from '../run-report.js';
import type { IgnoreEntry } from './ignore-entry.js';
import { findInlineMarkers, targetLineOf } from './inline-markers.js';

/** Applies reviewed exceptions to a run's articles and, at the end, says which ones need a look. */
export interface ExceptionSet {
  /** A copy of the article with covered findings marked `suppressed`, severities recomputed without them. */
  apply(article: ArticleReport, text: string): ArticleReport;
  /** Expired and unused config entries, and inline markers that are broken or match nothing, sorted. */
  problems(): ExceptionProblem[];
}

export interface ExceptionSetOptions {
  /** The config file's `ignore` entries (validated), in file order. */
  entries: readonly IgnoreEntry[];
  /** The config file they come from, as named in reports. */
  configFile: string;
  /** Today as YYYY-MM-DD (UTC): an entry applies up to and including its `until` day. */
  today: string;
}

interface ActiveEntry {
  entry: IgnoreEntry;
  where: string;
  matchesPath: (source: string) => boolean;
  used: boolean;
}

type Covering = (result: VerificationResult, verdict: FieldVerdict) => Suppression | undefined;

/** Pure but for its own bookkeeping of which entries were used. */
export function createExceptionSet(options: ExceptionSetOptions): ExceptionSet {
  const problems: ExceptionProblem[] = [];
  const active: ActiveEntry[] = [];
  options.entries.forEach((entry, index) => {
    const where = `${options.configFile}: ignore[${index}]`;
    if (entry.until !== undefined && entry.until < options.today) {
      problems.push({
        kind: 'expired',
        where,
        message: `expired on ${entry.until}: no longer applies (${entry.reason})`,
      });
      return;
    }
    const glob = entry.path === undefined ? undefined : picomatch(entry.path, { dot: true });
    active.push({ entry, where, matchesPath: (source) => glob?.(source) ?? true, used: false });
  });

  const fromConfig = (source: string, result: VerificationResult, verdict: FieldVerdict) => {
    for (const candidate of active) {
      if (!entryMatches(candidate, source, result, verdict)) continue;
      candidate.used = true;
      return { kind: 'config' as const, reason: candidate.entry.reason, where: candidate.where };
    }
    return undefined;
  };

  return {
    apply(article, text) {
      const inline = inlineCovering(article, text, problems);
      const covering: Covering = (result, verdict) =>
        inline.cover(result, verdict) ?? fromConfig(article.source, result, verdict);
      const results = article.results.map((result) => suppressIn(result, covering));
      inline.reportUnused();
      return { ...article, results };
    },
    problems() {
      const unused = active
        .filter((candidate) => !candidate.used)
        .map(
          (candidate): ExceptionProblem => ({
            kind: 'unused',
            where: candidate.where,
            message: `matches no finding in this run (${candidate.entry.reason})`,
          }),
        );
      return [...problems, ...unused].sort((a, b) => compareWhere(a.where, b.where));
    },
  };

  function entryMatches(
    candidate: ActiveEntry,
    source: string,
    result: VerificationResult,
    verdict: FieldVerdict,
  ): boolean {
    const { entry } = candidate;
    if (entry.check !== undefined && entry.check !== verdict.check) return false;
    if (entry.status !== undefined && statusIdOf(result) !== entry.status) return false;
    if (
      entry.handle !== undefined &&
      (result.citation.handle ?? '').toLowerCase() !== entry.handle.replace(/^@/, '').toLowerCase()
    ) {
      return false;
    }
    return candidate.matchesPath(source);
  }
}

function suppressIn(result: VerificationResult, covering: Covering): VerificationResult {
  let changed = false;
  const verdicts = result.verdicts.map((verdict): FieldVerdict => {
    if (verdict.severity === 'ok') return verdict;
    const suppressed = covering(result, verdict);
    if (suppressed === undefined) return verdict;
    changed = true;
    return { ...verdict, suppressed };
  });
  if (!changed) return result;
  return {
    ...result,
    verdicts,
    severity: worstSeverity(verdicts.filter((verdict) => verdict.suppressed === undefined)),
  };
}

/** The cited status ID, or the one found for the citation. */
function statusIdOf(result: VerificationResult): string | null {
  return (
    result.citation.statusId ?? (result.resolution.status === 'found' ? result.resolution.statusId : null)
  );
}

/** The article's inline markers as a Covering, and the problems of those that are broken or unused. */
function inlineCovering(article: ArticleReport, text: string, problems: ExceptionProblem[]) {
  const markers = findInlineMarkers(text);
  if (markers.length === 0) return { cover: () => undefined, reportUnused: () => undefined };
  const citationLines = new Set(article.results.map((result) => result.citation.location.line));
  // A marker by a citation that could not be checked (offline miss, X down, no ID) cannot be judged unused:
  // its finding may simply not have been seen this run.
  const uncheckedLines = new Set(
    article.results
      .filter((result) => result.lookup === null || result.lookup.status === 'unverifiable')
      .map((result) => result.citation.location.line),
  );
  const live = markers.flatMap((marker) => {
    const where = `${article.source}:${marker.line}`;
    if (marker.unknownChecks.length > 0) {
      problems.push({
        kind: 'unknown-check',
        where,
        message: `citecheck-ignore names no known check: ${marker.unknownChecks.join(', ')}`,
      });
    }
    if (marker.checks.length === 0 && marker.unknownChecks.length === 0) {
      problems.push({
        kind: 'unknown-check',
        where,
        message: 'citecheck-ignore names no check id (write e.g. citecheck-ignore status-deleted: reason)',
      });
    }
    if (marker.reason === null) {
      problems.push({
        kind: 'no-reason',
        where,
        message: 'citecheck-ignore without a reason does not apply (write the reason after a colon)',
      });
      return [];
    }
    if (marker.checks.length === 0) return [];
    return [{ marker, where, target: targetLineOf(marker, text, citationLines), used: false }];
  });
  return {
    cover(result: VerificationResult, verdict: FieldVerdict): Suppression | undefined {
      for (const candidate of live) {
        if (candidate.target !== result.citation.location.line) continue;
        if (!candidate.marker.checks.includes(verdict.check as never)) continue;
        candidate.used = true;
        return { kind: 'inline', reason: candidate.marker.reason ?? '', where: candidate.where };
      }
      return undefined;
    },
    reportUnused() {
      for (const candidate of live) {
        if (candidate.used || uncheckedLines.has(candidate.target)) continue;
        problems.push({
          kind: 'unused',
          where: candidate.where,
          message: `citecheck-ignore ${candidate.marker.checks.join(', ')} matches no finding of the citation on line ${candidate.target}`,
        });
      }
    },
  };
}

/** Orders `file:line` and `config: ignore[N]` places by name, then by number. */
function compareWhere(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
