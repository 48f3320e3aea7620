/**
 * Scores a pipeline run (budget_lines.jsonl, documents.jsonl, projects.jsonl) against the outsidegen truth files.
 *   tsx packages/outsidegen/src/score-run.ts [--truth /tmp/outside] [--out /tmp/outside-out] [--examples 3]
 *
 * - coded recall: share of truth coded amounts found with the same table, code, measure, amount_yuan (and the same
 *   over non-zero amounts only, since printed zeros — "0", "0.00", "-" — are a convention question);
 * - row precision: share of emitted rows (in the tables the truth has lines for) that match a truth row —
 *   coded rows by (table, code, measure, amount), uncoded rows by (table, measure, amount) because the `item`
 *   vocabulary of summary rows is not fixed by the contract; a strict figure with item / unit_code is printed too;
 * - headline / metadata: share of documents whose fields all agree, and per-field errors;
 * - misses grouped by cause.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Truth, TruthLine } from './model.ts';

const HEADLINE = ['income_total', 'expenditure_total', 'basic_total', 'project_total', 'personnel_total', 'public_funds_total', 'three_public_total', 'three_public_overseas', 'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception', 'staff_authorized', 'staff_actual'];
const METADATA = ['province', 'city', 'county', 'department', 'year', 'kind', 'printed_unit'];

export interface Emitted { doc_id: string; table: string; code: string | null; measure: string; amount_yuan: string; item?: string | null; unit_code?: string | null; name?: string; page?: number; printed?: string }
interface Row { doc_id: string; source: string; format?: string; status?: string; [k: string]: unknown }

const readJsonl = <T>(path: string): T[] => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T) : []);

export interface Bucket { codedExpected: number; codedFound: number; nonzeroExpected: number; nonzeroFound: number; emitted: number; emittedRight: number; emittedStrictRight: number; codedEmitted: number; codedEmittedRight: number; docs: number; headlineRight: number; metadataRight: number; projectsExpected: number; projectsFound: number; failedDocs: number }
const bucket = (): Bucket => ({ codedExpected: 0, codedFound: 0, nonzeroExpected: 0, nonzeroFound: 0, emitted: 0, emittedRight: 0, emittedStrictRight: 0, codedEmitted: 0, codedEmittedRight: 0, docs: 0, headlineRight: 0, metadataRight: 0, projectsExpected: 0, projectsFound: 0, failedDocs: 0 });

function multiset(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
function take(m: Map<string, number>, k: string): boolean {
  const n = m.get(k) ?? 0;
  if (!n) return false;
  m.set(k, n - 1);
  return true;
}
const nfkc = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const codedKey = (l: { table: string; code: string | null; measure: string; amount_yuan: string }) => `${l.table}|${l.code}|${l.measure}|${l.amount_yuan}`;
const looseKey = (l: { table: string; code: string | null; measure: string; amount_yuan: string }) => (l.code ? codedKey(l) : `${l.table}||${l.measure}|${l.amount_yuan}`);
const strictKey = (l: { table: string; code: string | null; item?: string | null; unit_code?: string | null; measure: string; amount_yuan: string }) => `${l.table}|${l.unit_code ?? ''}|${l.code ?? ''}|${l.code ? '' : l.item ?? ''}|${l.measure}|${l.amount_yuan}`;

export interface Miss { cause: string; label: string; line: TruthLine; got: string }

/** why one truth coded line was not found */
function cause(line: TruthLine, emitted: Emitted[]): { cause: string; got: string } {
  const inTable = emitted.filter((e) => e.table === line.table);
  const show = (es: Emitted[]) => es.slice(0, 3).map((e) => `${e.table}/${e.code ?? '-'}/${e.measure}=${e.amount_yuan}`).join('; ');
  if (inTable.length === 0) {
    const elsewhere = emitted.filter((e) => e.code === line.code && e.amount_yuan === line.amount_yuan);
    if (elsewhere.length) return { cause: 'table kind: amount emitted under another table kind', got: show(elsewhere) };
    return { cause: 'table not recognised (no rows of that kind)', got: `kinds emitted: ${[...new Set(emitted.map((e) => e.table))].join(',') || 'none'}` };
  }
  const sameCode = inTable.filter((e) => e.code === line.code);
  // a printed zero ('0.00', '0', '-') whose cell the pipeline did not emit: its own cause, since '-' is read as a zero by convention
  if (line.amount_yuan === '0.00' && sameCode.length > 0 && !sameCode.some((e) => e.measure === line.measure)) return { cause: 'zero cell not emitted (0 / 0.00 / -)', got: show(sameCode) };
  if (sameCode.length === 0) {
    const sameAmount = inTable.filter((e) => e.measure === line.measure && e.amount_yuan === line.amount_yuan);
    if (sameAmount.length) return { cause: 'code wrong (amount found under another code)', got: show(sameAmount) };
    const prefix = inTable.filter((e) => e.code && line.code && (line.code.startsWith(e.code) || e.code.startsWith(line.code)));
    if (prefix.length) return { cause: 'code truncated / mis-joined', got: show(prefix) };
    return { cause: 'row missing (code not emitted in that table)', got: '' };
  }
  const sameAmount = sameCode.filter((e) => e.amount_yuan === line.amount_yuan);
  if (sameAmount.length) return { cause: 'measure wrong (column mislabelled)', got: show(sameAmount) };
  const sameMeasure = sameCode.filter((e) => e.measure === line.measure);
  if (sameMeasure.length) return { cause: 'amount wrong', got: show(sameMeasure) };
  return { cause: 'cell missing (code present, this column not emitted)', got: show(sameCode) };
}

