import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FakeX } from '../fake-x/index.js';
import type { CorpusArticle } from './corpus.js';
import { createLinkJudge } from './link-truth.js';
import type { PeerProxy } from './peer-proxy.js';
import type { PoolPost } from './post-pool.js';
import { runChild } from './run-child.js';

export type PeerTool = 'linkinator' | 'markdown-link-check';

/** One peer's run over the corpus, through the loopback proxy to the same fake X. */
export interface PeerResult {
  tool: PeerTool;
  outcome: 'ran' | 'timed-out' | 'failed';
  detail: string;
  files: number;
  wallMs: number;
  /** Requests the tool sent (all answered on loopback), and how many reached the fake X. */
  requests: number;
  requestsToFake: number;
  rateLimited: number;
  /** Requests the fake received for a host while its Retry-After had not yet elapsed. */
  violations: number;
  /** Distinct X links (status and short links) in the files it was given, and how many it reported on. */
  xLinks: number;
  xLinksChecked: number;
  wronglyBroken: number;
  wronglyFine: number;
  /** Links to changed posts (all "fine" to a link checker), for contrast with citecheck's text checks. */
  changedLinks: number;
}

/** Figure 5: peers, or why they were skipped. */
export type PeerFigure =
  | { status: 'skipped'; reason: string }
  | { status: 'ran'; installMs: number; versions: Record<string, string>; results: PeerResult[] };

const URL_IN_TEXT = /https?:\/\/[^\s"'<>)\]`]+/g;

/** Installs the peers into a temp dir (never into the project); returns the folder or why not. */
export async function installPeers(
  timeoutMs: number,
): Promise<{ ok: true; prefix: string; ms: number } | { ok: false; reason: string }> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'citecheck-peers-'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const outcome = await runChild(
    npm,
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-audit',
      '--no-fund',
      'linkinator',
      'markdown-link-check',
    ],
    { timeoutMs },
  ).catch((error: unknown) => ({ kind: 'failed' as const, detail: (error as Error).message }));
  if (outcome.kind === 'failed') return { ok: false, reason: `npm could not start: ${outcome.detail}` };
  if (outcome.kind === 'timed-out')
    return { ok: false, reason: `npm install took over ${timeoutMs / 1000}s` };
  if (outcome.code !== 0) {
    const last = outcome.stderr.trim().split('\n').slice(-2).join(' ');
    return { ok: false, reason: `npm install exited ${outcome.code}: ${last}` };
  }
  return { ok: true, prefix, ms: outcome.wallMs };
}

/** Writes the corpus with every absolute URL rewritten into the proxy's loopback form. */
export async function writeLoopbackCorpus(
  articles: readonly CorpusArticle[],
  proxy: PeerProxy,
  dir: string,
): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await mkdir(path.join(dir, 'posts'), { recursive: true });
  for (const article of articles) {
    const text = article.text.replace(URL_IN_TEXT, (url) => proxy.rewrite(url));
    texts.set(article.file, text);
    await writeFile(path.join(dir, article.file), text);
  }
  return texts;
}

interface Verdict {
  url: string;
  broken: boolean;
}

function parseLinkinator(stdout: string): Verdict[] {
  const start = stdout.indexOf('{');
  if (start < 0) return [];
  const json = JSON.parse(stdout.slice(start)) as { links?: Array<{ url: string; state: string }> };
  return (json.links ?? [])
    .filter((link) => link.state !== 'SKIPPED')
    .map((link) => ({ url: link.url, broken: link.state === 'BROKEN' }));
}

function parseMarkdownLinkCheck(stdout: string): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const match of stdout.matchAll(/\[(✓|✖)\]\s+(\S+)/g)) {
    verdicts.push({ url: match[2] ?? '', broken: match[1] === '✖' });
  }
  return verdicts;
}

function toolCommand(tool: PeerTool, prefix: string, files: string[]): string[] {
  const entry = path.join(prefix, 'node_modules', '.bin', tool);
  // Each tool's own answer to 429s is switched on: a fair fight is their best configuration.
  return tool === 'linkinator'
    ? [entry, ...files, '--markdown', '--retry', '--format', 'json', '--timeout', '20000']
    : [entry, '--retry', ...files];
}

/**
 * Runs one peer over `files` (relative to `dir`), bounded by `timeoutMs`. Every URL it can see
 * (the files, redirect targets, page bodies) is in the proxy's loopback form, so it reaches nothing
 * else. (HTTP_PROXY is no help here: linkinator then sends its own local file server through it.)
 */
export async function runPeer(
  tool: PeerTool,
  context: { prefix: string; dir: string; files: string[]; texts: Map<string, string> },
  fake: FakeX,
  proxy: PeerProxy,
  posts: readonly PoolPost[],
  timeoutMs: number,
): Promise<PeerResult> {
  fake.reset();
  proxy.resetCounts();
  const outcome = await runChild(process.execPath, toolCommand(tool, context.prefix, context.files), {
    cwd: context.dir,
    timeoutMs,
  });
  const judge = createLinkJudge(posts);
  const xLinks = new Set<string>();
  let changedLinks = 0;
  for (const file of context.files) {
    for (const match of (context.texts.get(file) ?? '').matchAll(URL_IN_TEXT)) {
      const original = proxy.original(match[0]);
      const truth = judge(original);
      if (truth.kind === 'other' || xLinks.has(original)) continue;
      xLinks.add(original);
      if (truth.changed) changedLinks++;
    }
  }
  let verdicts: Verdict[] = [];
  let detail =
    outcome.kind === 'timed-out' ? `killed after ${timeoutMs / 1000}s` : `exit code ${outcome.code}`;
  try {
    verdicts =
      tool === 'linkinator' ? parseLinkinator(outcome.stdout) : parseMarkdownLinkCheck(outcome.stdout);
  } catch (error) {
    detail += `; output not readable: ${(error as Error).message}`;
  }
  const reported = new Map<string, boolean>();
  for (const verdict of verdicts) {
    const original = proxy.original(verdict.url);
    reported.set(original, (reported.get(original) ?? false) || verdict.broken);
  }
  let wronglyBroken = 0;
  let wronglyFine = 0;
  let checked = 0;
  for (const url of xLinks) {
    const broken = reported.get(url);
    const truth = judge(url);
    if (broken === undefined || truth.kind === 'other') continue;
    checked++;
    if (broken && !truth.broken) wronglyBroken++;
    if (!broken && truth.broken) wronglyFine++;
  }
  const counts = proxy.counts();
  const ran = outcome.kind === 'exited' && verdicts.length > 0;
  return {
    tool,
    outcome: outcome.kind === 'timed-out' ? 'timed-out' : ran ? 'ran' : 'failed',
    detail: ran || outcome.kind === 'timed-out' ? detail : `${detail}: ${outcome.stderr.trim().slice(-300)}`,
    files: context.files.length,
    wallMs: outcome.wallMs,
    requests: counts.requests,
    requestsToFake: counts.toFake,
    rateLimited: counts.rateLimited,
    violations: fake.traffic.violations.length,
    xLinks: xLinks.size,
    xLinksChecked: checked,
    wronglyBroken,
    wronglyFine,
    changedLinks,
  };
}
