/**
 * Accuracy on real documents against hand-made ground truth (test/real-truth/, see its README):
 * runs the pipeline in-process on every PDF under ../shared/real that has a truth file and
 * reports, per document and overall, the share of printed coded amounts (plus the tables'
 * 合计 rows) that the pipeline emitted with the same table kind, code, measure and amount.
 *   pnpm score:real [--verbose]
 * Where ../shared/real is absent it says so and exits 0 (the PDFs are never committed).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Decimal } from 'decimal.js';
import { runExtraction } from '@budget/pipeline';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const realDir = resolve(root, '../shared/real');
const truthDir = join(root, 'test/real-truth');

interface TruthRow {
  table_title: string;
  table_kind: string;
  page: number;
  code: string;
  name: string;
  column: string;
  measure: string;
  printed: string;
  unit: string;
  amount: string; // 元, two decimals
}

interface Line {
  table: string;
  table_title: string;
  page: number | null;
  code: string | null;
  item: string | null;
  name: string;
  measure: string;
  amount_yuan: string;
  printed: string;
}

/** RFC 4180 fields of one CSV text (quoted fields may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const UNIT: Record<string, string> = { '元': '1', '万元': '10000', '千元': '1000' };

function toYuan(printed: string, unit: string): string {
  const factor = UNIT[unit];
  if (!factor) throw new Error(`unknown unit ${unit}`);
  return new Decimal(printed.replace(/[,，\s]/g, '')).times(factor).toFixed(2);
}

function readTruth(file: string): TruthRow[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const at = (name: string) => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name}`);
    return i;
  };
  const cols = ['table_title', 'table_kind', 'page', 'code', 'name', 'column', 'measure', 'printed', 'unit'].map(at);
  return rows.map((r) => {
    const [table_title, table_kind, page, code, name, column, measure, printed, unit] = cols.map((i) => (r[i] ?? '').trim());
    return {
      table_title: table_title!, table_kind: table_kind!, page: Number(page), code: code!, name: name!, column: column!,
      measure: measure!, printed: printed!, unit: unit!, amount: toYuan(printed!, unit!),
    };
  });
}

function walk(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, ext));
    else if (name.toLowerCase().endsWith(ext)) out.push(path);
  }
  return out;
}

/** A 合计 row of the truth (empty code) matches an uncoded line keyed as a total. */
function isTotalLine(line: Line): boolean {
  if (line.code) return false;
  if (line.item && /(^|\.)(total|合计|总计)$/.test(line.item)) return true;
  return !line.item && /^(合计|总计)$/.test(line.name.replace(/\s+/g, ''));
}

function sameKey(t: TruthRow, l: Line): boolean {
  if (l.table !== t.table_kind) return false;
  return t.code ? l.code === t.code : isTotalLine(l);
}

if (!existsSync(realDir)) {
  console.log(`score:real: ${relative(root, realDir)} is absent; nothing to score.`);
  process.exit(0);
}
if (!existsSync(truthDir)) {
  console.log(`score:real: ${relative(root, truthDir)} is absent; nothing to score.`);
  process.exit(0);
}

