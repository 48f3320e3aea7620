/**
 * A format-neutral model of one disclosure (blocks of prose and tables) from which both the HTML (→ PDF)
 * and the DOCX are rendered, and the truth lines that each printed amount contributes.
 */
import { Decimal } from 'decimal.js';

export type Unit = '元' | '万元';

export interface Cell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  /** indentation in characters (full-width spaces in DOCX, padding in HTML) */
  indent?: number;
}

export interface TruthLine {
  table: string;
  unit_code: string | null;
  classification: 'function' | 'economic' | 'gov_economic' | 'none';
  item: string | null;
  code: string | null;
  name: string;
  measure: string;
  amount_yuan: string;
}

export interface TableBlock {
  type: 'table';
  kind: string; // contract table kind
  title: string;
  /** lines printed between title and table: [left, right] pairs */
  caption: Array<[string, string]>;
  /** a row repeated at the top of every page, inside the table (style C) */
  pageHeader?: string[];
  header: Cell[][];
  body: Cell[][];
  widths: number[]; // relative column widths
  narrow?: boolean; // force break-all wrapping in cells
  fontPt?: number;
  landscape?: boolean;
  note?: string;
  /** rows may split across a page boundary */
  splitRows?: boolean;
  /** table width as a share of the text width (default 100) */
  widthPct?: number;
  /** a table that does not get its own page in the HTML */
  inline?: boolean;
  /** printed on an A3 landscape page (hard mode) */
  a3?: boolean;
}

export type Block =
  | { type: 'cover'; lines: string[] }
  | { type: 'h1'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'p'; text: string; indent?: boolean }
  | { type: 'toc'; items: string[] }
  | { type: 'pagebreak' }
  | TableBlock;

export interface Truth {
  document: Record<string, string | number | null>;
  tables: Array<{ kind: string; title: string }>;
  budget_lines: TruthLine[];
  projects: Array<{ code: string | null; name: string; amount_yuan: string | null }>;
  indicators: unknown[];
}

export interface Disclosure {
  name: string;
  style: 'A' | 'B' | 'C' | 'D';
  seed: number;
  title: string;
  blocks: Block[];
  truth: Truth;
  /** page setup */
  fontPt: number;
}

// ---------- numbers ----------

export interface NumberFormat {
  unit: Unit;
  thousands: boolean;
  /** how a zero is printed where the office prints it at all: '' (blank), '0.00', '0', '-' */
  zero: '' | '0.00' | '0' | '-';
  /** full-width digits (rare, some styles' prose) */
}

/** the figure as printed (or '' when the cell is blank) */
export function fmt(cents: number | null | undefined, f: NumberFormat): string {
  if (cents === null || cents === undefined) return '';
  let units: number; // hundredths of the printed unit
  if (f.unit === '元') units = cents;
  else units = Math.round(cents / 10000); // 万元 with two decimals: hundredths of 万元 = 100 元 = 10000 cents
  if (units === 0) return f.zero;
  const neg = units < 0;
  const abs = Math.abs(units);
  let int = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  if (f.thousands) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${int}.${frac}`;
}

/** the printed figure converted to 元, two decimals (what the dataset should say) */
export function printedToYuan(printed: string, unit: Unit): string | null {
  const t = printed.replace(/,/g, '').trim();
  if (t === '' || t === '-') return null;
  const d = new Decimal(t);
  return (unit === '万元' ? d.mul(10000) : d).toFixed(2);
}

/** a figure in 万元 for prose: two decimals, or trimmed ("30.4", "108") when `trim` */
export function wan(cents: number, trim = false): string {
  const units = Math.round(cents / 10000);
  const s = (units / 100).toFixed(2);
  return trim ? s.replace(/\.?0+$/, '') || '0' : s;
}

export function yuanString(cents: number): string {
  return new Decimal(cents).div(100).toFixed(2);
}

// ---------- table building ----------

export interface Seg {
  /** label cells printed before the amounts of this segment */
  labels: Cell[];
  amounts: Array<number | null>;
  measures: string[];
  meta: Omit<TruthLine, 'table' | 'measure' | 'amount_yuan'>;
}

export class TableBuilder {
  readonly block: TableBlock;
  readonly lines: TruthLine[] = [];
  /** the subject code of each body row (null for uncoded rows), for re-laying the code column out */
  readonly codes: Array<string | null> = [];
  /** hard mode: a blank amount cell of a named row prints the zero string instead ("blank vs 0") */
  zeroFill = false;
  /** set by hard mode while a document is built: decides per table whether blank amounts print as zero */
  static hardZero: (() => boolean) | null = null;
  constructor(init: Omit<TableBlock, 'type' | 'body'>, private readonly num: NumberFormat) {
    this.block = { type: 'table', body: [], ...init };
    this.zeroFill = TableBuilder.hardZero?.() ?? false;
  }
  /** one printed row made of segments (two for the side-by-side 收支总表) */
  row(segs: Seg[], opts: { bold?: boolean; numAlign?: 'right' | 'center' } = {}): void {
    const cells: Cell[] = [];
    for (const seg of segs) {
      cells.push(...seg.labels.map((c) => (opts.bold ? { bold: true, ...c } : c)));
      seg.amounts.forEach((cents, i) => {
        const text = fmt(cents === null && this.zeroFill && seg.meta.name ? 0 : cents, this.num);
        cells.push({ text, align: opts.numAlign ?? 'right', ...(opts.bold ? { bold: true } : {}) });
        // '-' is a printed zero (hard mode): it gives a 0.00 line like '0.00' does
        const yuan = text === '-' ? '0.00' : printedToYuan(text, this.num.unit);
        if (yuan !== null) this.lines.push({ table: this.block.kind, ...seg.meta, measure: seg.measures[i]!, amount_yuan: yuan });
      });
    }
    this.block.body.push(cells);
    this.codes.push(segs.find((s) => s.meta.code)?.meta.code ?? null);
  }
  /** a row of plain cells without amounts */
  plain(cells: Cell[]): void {
    this.block.body.push(cells);
    this.codes.push(null);
  }
}

export const c = (text: string, extra: Partial<Cell> = {}): Cell => ({ text, ...extra });
export const h = (text: string, colSpan = 1, rowSpan = 1): Cell => ({ text, colSpan, rowSpan, align: 'center', bold: true });

/** 一、二、… up to 99 */
export function cn(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n]!;
  if (n < 20) return `十${d[n - 10]}`;
  return `${d[Math.floor(n / 10)]}十${d[n % 10]}`;
}

export function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
