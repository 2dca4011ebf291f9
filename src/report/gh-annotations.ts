import type { FieldVerdict } from '../result.js';
import type { ArticleReport, RunReport } from '../run-report.js';
import { citationLabel } from './citation-label.js';
import { showControlsButLineBreaks } from './control-chars.js';

type Command = 'error' | 'warning' | 'notice';

const COMMAND_FOR: Partial<Record<FieldVerdict['severity'], Command>> = {
  error: 'error',
  warning: 'warning',
  notice: 'notice',
};

/**
 * GitHub workflow commands (`::error file=…,line=…,col=…,title=…::message`), one per finding, one per line.
 * ok and unverifiable verdicts are left out (the Markdown summary counts them); with a baseline only new
 * findings are annotated. Source errors become warnings at their position.
 */
export function renderGithubAnnotations(report: RunReport): string {
  return report.articles.map(renderArticleAnnotations).join('');
}

/** renderGithubAnnotations for one article: its lines, each ending in a newline. */
export function renderArticleAnnotations(article: ArticleReport): string {
  const lines: string[] = [];
  for (const problem of article.errors) {
    lines.push(
      // A source problem fails the run like an error does (see exitCodeFor), so it is annotated as one.
      command(
        'error',
        {
          file: article.source,
          ...(problem.line === undefined ? {} : { line: String(problem.line) }),
          ...(problem.column === undefined ? {} : { col: String(problem.column) }),
          title: 'citecheck: source problem',
        },
        problem.message,
      ),
    );
  }
  for (const result of article.results) {
    for (const verdict of result.verdicts) {
      const name = COMMAND_FOR[verdict.severity];
      // A reviewed exception covers it: the reports list it; an annotation would flag it again.
      if (name === undefined || verdict.baseline === 'known' || verdict.suppressed !== undefined) continue;
      const { line, column } = result.citation.location;
      lines.push(
        command(
          name,
          {
            file: article.source,
            line: String(line),
            col: String(column),
            title: `citecheck ${verdict.check}`,
          },
          `${citationLabel(result)}: ${verdict.message}`,
        ),
      );
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

function command(name: Command, properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

/**
 * Workflow-command data escaping (actions/toolkit `escapeData`), after showing every other control character
 * as its escape: the log that carries the command would act on ESC and BEL sequences.
 */
export function escapeData(value: string): string {
  return showControlsButLineBreaks(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property escaping (actions/toolkit `escapeProperty`): data escaping plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
