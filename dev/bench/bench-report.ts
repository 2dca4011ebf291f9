import type { ReportAccuracy } from './judge-report.js';
import type { ExtractionFigure } from './measure-extraction.js';
import type { FleetFigure } from './measure-fleet.js';
import type { FreshnessFigure } from './measure-freshness.js';
import type { HtmlReportFigure } from './measure-html-report.js';
import type { PeerFigure } from './measure-peers.js';
import type { RssFigure } from './measure-rss.js';
import type { StartupFigure } from './measure-startup.js';

/** Figures 1–3: what the cold and warm pipeline runs cost. */
export interface PipelineFigures {
  requests: {
    sent: number;
    minimum: number;
    ratio: number | null;
    minimumLookups: number;
    minimumShortLinks: number;
    /** Distinct cited posts X no longer serves: each costs confirmation (oEmbed) and archive requests by design. */
    unavailablePosts: number;
    sentByEndpoint: Record<string, number>;
  };
  rateFloor: {
    wallMs: number;
    networkSpanMs: number;
    floorMs: number;
    ratio: number | null;
    violations: number;
    rateLimited: number;
    rates: Record<string, number>;
    fakeLimitPerSecond: number;
    latencyMs: [number, number];
  };
  warm: { sent: number; wallMs: number; ratioToCold: number | null };
  accuracy: ReportAccuracy;
}

/** A figure that could not be measured, and why. */
export interface FigureError {
  figure: string;
  message: string;
}

/** What `npm run bench` writes to reports/bench.json. */
export interface BenchReport {
  schemaVersion: 1;
  generatedAt: string;
  machine: { node: string; platform: string; cpus: number };
  options: { articles: number; rssArticles: number; quick: boolean; skipPeers: boolean; seed: number };
  corpus: { articles: number; bytes: number; citations: number; distinctPosts: number; shortLinks: number };
  pipeline: PipelineFigures | null;
  extraction: ExtractionFigure | null;
  rss: RssFigure | null;
  peers: PeerFigure | null;
  startup: StartupFigure | null;
  /** 7: lookups per night for a large archive, freshness policy vs a 24-hour TTL (simulated). */
  freshness?: FreshnessFigure | null;
  /** 8: four processes sharing one Redis. */
  fleet?: FleetFigure | null;
  /** 9: the HTML report opened and searched in Chromium. */
  htmlReport?: HtmlReportFigure | null;
  errors: FigureError[];
  totalMs: number;
}