export interface Scored { total: Bucket; by: Map<string, Bucket>; misses: Miss[]; wrong: string[]; fieldErrors: string[]; projectMisses: string[] }
export const emptyScored = (): Scored => ({ total: bucket(), by: new Map(), misses: [], wrong: [], fieldErrors: [], projectMisses: [] });

/** what the pipeline produced for one document: its documents row, its budget lines and its projects */
export interface Produced {
  document: Record<string, unknown> & { status?: string };
  budget_lines: Emitted[];
  projects: Array<{ code?: string | null; name: string; amount_yuan: string | null }>;
}

/**
 * Scores one document against its truth and adds the counts to `acc` (buckets: total, format, "format style", "style X").
 * `file` is the source file name (A-0001.pdf): its extension gives the format and its first letter the style.
 * Shared by the score-run script and test/outside.test.ts.
 */
export function scoreDocument(acc: Scored, file: string, truth: Truth, produced: Produced): void {
  const stem = file.replace(/\.[a-z]+$/i, '');
  const format = (/\.([a-z]+)$/i.exec(file)?.[1] ?? 'docx').toLowerCase();
  const style = stem[0]!;
  const buckets = [acc.total, ...[`${format}`, `${format} ${style}`, `style ${style}`].map((k) => acc.by.get(k) ?? acc.by.set(k, bucket()).get(k)!)];
  const doc = produced.document;
  const emitted = produced.budget_lines;
  const add = (f: (b: Bucket) => void) => buckets.forEach(f);
  add((b) => { b.docs++; if (doc.status && doc.status !== 'ok') b.failedDocs++; });
  // coded recall
  const pool = multiset(emitted.filter((e) => e.code).map(codedKey));
  for (const line of truth.budget_lines.filter((l) => l.code)) {
    const nonzero = line.amount_yuan !== '0.00';
    add((b) => { b.codedExpected++; if (nonzero) b.nonzeroExpected++; });
    if (take(pool, codedKey(line))) add((b) => { b.codedFound++; if (nonzero) b.nonzeroFound++; });
    else acc.misses.push({ ...cause(line, emitted), label: file, line });
  }
  // row precision
  const tables = new Set(truth.budget_lines.map((l) => l.table));
  const loose = multiset(truth.budget_lines.map(looseKey));
  const strict = multiset(truth.budget_lines.map(strictKey));
  for (const e of emitted.filter((x) => tables.has(x.table))) {
    add((b) => b.emitted++);
    if (e.code) add((b) => b.codedEmitted++);
    if (take(strict, strictKey(e))) add((b) => b.emittedStrictRight++);
    if (take(loose, looseKey(e))) add((b) => { b.emittedRight++; if (e.code) b.codedEmittedRight++; });
    else acc.wrong.push(`${file}: unexpected ${e.table}/${e.code ?? '-'}/${e.item ?? ''}/${e.measure}=${e.amount_yuan} (p${e.page ?? '?'} "${e.name ?? ''}" printed ${e.printed ?? ''})`);
  }
  // headline / metadata
  const differs = (f: string) => truth.document[f] !== undefined && String(truth.document[f] ?? '') !== String(doc[f] ?? '');
  const he = HEADLINE.filter(differs), me = METADATA.filter(differs);
  if (!he.length) add((b) => b.headlineRight++);
  if (!me.length) add((b) => b.metadataRight++);
  for (const f of [...he, ...me]) acc.fieldErrors.push(`${file}: ${f} expected ${truth.document[f]} got ${doc[f] ?? null}`);
  // projects: by normalised name and amount
  const ppool = multiset(produced.projects.map((p) => `${nfkc(p.name)}|${p.amount_yuan ?? ''}`));
  for (const p of truth.projects) {
    add((b) => b.projectsExpected++);
    if (take(ppool, `${nfkc(p.name)}|${p.amount_yuan ?? ''}`)) add((b) => b.projectsFound++);
    else acc.projectMisses.push(`${file}: project ${p.name} ${p.amount_yuan}`);
  }
}

