import type { ArticleReport } from '../run-report.js';
import type { SpnCredentials } from '../x/save-page-now.js';

/** The Save Page Now key pair from the environment, when both halves are set (never from flags: no secrets in argv). */
export function spnCredentials(env: NodeJS.ProcessEnv): { credentials?: SpnCredentials } {
  const accessKey = env.CITECHECK_SPN_ACCESS_KEY?.trim();
  const secret = env.CITECHECK_SPN_SECRET?.trim();
  return accessKey && secret ? { credentials: { accessKey, secret } } : {};
}

/** Counts what --save-archive did, for one line after the run's summary. */
export function createSaveTally() {
  const counts = { saved: 0, already: 0, notSaved: new Map<string, number>() };
  return {
    add(article: ArticleReport): void {
      for (const { savedCapture: saved } of article.results) {
        if (saved?.status === 'saved') counts.saved++;
        else if (saved?.status === 'already-archived') counts.already++;
        else if (saved?.status === 'not-saved') {
          counts.notSaved.set(saved.reason, (counts.notSaved.get(saved.reason) ?? 0) + 1);
        }
      }
    },
    summary(): string {
      const missed = [...counts.notSaved].map(([reason, n]) => `${n} ${reason}`).join(', ');
      return `  save-archive: ${counts.saved} new capture${counts.saved === 1 ? '' : 's'}, ${counts.already} already archived${missed === '' ? '' : `, not saved: ${missed}`}`;
    },
  };
}