const x = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(2)}×`);
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mb = (value: number | null): string => (value === null ? 'n/a' : `${value.toFixed(0)} MB`);

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, index) => cell.padEnd(widths[index] ?? 0))
    .join('  ')
    .trimEnd();
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, index) =>
    Math.max(cell.length, ...rows.map((r) => (r[index] ?? '').length)),
  );
  return [
    row(header, widths),
    row(
      widths.map((w) => '-'.repeat(w)),
      widths,
    ),
    ...rows.map((r) => row(r, widths)),
  ];
}

/** The short table `npm run bench` prints: each figure next to its bound or peer, as a ratio. */
export function formatBenchTable(report: BenchReport): string {
  const { corpus, pipeline: p, extraction: e, rss: r, startup: st, peers } = report;
  const lines = [
    `citecheck bench: ${corpus.articles} articles (${(corpus.bytes / 1e6).toFixed(1)} MB), ${corpus.citations} citations of ${corpus.distinctPosts} posts, ${corpus.shortLinks} short links; Node ${report.machine.node}, ${report.machine.cpus} CPUs`,
    '',
  ];
  const rows: string[][] = [];
  if (p) {
    rows.push([
      '1 requests, cold cache',
      `${p.requests.sent} sent`,
      `${p.requests.minimum} minimum`,
      x(p.requests.ratio),
      '= 1.00×',
    ]);
    const beyond = Object.entries(p.requests.sentByEndpoint)
      .map(([endpoint, count]): [string, number] => [
        endpoint,
        count -
          (endpoint === 'tweet-result'
            ? p.requests.minimumLookups
            : endpoint === 't.co'
              ? p.requests.minimumShortLinks
              : 0),
      ])
      .filter(([, extra]) => extra !== 0)
      .map(([endpoint, extra]) => `${endpoint} ${extra > 0 ? '+' : ''}${extra}`);
    if (beyond.length > 0) {
      rows.push([
        '  beyond the minimum',
        beyond.join(', '),
        `${p.requests.unavailablePosts} cited posts gone`,
        '',
        '',
      ]);
    }
    rows.push([
      '2 wall time, cold',
      s(p.rateFloor.wallMs),
      `${s(p.rateFloor.floorMs)} rate floor`,
      x(p.rateFloor.ratio),
      '≤ 1.15×',
    ]);
    rows.push([
      '  sent while told to wait',
      String(p.rateFloor.violations),
      '429s received',
      String(p.rateFloor.rateLimited),
      '0',
    ]);
    rows.push([
      '3 warm re-run',
      `${p.warm.sent} sent, ${s(p.warm.wallMs)}`,
      `cold ${s(p.rateFloor.wallMs)}`,
      x(p.warm.ratioToCold),
      '0 sent',
    ]);
  }
  if (e) {
    rows.push([
      '4 extraction',
      `${e.extractMBps.toFixed(1)} MB/s, ${e.extractPagesPerSecond.toFixed(0)} pages/s`,
      `cheerio.load ${e.cheerioMBps.toFixed(1)} MB/s`,
      x(e.timeRatio),
      '≤ 1.50× time',
    ]);
  }
  if (r) {
    rows.push([
      `  peak RSS, extract`,
      `${mb(r.large.extractMaxRssMb)} at ${r.large.articles}`,
      `${mb(r.small.extractMaxRssMb)} at ${r.small.articles}`,
      x(r.extractGrowth),
      'flat',
    ]);
    rows.push([
      `  peak RSS, verify --offline`,
      `${mb(r.large.verifyMaxRssMb)} at ${r.large.articles}`,
      `${mb(r.small.verifyMaxRssMb)} at ${r.small.articles}`,
      x(r.verifyGrowth),
      'flat',
    ]);
  }
  if (st) {
    rows.push([
      '6 start-up --version',
      `${st.cliMs.toFixed(0)} ms`,
      `node -e 0 ${st.nodeMs.toFixed(0)} ms`,
      x(st.ratio),
      '',
    ]);
  }
  rows.push(...scaleRows(report));
  lines.push(...table(['figure', 'measured', 'bound / peer', 'ratio', 'goal'], rows));
  lines.push('');
  if (peers?.status === 'skipped') lines.push(`5 peers: skipped (${peers.reason})`);
  if (peers?.status === 'ran' || p) {
    const peerRows: string[][] = [];
    if (p) {
      const a = p.accuracy;
      peerRows.push([
        'citecheck',
        String(p.requests.sent),
        String(p.rateFloor.rateLimited),
        String(p.rateFloor.violations),
        `${a.identified}/${a.placed} citations`,
        String(a.falseAlarms),
        String(a.missed),
        `${a.changedFlagged}/${a.changedCited}`,
        s(p.rateFloor.wallMs),
      ]);
    }
    for (const peer of peers?.status === 'ran' ? peers.results : []) {
      peerRows.push([
        `${peer.tool}${peer.outcome === 'ran' ? '' : ` (${peer.outcome})`}`,
        String(peer.requests),
        String(peer.rateLimited),
        String(peer.violations),
        `${peer.xLinksChecked}/${peer.xLinks} X links`,
        String(peer.wronglyBroken),
        String(peer.wronglyFine),
        `0/${peer.changedLinks}`,
        s(peer.wallMs),
      ]);
    }
    const versions =
      peers?.status === 'ran'
        ? ` (${Object.entries(peers.versions)
            .map(([tool, version]) => `${tool} ${version}`)
            .join(', ')})`
        : '';
    lines.push(
      `5 same corpus, same fake X${versions}; citecheck per citation, link checkers per distinct X link`,
    );
    lines.push(
      ...table(
        [
          'tool',
          'requests',
          '429s',
          'sent while told to wait',
          'checked',
          'wrongly broken',
          'wrongly fine',
          'changed flagged',
          'wall',
        ],
        peerRows,
      ),
    );
  }
  for (const error of report.errors) lines.push(`! ${error.figure}: ${error.message}`);
  lines.push('', `total ${s(report.totalMs)}`);
  return lines.join('\n');
}

/** Figures 7–9: nightly sweeps of an archive, the fleet, the report at archive size. */
function scaleRows(report: BenchReport): string[][] {
  const rows: string[][] = [];
  const f = report.freshness;
  if (f) {
    rows.push([
      `7 lookups/night, ${f.archive.toLocaleString('en')}`,
      `${Math.round(f.policyPerNight).toLocaleString('en')} (policy)`,
      `${f.ttlPerNight.toLocaleString('en')} (24 h TTL)`,
      x(f.ratio),
      '',
    ]);
    rows.push(['  longest unchecked', `${f.longestGapDays.toFixed(1)} days`, 'a week', '', '≤ 7 days']);
  }
  const fl = report.fleet;
  if (fl?.status === 'skipped') rows.push(['8 fleet', `skipped (${fl.reason})`, '', '', '']);
  if (fl?.status === 'ran') {
    rows.push([
      `8 fleet of ${fl.processes}, requests`,
      `${fl.sent} sent`,
      `${fl.distinctUrls} distinct URLs`,
      x(fl.sent / fl.distinctUrls),
      '= 1.00×',
    ]);
    rows.push([
      '  fleet wall time',
      s(fl.wallMs),
      `${s(fl.floorMs)} rate floor`,
      x(fl.wallMs / fl.floorMs),
      '',
    ]);
    rows.push([
      '  fleet 429s, sent while told to wait',
      `${fl.rateLimited}, ${fl.violations}`,
      '',
      '',
      '0, 0',
    ]);
  }
  const h = report.htmlReport;
  if (h?.status === 'skipped') rows.push(['9 HTML report', `skipped (${h.reason})`, '', '', '']);
  for (const point of h?.status === 'ran' ? h.points : []) {
    const size = point.citations.toLocaleString('en');
    rows.push([
      `9 HTML open, ${size}`,
      `${s(point.openMs)} (${(point.bytes / 1e6).toFixed(1)} MB)`,
      '2.0 s goal',
      x(point.openMs / 2000),
      '≤ 2 s',
    ]);
    rows.push([
      `  search keystroke, ${size}`,
      `${point.searchMs.toFixed(0)} ms`,
      '100 ms goal',
      x(point.searchMs / 100),
      '≤ 100 ms',
    ]);
  }
  return rows;
}
