/** Every report format, each with the file it is written to under `--out` (the one home of this list). */
const FILE_NAMES = {
  html: 'citecheck.html',
  json: 'citecheck.json',
  junit: 'citecheck.junit.xml',
  md: 'citecheck.md',
  sarif: 'citecheck.sarif',
} as const;

/** A report format `--format` accepts. */
export type ReportFormat = keyof typeof FILE_NAMES;

export const REPORT_FILE_NAMES: Readonly<Record<ReportFormat, string>> = FILE_NAMES;

/** The formats, in the order above (a tuple for z.enum). */
export const REPORT_FORMATS = Object.keys(FILE_NAMES) as [ReportFormat, ...ReportFormat[]];
