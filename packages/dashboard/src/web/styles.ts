/** One small style sheet: readable at a glance, CJK fonts for Chinese names, colours only where they mean something. */
export const STYLES = `
:root { --fg: #1d2433; --muted: #5b6478; --line: #dde2ea; --bg: #f6f7fa; --card: #fff; --ok: #1f8a4c; --warn: #b7791f; --bad: #c53030; --accent: #2b6cb0; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--fg); background: var(--bg); }
header { display: flex; align-items: center; gap: 24px; padding: 10px 24px; background: #1d2433; color: #fff; }
header .brand { font-weight: 700; font-size: 16px; }
header nav a { color: #cbd5e1; margin-right: 16px; text-decoration: none; }
header nav a[aria-current="page"] { color: #fff; font-weight: 600; border-bottom: 2px solid #fff; }
main { padding: 16px 24px 40px; max-width: 1400px; }
h1 { font-size: 22px; margin: 4px 0 0; }
h2 { font-size: 17px; margin: 28px 0 8px; }
h3 { font-size: 14px; margin: 8px 0 6px; }
.subtitle { color: var(--muted); margin: 2px 0 16px; }
a { color: var(--accent); }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.tile .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.tile .value { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
.tile .note { color: var(--muted); font-size: 12px; }
.tile.bad .value { color: var(--bad); }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; }
table { border-collapse: collapse; background: var(--card); border: 1px solid var(--line); width: 100%; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #eef1f6; font-weight: 600; font-size: 12px; color: #39425a; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.zero { color: #b4bac6; }
.reason { color: var(--bad); word-break: break-word; }
td.source { word-break: break-all; font-size: 13px; }
td.when { white-space: nowrap; color: var(--muted); font-size: 12px; }
.status { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; font-weight: 600; color: #fff; background: #718096; }
.status-ok { background: var(--ok); } .status-partial { background: var(--warn); } .status-failed { background: var(--bad); } .status-needs_ocr { background: #6b46c1; }
.empty { color: var(--muted); font-style: italic; padding: 8px 0; }
.chart { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.chart svg { width: 100%; height: auto; display: block; }
.hint { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
.pager a, .pager span { margin-right: 12px; }
code { background: #eef1f6; padding: 0 4px; border-radius: 3px; }
`;
