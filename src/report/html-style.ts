/** The report's only stylesheet, inlined and allowed by its hash in the CSP (no `unsafe-inline`). */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4d55; --line: #d5d7de; --panel: #f6f7f9; --link: #0b57d0;
  --error-fg: #a1120a; --error-bg: #fdecea; --warning-fg: #7a4500; --warning-bg: #fff1d6;
  --notice-fg: #0a4bb0; --notice-bg: #e6efff; --ok-fg: #0f5a25; --ok-bg: #e3f3e7;
  --unverifiable-fg: #4a4d55; --unverifiable-bg: #eceef1;
  --del-bg: #ffe1de; --del-fg: #7c0d06; --ins-bg: #d9f5df; --ins-fg: #0c4a1e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15171c; --fg: #e8e9ed; --muted: #b2b6c0; --line: #3a3e48; --panel: #1e2128; --link: #8ab4ff;
    --error-fg: #ffb4ab; --error-bg: #47120e; --warning-fg: #ffd08a; --warning-bg: #3d2a00;
    --notice-fg: #a8c7ff; --notice-bg: #0f2a55; --ok-fg: #9fe0ae; --ok-bg: #113820;
    --unverifiable-fg: #c9ccd3; --unverifiable-bg: #2b2e36;
    --del-bg: #5a1a14; --del-fg: #ffdad5; --ins-bg: #124a25; --ins-fg: #c9f5d4;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--link); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; overflow-wrap: anywhere; }
code.check-id { white-space: nowrap; overflow-wrap: normal; }
.skip { position: absolute; left: -999px; top: 0; background: var(--panel); padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.page-head, main, .page-foot { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
.page-head { padding-top: 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 0; overflow-wrap: anywhere; }
h4 { font-size: 1rem; margin: 0; overflow-wrap: anywhere; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; color: var(--muted); }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.cards-summary { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0 0 1rem; padding: 0; list-style: none; }
.cards-summary li { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 0.9rem; min-width: 8rem; }
.cards-summary .n { display: block; font-size: 1.5rem; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
.breakdown { display: grid; align-items: start; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1rem; }
.filters { position: sticky; top: 0; z-index: 1; background: var(--bg); border-bottom: 1px solid var(--line); padding: 0.6rem 0; display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: center; }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem 0.9rem; align-items: center; }
.filters legend { float: left; font-weight: 600; margin-right: 0.5rem; }
.filters label { cursor: pointer; }
.filters input[type="search"] { font: inherit; padding: 0.3rem 0.5rem; min-width: 16rem; color: var(--fg); background: var(--panel); border: 1px solid var(--muted); border-radius: 6px; }
.filter-status { color: var(--muted); }
.badge { display: inline-block; border-radius: 999px; padding: 0 0.55rem; font-size: 0.8rem; font-weight: 700; letter-spacing: 0.02em; text-transform: uppercase; border: 1px solid currentColor; white-space: nowrap; }
.sev-error { color: var(--error-fg); background: var(--error-bg); }
.sev-warning { color: var(--warning-fg); background: var(--warning-bg); }
.sev-notice { color: var(--notice-fg); background: var(--notice-bg); }
.sev-ok { color: var(--ok-fg); background: var(--ok-bg); }
.sev-unverifiable { color: var(--unverifiable-fg); background: var(--unverifiable-bg); }
.new { color: var(--error-fg); font-weight: 700; }
.suppressed { font-weight: 700; }
.verdicts li.is-suppressed { opacity: 0.8; }
.article { margin: 1.5rem 0; }
.article-head { display: flex; gap: 0.75rem; align-items: baseline; flex-wrap: wrap; margin-bottom: 0.5rem; }
.source-errors { color: var(--error-fg); }
.card { border: 1px solid var(--line); border-left-width: 6px; border-radius: 8px; padding: 0.75rem 1rem; margin: 0.75rem 0; background: var(--bg); }
.card[data-severity="error"] { border-left-color: var(--error-fg); }
.card[data-severity="warning"] { border-left-color: var(--warning-fg); }
.card[data-severity="notice"] { border-left-color: var(--notice-fg); }
.card[data-severity="ok"] { border-left-color: var(--ok-fg); }
.card[data-severity="unverifiable"] { border-left-color: var(--unverifiable-fg); }
.card-ok { display: flex; gap: 0 0.75rem; align-items: baseline; padding: 0.2rem 0.75rem; margin: 0.2rem 0; border-left-width: 4px; }
.card-ok[hidden] { display: none; }
.card-ok h4 { margin: 0; font-size: inherit; white-space: nowrap; }
.card-ok .ok-text { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.card-ok .where, .card-ok .fetched { white-space: nowrap; color: var(--muted); }
/* At archive size only what is on screen is laid out and painted */
.article { content-visibility: auto; contain-intrinsic-size: auto 800px; }
.card { content-visibility: auto; contain-intrinsic-size: auto 300px; }
.card-ok { contain-intrinsic-size: auto 2rem; }
.card-head { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; }
.where, .links { margin: 0.25rem 0; color: var(--muted); width: 100%; }
.verdicts { list-style: none; padding: 0; margin: 0.5rem 0; }
.verdicts li { margin: 0.2rem 0; }
.verdicts .check { color: var(--muted); }
.compare th[scope="row"] { width: 7rem; color: var(--muted); }
.compare td { width: 45%; white-space: pre-wrap; }
.diff, .suggested { background: var(--panel); border-radius: 6px; padding: 0.5rem 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.diff p, .suggested p { margin: 0; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; text-decoration-thickness: 2px; }
del + ins, ins + del { margin-left: 0.2em; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; text-decoration-thickness: 2px; }
.legend { color: var(--muted); }
details { margin: 0.4rem 0; }
summary { cursor: pointer; font-weight: 600; }
details dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.4rem 0; }
details dd { margin: 0; overflow-wrap: anywhere; }
.chain { margin: 0.25rem 0; padding-left: 1.25rem; }
.empty { color: var(--muted); font-style: italic; }
.page-foot { color: var(--muted); padding-bottom: 2rem; }
@media print {
  .filters, .skip { display: none; }
  .card[hidden], .article[hidden] { display: block; }
  .card { break-inside: avoid; }
  body { font-size: 11pt; }
  a { color: inherit; }
}
`;
