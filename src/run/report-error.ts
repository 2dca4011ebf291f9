/** Why a report could not be read, merged or rendered. */
export type ReportErrorCode =
  | 'invalid-report'
  | 'schema-version-mismatch'
  | 'no-reports'
  | 'incomplete-shards';

/** A report that is not what the schema promises (a bug when we made it; a usage error when a user gave it). */
export class ReportError extends Error {
  override readonly name = 'ReportError' as const;
  readonly code: ReportErrorCode;

  constructor(code: ReportErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