/** scores a pipeline run directory (documents.jsonl, budget_lines.jsonl, projects.jsonl) against the truth files of `truthDir` */
export function scoreRun(truthDir: string, outDir: string): Scored {
  const docs = readJsonl<Row>(join(outDir, 'documents.jsonl'));
  const lines = readJsonl<Emitted>(join(outDir, 'budget_lines.jsonl'));
  const projects = readJsonl<{ doc_id: string; code: string | null; name: string; amount_yuan: string | null }>(join(outDir, 'projects.jsonl'));
  const byDoc = new Map<string, Emitted[]>();
  for (const l of lines) (byDoc.get(l.doc_id) ?? byDoc.set(l.doc_id, []).get(l.doc_id)!).push(l);
  const acc = emptyScored();
  for (const doc of docs.sort((a, b) => a.source.localeCompare(b.source))) {
    const file = basename(doc.source);
    const truthPath = join(truthDir, `${file.replace(/\.[a-z]+$/i, '')}.truth.json`);
    if (!existsSync(truthPath)) continue;
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
    scoreDocument(acc, file, truth, { document: doc, budget_lines: byDoc.get(doc.doc_id) ?? [], projects: projects.filter((p) => p.doc_id === doc.doc_id) });
  }
  return acc;
}

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '100.0'}% (${a}/${b})`;

export function report(r: Scored, examples = 3): string {
  const out: string[] = [];
  const line = (name: string, b: Bucket) =>
    `${name.padEnd(10)} docs ${String(b.docs).padStart(2)}  coded recall ${pct(b.codedFound, b.codedExpected).padEnd(20)} (non-zero ${pct(b.nonzeroFound, b.nonzeroExpected).padEnd(20)}) row precision ${pct(b.emittedRight, b.emitted).padEnd(20)} (coded rows ${pct(b.codedEmittedRight, b.codedEmitted)}, strict ${pct(b.emittedStrictRight, b.emitted)})  headline ${pct(b.headlineRight, b.docs)}  metadata ${pct(b.metadataRight, b.docs)}  projects ${pct(b.projectsFound, b.projectsExpected)}${b.failedDocs ? `  not-ok ${b.failedDocs}` : ''}`;
  out.push(line('ALL', r.total));
  for (const k of [...r.by.keys()].sort()) out.push(line(k, r.by.get(k)!));
  out.push('', `misses by cause (${r.misses.length}):`);
  const groups = new Map<string, Miss[]>();
  for (const m of r.misses) (groups.get(m.cause) ?? groups.set(m.cause, []).get(m.cause)!).push(m);
  for (const [c, ms] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const byTable = multiset(ms.map((m) => `${m.label[0]}:${m.label.endsWith('.pdf') ? 'pdf' : 'docx'}:${m.line.table}`));
    out.push(`  ${c}: ${ms.length}  [${[...byTable].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k}×${n}`).join(' ')}]`);
    // examples spread over files
    const seen = new Set<string>();
    for (const m of ms) {
      if (seen.size >= examples) break;
      const k = `${m.label}|${m.line.table}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(`      ${m.label} ${m.line.table} ${m.line.code} ${m.line.measure}: expected ${m.line.amount_yuan}${m.got ? ` — got ${m.got}` : ''}`);
    }
  }
  out.push('', `emitted rows not in truth (${r.wrong.length}), first ${examples * 3}:`, ...r.wrong.slice(0, examples * 3).map((w) => `  ${w}`));
  out.push('', `headline / metadata field errors (${r.fieldErrors.length}):`, ...r.fieldErrors.slice(0, 40).map((w) => `  ${w}`));
  out.push('', `projects missed (${r.projectMisses.length}), first ${examples * 2}:`, ...r.projectMisses.slice(0, examples * 2).map((w) => `  ${w}`));
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { truth: { type: 'string', default: '/tmp/outside' }, out: { type: 'string', default: '/tmp/outside-out' }, examples: { type: 'string', default: '3' } } });
  console.log(report(scoreRun(values.truth!, values.out!), Number(values.examples)));
}
