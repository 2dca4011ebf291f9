/**
 * The `token` query parameter X's embed widget sends to tweet-result (reference §1.1).
 * The float arithmetic (and its precision loss above 2^53) is deliberate: it mirrors the widget.
 */
export function syndicationToken(statusId: string): string {
  return ((Number(statusId) / 1e15) * Math.PI).toString(36).replace(/(0+|\.)/g, '');
}
