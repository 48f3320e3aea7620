/** Pieces shared by the four house styles: the document accumulator, the side-by-side summary tables, prose figures, truth headline. */
import { CLASS_NAMES, sum, totals, type Budget, type Totals } from './budget.ts';
import {
  c, fmt, printedToYuan, TableBuilder, yuanString, type Block, type Cell, type Disclosure, type NumberFormat, type TableBlock, type Truth, type TruthLine,
} from './model.ts';

export class DocBuilder {
  readonly blocks: Block[] = [];
  readonly lines: TruthLine[] = [];
  readonly tables: Array<{ kind: string; title: string }> = [];
  h1(t: string) { this.blocks.push({ type: 'h1', text: t }); }
  h2(t: string) { this.blocks.push({ type: 'h2', text: t }); }
  p(t: string, indent = true) { this.blocks.push({ type: 'p', text: t, indent }); }
  br() { this.blocks.push({ type: 'pagebreak' }); }
  table(tb: TableBuilder, scored = true) {
    this.blocks.push(tb.block);
    this.tables.push({ kind: tb.block.kind, title: tb.block.title });
    if (scored) this.lines.push(...tb.lines);
  }
  /** a table that is printed but whose amounts are not budget lines (project tables: see projects) */
  plainTable(t: TableBlock) {
    this.blocks.push(t);
    this.tables.push({ kind: t.kind, title: t.title });
  }
}

export interface SideItem { label: string; name: string; item: string | null; cents: number | null }
export interface FnItem { label: string; name: string; item: string | null; amounts: Array<number | null> }

/** expenditure by 类 for the summary tables (uncoded rows): all 30 classes or the style's list */
export function classItems(b: Budget, list: Array<[string, string]>, label: (i: number, name: string) => string, fundCols: Array<'all' | 'gb' | 'gf' | 'none'>, rename: (n: string) => string = (n) => n): FnItem[] {
  return list.map(([code, name], i) => {
    const ls = b.leaves.filter((l) => l.code.startsWith(code));
    const gb = sum(ls.map((l) => l.wages + l.household + l.goods + l.capital + l.operating + l.specific));
    const gf = sum(ls.map((l) => l.gfOperating + l.gfSpecific));
    const n = rename(name);
    return {
      label: label(i, n), name: n, item: null,
      amounts: fundCols.map((f) => {
        const v = f === 'all' ? gb + gf : f === 'gb' ? gb : f === 'gf' ? gf : 0;
        return ls.length && v !== 0 ? v : null;
      }),
    };
  });
}

/**
 * The side-by-side 收支总表 / 财政拨款收支总表: income items | (optional expenditure categories) | expenditure by class.
 * `lead` gives the cells printed before each row (序号 in style C).
 */
export function summaryRows(
  tb: TableBuilder, left: SideItem[], mid: SideItem[] | null, right: FnItem[], rightMeasures: string[],
  closing: Array<{ left: SideItem; mid?: SideItem; right: FnItem; bold?: boolean }>, lead?: (i: number) => Cell[],
): void {
  const n = Math.max(left.length, mid?.length ?? 0, right.length);
  const side = (it: SideItem | undefined, withMeta = true) => ({
    labels: [c(it?.label ?? '', { align: 'left' as const })],
    amounts: [it?.cents ?? null],
    measures: ['total'],
    meta: { unit_code: null, classification: 'none' as const, item: withMeta ? it?.item ?? null : null, code: null, name: it?.name ?? '' },
  });
  const fn = (it: FnItem | undefined) => ({
    labels: [c(it?.label ?? '', { align: 'left' as const })],
    amounts: it ? it.amounts : rightMeasures.map(() => null),
    measures: rightMeasures,
    meta: { unit_code: null, classification: 'none' as const, item: it?.item ?? null, code: null, name: it?.name ?? '' },
  });
  let row = 0;
  const push = (segs: ReturnType<typeof side>[], bold = false) => {
    const pre = lead ? [{ labels: lead(row), amounts: [], measures: [], meta: segs[0]!.meta }] : [];
    tb.row([...pre, ...segs], { bold });
    row++;
  };
  for (let i = 0; i < n; i++) push([side(left[i]), ...(mid ? [side(mid[i])] : []), fn(right[i])]);
  for (const cl of closing) push([side(cl.left), ...(mid ? [side(cl.mid)] : []), fn(cl.right)], cl.bold);
}

export const blankSide: SideItem = { label: '', name: '', item: null, cents: null };

/** headline fields as the document states them, converted from the printed unit */
export function headline(b: Budget, num: NumberFormat, opts: { staff: boolean; personnel: boolean; unitFromTable?: NumberFormat }): Truth['document'] {
  const t = totals(b);
  const y = (cents: number) => printedToYuan(fmt(cents, { ...num, zero: '0.00', thousands: false }), num.unit);
  const tp = b.threePublic;
  return {
    department: b.department,
    department_code: b.deptCode,
    year: b.year,
    kind: 'budget',
    printed_unit: num.unit,
    province: b.place.province,
    city: b.place.city,
    county: b.place.county,
    income_total: y(t.total),
    expenditure_total: y(t.total),
    basic_total: y(t.basic),
    project_total: y(t.project),
    personnel_total: opts.personnel ? y(t.personnel) : null,
    public_funds_total: opts.personnel ? y(t.public) : null,
    three_public_total: y(t.threePublic),
    three_public_overseas: y(tp.overseas),
    three_public_vehicle_purchase: y(tp.vehiclePurchase),
    three_public_vehicle_operation: y(tp.vehicleOperation),
    three_public_reception: y(tp.reception),
    staff_authorized: opts.staff ? b.staffAuthorized : null,
    staff_actual: opts.staff ? b.staffActual : null,
  };
}

export function projectsTruth(b: Budget, num: NumberFormat, withCode: boolean): Truth['projects'] {
  return b.projects.map((p) => ({ code: withCode ? p.code : null, name: p.name.replace(/\s+/g, ''), amount_yuan: printedToYuan(fmt(p.cents, { ...num, thousands: false, zero: '0.00' }), num.unit) }));
}

export function finish(name: string, style: Disclosure['style'], seed: number, title: string, d: DocBuilder, document: Truth['document'], projects: Truth['projects'], fontPt: number): Disclosure {
  return { name, style, seed, title, blocks: d.blocks, fontPt, truth: { document, tables: d.tables, budget_lines: d.lines, projects, indicators: [] } };
}

export function pct(a: number, b: number): string {
  return b === 0 ? '0.00' : ((100 * a) / b).toFixed(2);
}

export function tot(b: Budget): Totals {
  return totals(b);
}

export { yuanString, CLASS_NAMES };
