/**
 * Hard mode: seed-controlled variations that real disclosures also show, layered on the four house styles.
 * The choices come from their own Rng, so the default mode (no `hard`) prints exactly what it printed before.
 * Every convention chosen here is listed in the README ("Hard mode").
 */
import { c, h, type Cell, type Disclosure, type NumberFormat, type TableBlock, type Unit } from './model.ts';
import { Rng } from './rng.ts';

export interface Hard {
  rng: Rng;
  /** the document is a 决算 (final accounts) instead of a 预算 */
  final: boolean;
  unit: Unit;
  thousands: boolean;
  zero: NumberFormat['zero'];
  /** share of tables that print zeros for their empty cells ("blank vs 0") */
  zeroFill: number;
  /** how codes are printed: plain digits, spaced ("201 03 01"), or split into 类 | 款 | 项 columns */
  codeLayout: 'plain' | 'spaced' | 'split';
  /** split columns: 'full' repeats the leading parts on every row, 'sparse' prints only the row's own part */
  splitFill: 'full' | 'sparse';
  /** title numbering: 表1 / 附表3-1 / 三、 / none */
  numbering: 'biao' | 'fubiao' | 'cn' | 'none';
  /** where the unit line goes */
  unitLine: 'left' | 'right' | 'inside';
  /** budget units the department has (本级 + subordinate units), style A */
  units: number;
  /** share of coded tables printed with very narrow columns and a large font (codes, names, figures wrap) */
  squeeze: number;
  /** wide tables (12+ columns) on A3 landscape pages in 7–8pt */
  a3: boolean;
}

export function pickHard(style: 'A' | 'B' | 'C' | 'D', seed: number): Hard {
  const rng = new Rng(Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(style.charCodeAt(0), 0x165667b1));
  for (let i = 0; i < 7; i++) rng.next();
  const final = rng.chance(0.3);
  const unit: Unit = style === 'A' ? '元' : rng.chance(0.65) ? '元' : '万元';
  return {
    rng,
    final,
    unit,
    thousands: unit === '元' ? rng.chance(0.9) : rng.chance(0.4),
    zero: rng.pick(['-', '0.00', '0', '-', ''] as const),
    zeroFill: rng.pick([0, 0.5, 1]),
    codeLayout: style === 'B' ? 'split' : rng.pick(['plain', 'spaced', 'split'] as const),
    splitFill: rng.pick(['full', 'sparse'] as const),
    numbering: rng.pick(['biao', 'fubiao', 'cn', 'none'] as const),
    unitLine: rng.pick(['left', 'right', 'inside'] as const),
    units: style === 'A' ? rng.int(2, 4) : 1,
    squeeze: rng.pick([0.3, 0.6]),
    a3: rng.chance(0.6),
  };
}

// ---------- codes ----------

/** the printed parts of a code: 201 | 03 | 01 (function), 301 | 01 (economic) */
export function codeParts(code: string): string[] {
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter((x) => x !== '');
}

/** a code as printed in one cell */
export function codeText(code: string, layout: Hard['codeLayout'] | undefined): string {
  return layout === 'spaced' ? codeParts(code).join(' ') : code;
}

/**
 * The three 类 | 款 | 项 cells of a code. `full`: every row prints all of its parts (类 rows "201", 款 rows "201 03").
 * `sparse`: a row prints only its own part (the 款 row "03", the 项 row "01"), the leading parts are implied by the rows above.
 */
export function splitCells(code: string, fill: Hard['splitFill']): Cell[] {
  const parts = codeParts(code);
  const out: string[] = ['', '', ''];
  parts.forEach((p, i) => { if (fill === 'full' || i === parts.length - 1) out[i] = p; });
  return out.map((x) => c(x, { align: 'center' }));
}

/**
 * Replaces the first column (the code column, in header and body) of a table by three 类 / 款 / 项 columns under a
 * 科目编码 group header. Body rows must have one cell per column; `codes[i]` is the code of body row i (null: uncoded).
 */