// Truth files are test/real-truth/<department folder>/<pdf name without .pdf>.csv.
const pdfs = new Map<string, string>();
for (const pdf of walk(realDir, '.pdf')) pdfs.set(`${basename(dirname(pdf))}/${basename(pdf).replace(/\.pdf$/i, '')}`, pdf);
const pairs: Array<{ key: string; truthFile: string; pdf: string }> = [];
for (const truthFile of walk(truthDir, '.csv')) {
  const key = `${basename(dirname(truthFile))}/${basename(truthFile, '.csv')}`;
  const pdf = pdfs.get(key);
  if (!pdf) console.log(`score:real: no PDF under ${relative(root, realDir)} for truth ${relative(root, truthFile)}; skipped`);
  else pairs.push({ key, truthFile, pdf });
}
if (pairs.length === 0) {
  console.log('score:real: no truth file has its PDF; nothing to score.');
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'score-real-'));
let summary;
try {
  summary = await runExtraction(pairs.map((p) => p.pdf), { out, toolVersion: 'score-real' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
const bySource = new Map(summary.records.map((r) => [r.document.source, r]));

let allTruth = 0;
let allRight = 0;
let allExtra = 0;
const extraText: string[] = [];
const report: string[] = [];
const missText: string[] = [];
const fmtShare = (right: number, n: number) => (n ? `${((100 * right) / n).toFixed(1)}%` : '-');

for (const { key, truthFile, pdf } of pairs) {
  const truth = readTruth(truthFile);
  const record = bySource.get(pdf);
  const lines: Line[] = (record?.budget_lines ?? []) as Line[];
  const pool = lines.map(() => true); // each emitted line can satisfy one truth amount
  let right = 0;
  const misses: string[] = [];
  for (const t of truth) {
    const i = lines.findIndex((l, j) => pool[j] && sameKey(t, l) && l.measure === t.measure && new Decimal(l.amount_yuan).eq(t.amount));
    if (i >= 0) { pool[i] = false; right++; continue; }
    const near = lines.filter((l) => sameKey(t, l));
    const emitted = near.length
      ? near.map((l) => `${l.measure}=${l.printed} (${l.amount_yuan}, p${l.page ?? '?'})`).join('; ')
      : lines.some((l) => l.table === t.table_kind) ? `nothing for this ${t.code ? 'code' : 'total row'} in ${t.table_kind}` : `no ${t.table_kind} table emitted`;
    let line = `  ${t.table_kind} p${t.page} ${t.code || '合计'} ${t.name} [${t.measure}] truth ${t.printed} ${t.unit} (${t.amount}) | emitted: ${emitted}`;
    if (values.verbose) {
      const onPage = [...new Set(lines.filter((l) => l.page === t.page).map((l) => `${l.table}:${l.table_title}`))];
      line += `\n      tables emitted on p${t.page}: ${onPage.join(', ') || 'none'}`;
    }
    misses.push(line);
  }
  // Emitted lines of the kinds the truth covers that no truth amount claimed: a hint of truth
  // omissions or of pipeline inventions (not counted in the share).
  const kinds = new Set(truth.map((t) => t.table_kind));
  const extra = lines.filter((l, j) => pool[j] && kinds.has(l.table) && (l.code || isTotalLine(l)));
  allExtra += extra.length;
  if (extra.length) {
    extraText.push(`${key}: ${extra.length} emitted, not in truth`,
      ...extra.map((l) => `  ${l.table} p${l.page ?? '?'} ${l.code || l.item || '合计'} ${l.name} [${l.measure}] ${l.printed} (${l.amount_yuan})`));
  }
  allTruth += truth.length;
  allRight += right;
  const status = record ? `${record.document.status}${record.document.error ? ` (${record.document.error})` : ''}` : 'not processed';
  report.push(`${key}: ${right}/${truth.length} right (${fmtShare(right, truth.length)}) — status ${status}, ${lines.length} lines emitted, ${extra.length} coded/total lines of the truth's tables not in truth`);
  if (misses.length) missText.push(`${key}: ${misses.length} missed`, ...misses);
}

console.log(`## real documents against test/real-truth (${pairs.length} documents)`);
for (const r of report) console.log(r);
console.log(`overall: ${allRight}/${allTruth} right (${fmtShare(allRight, allTruth)})`);
if (missText.length) {
  console.log('\n## misses (table kind, page, code, name, [measure], truth vs emitted for that table and code)');
  for (const m of missText) console.log(m);
}
if (extraText.length) {
  console.log(`\n## emitted coded or total lines in the truth's table kinds that no truth amount claimed (${allExtra}; not scored)`);
  for (const m of extraText) console.log(m);
}
