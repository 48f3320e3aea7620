/**
 * Hand-made ground truth for real documents (test/real-truth/, see its README): reading the
 * truth files, pairing them with their PDFs under ../shared/real, and comparing a document's
 * emitted budget lines against its truth. Used by scripts/score-real.ts and test/real-truth.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Decimal } from 'decimal.js';
import { HEADLINE_KEYS, type BudgetLine, type HeadlineKey } from '@budget/model';

export interface TruthRow {
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

/** The fields of an emitted budget line that the comparison reads. */
export type Line = Pick<BudgetLine, 'table' | 'table_title' | 'page' | 'code' | 'item' | 'name' | 'measure' | 'amount_yuan' | 'printed'>;

export interface TruthPair {
  /** <department folder>/<file name without .pdf> */
  key: string;
  truthFile: string;
  pdf: string;
}

export interface TruthScore {
  right: number;
  total: number;
  /** Truth amounts no emitted line matched. */
  misses: TruthRow[];
  /** Emitted coded or total lines of the truth's table kinds that no truth amount claimed (not scored). */
  extra: Line[];
}

/** Where the real PDFs live (outside the repository) and where their truth files live. */
export const realDirOf = (root: string) => resolve(root, '../shared/real');
export const truthDirOf = (root: string) => join(root, 'test/real-truth');

/** RFC 4180 fields of one CSV text (quoted fields may hold commas and quotes). */
export function parseCsv(text: string): string[][] {
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

/** A printed amount in its unit as 元 with two decimals. */
export function toYuan(printed: string, unit: string): string {
  const factor = UNIT[unit];
  if (!factor) throw new Error(`unknown unit ${unit}`);
  return new Decimal(printed.replace(/[,，\s]/g, '')).times(factor).toFixed(2);
}

export function readTruth(file: string): TruthRow[] {
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

/**
 * Truth files paired with their PDFs: test/real-truth/<department folder>/<pdf name without .pdf>.csv
 * against <department folder>/<pdf name> anywhere under ../shared/real. [] where either folder is absent;
 * a truth file without its PDF is left out (reported through onMissing).
 */
export function truthPairs(root: string, onMissing?: (truthFile: string) => void): TruthPair[] {
  const realDir = realDirOf(root);
  const truthDir = truthDirOf(root);
  if (!existsSync(realDir) || !existsSync(truthDir)) return [];
  const pdfs = new Map<string, string>();
  for (const pdf of walk(realDir, '.pdf')) pdfs.set(`${basename(dirname(pdf))}/${basename(pdf).replace(/\.pdf$/i, '')}`, pdf);
  const pairs: TruthPair[] = [];
  for (const truthFile of walk(truthDir, '.csv')) {
    const key = `${basename(dirname(truthFile))}/${basename(truthFile, '.csv')}`;
    const pdf = pdfs.get(key);
    if (pdf) pairs.push({ key, truthFile, pdf });
    else onMissing?.(truthFile);
  }
  return pairs;
}

/** A 合计 row of the truth (empty code) matches an uncoded line keyed as a total. */
export function isTotalLine(line: Line): boolean {
  if (line.code) return false;
  if (line.item && /(^|\.)(total|合计|总计)$/.test(line.item)) return true;
  return !line.item && /^(合计|总计)$/.test(line.name.replace(/\s+/g, ''));
}

/** Same table kind and same code (or, for a 合计 row of the truth, a total line). */
export function sameKey(t: TruthRow, l: Line): boolean {
  if (l.table !== t.table_kind) return false;
  return t.code ? l.code === t.code : isTotalLine(l);
}

/**
 * Truth amounts matched by emitted lines with the same key, the same measure and an equal amount;
 * each emitted line satisfies at most one truth amount.
 */
export function scoreAgainstTruth(truth: readonly TruthRow[], lines: readonly Line[]): TruthScore {
  const pool = lines.map(() => true);
  let right = 0;
  const misses: TruthRow[] = [];
  for (const t of truth) {
    const i = lines.findIndex((l, j) => pool[j] && sameKey(t, l) && l.measure === t.measure && new Decimal(l.amount_yuan).eq(t.amount));
    if (i >= 0) { pool[i] = false; right++; }
    else misses.push(t);
  }
  const kinds = new Set(truth.map((t) => t.table_kind));
  const extra = lines.filter((l, j) => pool[j] && kinds.has(l.table) && (l.code || isTotalLine(l)));
  return { right, total: truth.length, misses, extra };
}

/** One missed truth amount with what was emitted for its table and code (and, verbose, the tables on its page). */
export function describeMiss(t: TruthRow, lines: readonly Line[], verbose = false): string {
  const near = lines.filter((l) => sameKey(t, l));
  const emitted = near.length
    ? near.map((l) => `${l.measure}=${l.printed} (${l.amount_yuan}, p${l.page ?? '?'})`).join('; ')
    : lines.some((l) => l.table === t.table_kind) ? `nothing for this ${t.code ? 'code' : 'total row'} in ${t.table_kind}` : `no ${t.table_kind} table emitted`;
  let line = `  ${t.table_kind} p${t.page} ${t.code || '合计'} ${t.name} [${t.measure}] truth ${t.printed} ${t.unit} (${t.amount}) | emitted: ${emitted}`;
  if (verbose) {
    const onPage = [...new Set(lines.filter((l) => l.page === t.page).map((l) => `${l.table}:${l.table_title}`))];
    line += `\n      tables emitted on p${t.page}: ${onPage.join(', ') || 'none'}`;
  }
  return line;
}

/** One emitted line that no truth amount claimed. */
export function describeExtra(l: Line): string {
  return `  ${l.table} p${l.page ?? '?'} ${l.code || l.item || '合计'} ${l.name} [${l.measure}] ${l.printed} (${l.amount_yuan})`;
}

export const fmtShare = (right: number, n: number) => (n ? `${((100 * right) / n).toFixed(1)}%` : '-');

/** The headline figures a truth file's `.headline.json` beside it states (null: the document does not print it). */
export type HeadlineTruth = Partial<Record<HeadlineKey, string | null>>;

export function readHeadlineTruth(truthFile: string): HeadlineTruth | null {
  const file = truthFile.replace(/\.csv$/, '.headline.json');
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(HEADLINE_KEYS.map((k) => [k, (json[k] as string | null | undefined) ?? null]));
}

export interface HeadlineScore {
  /** Figures the truth or the pipeline states, and those on which they agree. */
  right: number;
  total: number;
  wrong: string[];
}

/** Each headline figure against the truth: equal amounts, or both absent. */
export function scoreHeadline(truth: HeadlineTruth, document: Record<string, unknown>): HeadlineScore {
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const key of HEADLINE_KEYS) {
    const expected = truth[key] ?? null;
    const emitted = (document[key] as string | null | undefined) ?? null;
    if (expected === null && emitted === null) continue;
    total++;
    if (expected !== null && emitted !== null && new Decimal(expected).eq(emitted)) right++;
    else wrong.push(`${key}: truth ${expected ?? '—'}, emitted ${emitted ?? '—'}`);
  }
  return { right, total, wrong };
}
