import type { RunReport } from '../../src/run-report.js';
import type { PoolPost } from './post-pool.js';

/** How citecheck's verdicts compare with the scenario's truth, per cited post occurrence. */
export interface ReportAccuracy {
  /** Results (citations) in the report, next to the citations the generator placed. */
  results: number;
  placed: number;
  /** Results whose post ID was found (cited, or via a photo link). */
  identified: number;
  /** Flagged (warning or error) although the post is unchanged and available. */
  falseAlarms: number;
  /** Passed (ok or notice) although the post is gone, or changed where the citation quotes its text. */
  missed: number;
  unverifiable: number;
  /** Citations of deleted posts, and of changed posts quoting their text, flagged out of those in the report. */
  deletedFlagged: number;
  deletedCited: number;
  changedFlagged: number;
  changedCited: number;
}

/** Scores a run report against the corpus' truth. */
export function judgeReport(report: RunReport, posts: readonly PoolPost[], placed: number): ReportAccuracy {
  const byId = new Map(posts.map((post) => [post.post.id, post]));
  const accuracy: ReportAccuracy = {
    results: 0,
    placed,
    identified: 0,
    falseAlarms: 0,
    missed: 0,
    unverifiable: 0,
    deletedFlagged: 0,
    deletedCited: 0,
    changedFlagged: 0,
    changedCited: 0,
  };
  for (const article of report.articles) {
    for (const result of article.results) {
      accuracy.results++;
      if (result.severity === 'unverifiable') accuracy.unverifiable++;
      if (result.resolution.status !== 'found') continue;
      const post = byId.get(result.resolution.statusId);
      if (post === undefined) continue;
      accuracy.identified++;
      if (result.severity === 'unverifiable') continue;
      const flagged = result.severity === 'warning' || result.severity === 'error';
      if (post.truth === 'available' && flagged) accuracy.falseAlarms++;
      // An ID-only citation (shortcode, amp, iframe, status link) quotes no text: a change is invisible to it.
      const textShown = (result.citation.text ?? '').trim() !== '';
      if (post.truth === 'changed' && !textShown) continue;
      if (post.truth !== 'available' && !flagged) accuracy.missed++;
      if (post.truth === 'deleted') {
        accuracy.deletedCited++;
        if (flagged) accuracy.deletedFlagged++;
      }
      if (post.truth === 'changed') {
        accuracy.changedCited++;
        if (flagged) accuracy.changedFlagged++;
      }
    }
  }
  return accuracy;
}