export function splitCodeColumn(t: TableBlock, fill: Hard['splitFill'], codes: Array<string | null>): void {
  const w = t.widths[0]!;
  t.widths.splice(0, 1, w * 0.45, w * 0.35, w * 0.35);
  const rows = t.header.length;
  const row0 = t.header[0]!;
  const depth = row0[0]!.rowSpan ?? 1;
  row0[0] = h('科目编码', 3, 1);
  if (rows === 1) {
    for (let i = 1; i < row0.length; i++) row0[i] = { ...row0[i]!, rowSpan: (row0[i]!.rowSpan ?? 1) + 1 };
    t.header.push(['类', '款', '项'].map((x) => h(x)));
  } else {
    t.header[1]!.splice(0, 0, ...['类', '款', '项'].map((x) => h(x, 1, Math.max(1, depth - 1))));
  }
  t.body.forEach((r, i) => {
    const code = codes[i] ?? null;
    const first = r[0]!;
    const cells = code ? splitCells(code, fill) : first.text ? [{ ...first, colSpan: 3 }] : [c(''), c(''), c('')];
    r.splice(0, 1, ...cells);
  });
}

// ---------- page-level variations applied after a document is built ----------

const SCORED = new Set(['income_expenditure_summary', 'income_summary', 'expenditure_summary', 'function_expenditure', 'economic_expenditure', 'fiscal_summary', 'general_budget_expenditure', 'general_budget_basic', 'three_public', 'gov_fund_expenditure', 'state_capital_expenditure', 'project_expenditure']);
const CODED = new Set(['income_summary', 'expenditure_summary', 'function_expenditure', 'economic_expenditure', 'general_budget_expenditure', 'general_budget_basic', 'gov_fund_expenditure']);

const ncols = (t: TableBlock) => t.widths.length;

/** titles numbered 表1 / 附表3-1 / 三、; the unit line on the left, the right or inside the table; squeezed and A3 tables */
export function harden(d: Disclosure, hard: Hard, unit: Unit): void {
  const rng = hard.rng;
  let n = 0;
  const part = rng.int(2, 5);
  const unitText = rng.pick([`单位：${unit}`, `金额单位：${unit}`]);
  for (const b of d.blocks) {
    if (b.type !== 'table' || !SCORED.has(b.kind) || !b.title) continue;
    n++;
    const oldTitle = b.title;
    // numbering
    const num = hard.numbering === 'biao' ? `表${n}` : hard.numbering === 'fubiao' ? `附表${part}-${n}` : hard.numbering === 'cn' ? `${cnNum(n)}、` : '';
    if (num) {
      // A and D put 附表N in the caption; a numbered title replaces it
      b.caption = b.caption.filter(([l]) => !/^附表\d+$/.test(l));
      b.title = hard.numbering === 'cn' ? `${num}${b.title}` : rng.chance(0.5) ? `${num}  ${b.title}` : `${num}：${b.title}`;
    }
    const i = d.truth.tables.findIndex((x) => x.title === oldTitle && x.kind === b.kind);
    if (i >= 0) d.truth.tables[i] = { kind: b.kind, title: b.title };
    // unit line (style C prints it in the repeated page header: left alone)
    if (!b.pageHeader) {
      const isUnit = (s: string) => /单位：(元|万元)$/.test(s) && !/单位名称/.test(s);
      const other: Array<[string, string]> = [];
      for (const [l, r] of b.caption) {
        const l2 = isUnit(l) ? '' : l, r2 = isUnit(r) ? '' : r;
        // keep a 单位名称 line whose right half was the unit
        if (l2 || r2) other.push([l2, r2]);
      }
      if (hard.unitLine === 'left') other.push([unitText, '']);
      else if (hard.unitLine === 'right') other.push(['', unitText]);
      else b.header.unshift([{ text: unitText, colSpan: ncols(b), align: 'right' }]);
      b.caption = other;
    }
    // very narrow columns / large font for coded tables: codes, names and figures wrap to 2–3 lines, rows split across pages
    if (CODED.has(b.kind) && ncols(b) <= 10 && rng.next() < hard.squeeze) {
      b.narrow = true;
      b.splitRows = true;
      b.landscape = false;
      b.fontPt = Math.max(b.fontPt ?? 9, ncols(b) > 8 ? 9.5 : 11);
      b.widthPct = ncols(b) > 8 ? 100 : rng.pick([70, 78, 85]);
    }
    // wide tables: A3 landscape, 7–8pt
    if (hard.a3 && ncols(b) >= 12) {
      b.a3 = true;
      b.landscape = false;
      b.narrow = false;
      b.fontPt = rng.pick([7, 7.5, 8]);
    }
  }
}

function cnNum(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  return n < 10 ? d[n]! : n < 20 ? `十${d[n - 10]}` : `${d[Math.floor(n / 10)]}十${d[n % 10]}`;
}
