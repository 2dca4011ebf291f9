import type { ArticleReport } from '../run-report.js';

/** `scheme://user:password@` in a URL: the credentials go, the host stays. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;
/** Query parameters that carry secrets by name (`?token=…`, `&api_key=…`). */
const SECRET_PARAM =
  /([?&](?:access_token|token|api_key|apikey|key|secret|client_secret|password|passwd|pwd|sig|signature|auth)=)[^&#\s]*/gi;

/** Text with every URL's credentials and secret-named query values replaced by `***`. */
export function redactSecrets(text: string): string {
  if (!text.includes('://')) return text;
  return text.replace(USERINFO, '$1***@').replace(SECRET_PARAM, '$1***');
}

/** A value with redactSecrets applied to every string in it (a report's options, inputs). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map(redactDeep) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item)])) as T;
  }
  return value;
}

/**
 * An article as a report may show it: the source named as typed (a URL input may carry a password or a
 * token) and its problems' messages, which quote it, without secrets. The citations are the article's
 * own public text and are left as they are.
 */
export function redactArticle(article: ArticleReport): ArticleReport {
  const source = redactSecrets(article.source);
  if (source === article.source && !article.errors.some((e) => e.message.includes('://'))) return article;
  return {
    ...article,
    source,
    errors: article.errors.map((e) => ({
      ...e,
      source: redactSecrets(e.source),
      message: redactSecrets(e.message),
    })),
  };
}
