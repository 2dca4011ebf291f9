import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceFileAtomically } from '../../atomic-write.js';
import { formatFromName } from '../../extract/index.js';
import { applyEdits, contentHash, planEdits, renderUnifiedDiff, StaleEditError } from '../../fix/index.js';
import { decodeText } from '../../inputs/decode-file-bytes.js';
import { verify } from '../../pipeline/verify-run.js';
import type { ArticleReport, RunReport } from '../../run-report.js';
import { loadConfig } from '../config-file.js';
import { ExitCode, OutputError } from '../exit-code.js';
import { FIX_OPTIONS, type FixSettings } from '../options.js';
import { readReportFile } from '../read-report-file.js';
import { resolveOptions } from '../resolve-options.js';
import { readVersion } from '../version.js';
import { buildFetcherOptions } from './verify.js';

/**
 * `citecheck fix`: the edits that answer the findings, as a unified diff on stdout or written in place.
 * Only files whose text still hashes to what was checked are touched. Exit 1 when a file was refused.
 */
export async function runFix(
  specs: string[],
  flags: Record<string, unknown>,
  configPath: string | undefined,
): Promise<number> {
  const cwd = process.cwd();
  const config = await loadConfig(configPath, cwd);
  const options = resolveOptions(FIX_OPTIONS, { flags, config, env: process.env });
  const report =
    options.report === undefined
      ? await freshReport(specs, options, cwd)
      : await readReportFile(options.report, `--report ${options.report}`);
  const wanted =
    options.report === undefined ? undefined : new Set(specs.map((spec) => path.resolve(cwd, spec)));
  let refused = 0;
  for (const article of report.articles) {
    const file = path.resolve(cwd, article.source);
    if (wanted !== undefined && !isWanted(file, wanted)) continue;
    const outcome = await fixArticle(article, file, cwd, options.write);
    if (outcome === 'refused') refused++;
  }
  return refused > 0 ? ExitCode.findings : ExitCode.ok;
}

/** A report's article is wanted when its file is an input or lies inside an input folder. */
function isWanted(file: string, wanted: Set<string>): boolean {
  for (const spec of wanted) if (file === spec || file.startsWith(`${spec}${path.sep}`)) return true;
  return false;
}

async function fixArticle(
  article: ArticleReport,
  file: string,
  cwd: string,
  write: boolean,
): Promise<'done' | 'refused'> {
  const shown = path.relative(cwd, file) || article.source;
  const refuse = (reason: string) => {
    console.error(`citecheck fix: ${shown}: ${reason}; left unchanged`);
    return 'refused' as const;
  };
  if (article.source === '-' || /^https?:\/\//i.test(article.source)) return refuse('not a local file');
  const format = formatFromName(article.source);
  if (format === undefined)
    return refuse('unknown format (no known extension): cannot tell how to write a link');
  if (article.contentHash === undefined)
    return refuse('the report records no content hash; run verify again');
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return refuse(`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(decoded.message);
  if (contentHash(decoded.text) !== article.contentHash) return refuse('changed since it was checked');
  const plan = planEdits({ text: decoded.text, format, results: article.results });
  for (const refusal of plan.refusals) {
    const line = article.results[refusal.resultIndex]?.citation.location.line ?? refusal.line;
    console.error(`${shown}:${line}: no ${refusal.fix} edit (${refusal.check}): ${refusal.reason}`);
  }
  if (plan.edits.length === 0) return 'done';
  let fixed: string;
  try {
    fixed = applyEdits(decoded.text, plan.edits);
  } catch (error) {
    if (error instanceof StaleEditError) return refuse(error.message);
    throw error;
  }
  if (!write) {
    process.stdout.write(renderUnifiedDiff(path.relative(cwd, file) || file, decoded.text, fixed));
    return 'done';
  }
  // Written back as UTF-8, with the BOM it had: a file in another encoding is shown as a diff only.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
  if (!Buffer.from(bom + decoded.text, 'utf8').equals(bytes))
    return refuse('not UTF-8: --write would re-encode it');
  try {
    await replaceFileAtomically(file, bom + fixed);
  } catch (error) {
    throw new OutputError(`cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  console.error(
    `citecheck fix: ${shown}: ${plan.edits.length} edit${plan.edits.length === 1 ? '' : 's'} written`,
  );
  return 'done';
}

/** A verify run without reports: what `fix` plans from when no --report is given. */
async function freshReport(specs: string[], options: FixSettings, cwd: string): Promise<RunReport> {
  return verify(specs, {
    cwd,
    stdin: process.stdin,
    archive: options.archive,
    version: readVersion(),
    fetcherOptions: buildFetcherOptions(options, cwd),
  });
}
