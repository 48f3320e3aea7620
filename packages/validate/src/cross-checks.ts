/** The same figure printed in two places must agree: across tables, and between prose and tables. */
import { Decimal, type BudgetLine, type Fact } from '@budget/model';
import { asWarning, compare, roundingAllowance, sumCheck, type CheckResult } from './checks.ts';

interface Pair {
  a: { table: string; measure: string };
  b: { table: string; measure: string };
  /** How rows are matched: by subject code, or summary function-class item to class code. */
  by: 'code' | 'class_item';
  /** Income by subject against spending by subject: equal only where no money moves between years. */
  acrossSides?: true;
}

/** Pairs that print the same money by construction (same scope of funds). */
const PAIRS: Pair[] = [
  { a: { table: 'function_expenditure', measure: 'general_budget' }, b: { table: 'general_budget_expenditure', measure: 'total' }, by: 'code' },
  { a: { table: 'general_budget_expenditure', measure: 'basic' }, b: { table: 'general_budget_basic', measure: 'basic' }, by: 'code' },
  // The summary's expenditure by function class is the department's total by class, as every
  // table of all funds by function prints it.
  { a: { table: 'income_expenditure_summary', measure: 'total' }, b: { table: 'function_expenditure', measure: 'total' }, by: 'class_item' },
  { a: { table: 'income_expenditure_summary', measure: 'total' }, b: { table: 'expenditure_summary', measure: 'total' }, by: 'class_item' },
  { a: { table: 'income_expenditure_summary', measure: 'total' }, b: { table: 'income_summary', measure: 'total' }, by: 'class_item', acrossSides: true },
  { a: { table: 'function_expenditure', measure: 'total' }, b: { table: 'expenditure_summary', measure: 'total' }, by: 'code' },
  { a: { table: 'income_summary', measure: 'total' }, b: { table: 'expenditure_summary', measure: 'total' }, by: 'code', acrossSides: true },
  { a: { table: 'fiscal_summary', measure: 'general_budget' }, b: { table: 'general_budget_expenditure', measure: 'total' }, by: 'class_item' },
  { a: { table: 'fiscal_expenditure', measure: 'total' }, b: { table: 'fiscal_summary', measure: 'total' }, by: 'class_item' },
];

function keyOf(line: BudgetLine, by: Pair['by'], side: 'a' | 'b'): string | null {
  if (by === 'code') return line.code;
  // class_item: a summary row "function.201" on one side, the class row "201" on the other.
  if (line.item?.startsWith('function.')) return line.item.slice('function.'.length);
  if (side === 'b' && line.code?.length === 3) return line.code;
  if (side === 'a' && line.code?.length === 3) return line.code;
  return null;
}

/** Lines of one table and measure keyed by subject; a subject printed twice (per unit) is ambiguous and left out. */
function index(lines: BudgetLine[], table: string, measure: string, by: Pair['by'], side: 'a' | 'b'): Map<string, BudgetLine> {
  const seen = new Map<string, BudgetLine | null>();
  for (const line of lines) {
    if (line.table !== table || line.measure !== measure) continue;
    const key = keyOf(line, by, side);
    if (!key) continue;
    seen.set(key, seen.has(key) ? null : line);
  }
  return new Map([...seen].filter((e): e is [string, BudgetLine] => e[1] !== null));
}

/**
 * A function class the summary prints (function.213) against the sum of that class's items
 * in a table that prints only 项 rows (类 | 款 | 项 layouts print no subtotals).
 */
function classSumChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  const summaryClasses = lines.filter((l) => l.table === 'income_expenditure_summary' && l.measure === 'total' && l.item?.startsWith('function.'));
  for (const table of ['expenditure_summary', 'function_expenditure']) {
    const coded = lines.filter((l) => l.table === table && l.measure === 'total' && l.classification === 'function');
    if (coded.length === 0 || new Set(coded.map((l) => l.unit_code)).size > 1) continue;
    const codes = new Set(coded.map((l) => l.code!));
    const leaves = coded.filter((l) => ![...codes].some((c) => c !== l.code && c.startsWith(l.code!)));
    for (const summary of summaryClasses) {
      const cls = summary.item!.slice('function.'.length);
      if (codes.has(cls)) continue; // the class row itself is compared by the pairs above
      const items = leaves.filter((l) => l.code!.startsWith(cls));
      if (items.length === 0) continue;
      results.push(sumCheck('cross_table.total', summary, items, roundingAllowance(items, items.length),
        { table: summary.table, page: summary.page, code: cls },
        `${cls} total in ${summary.table} (p${summary.page}) = sum of its ${items.length} items in ${table}`));
    }
  }
  return results;
}

/**
 * Where every 元 of the department is 一般公共预算 money (the summary's 收入总计 equals its
 * 一般公共预算 line), the tables of all funds and the 一般公共预算 tables print the same
 * figures for each subject.
 */
const SAME_SCOPE_PAIRS: Pair[] = [
  { a: { table: 'expenditure_summary', measure: 'total' }, b: { table: 'general_budget_expenditure', measure: 'total' }, by: 'code' },
  { a: { table: 'expenditure_summary', measure: 'basic' }, b: { table: 'general_budget_expenditure', measure: 'basic' }, by: 'code' },
  { a: { table: 'expenditure_summary', measure: 'project' }, b: { table: 'general_budget_expenditure', measure: 'project' }, by: 'code' },
  { a: { table: 'function_expenditure', measure: 'total' }, b: { table: 'general_budget_expenditure', measure: 'total' }, by: 'code' },
  { a: { table: 'income_summary', measure: 'total' }, b: { table: 'general_budget_expenditure', measure: 'total' }, by: 'code' },
];

function onlyGeneralBudgetMoney(lines: BudgetLine[]): boolean {
  const summary = lines.filter((l) => l.table === 'income_expenditure_summary' && l.measure === 'total');
  const total = summary.find((l) => l.item === 'income.total') ?? summary.find((l) => l.item === 'income.current_year');
  const generalBudget = summary.find((l) => l.item === 'income.general_budget');
  return !!total && !!generalBudget && total.amount_yuan === generalBudget.amount_yuan;
}

/** Summary lines that carry money into or out of the year (结转下年, 年末结转, 使用非财政拨款结余). */
const BETWEEN_YEARS = new Set(['expenditure.carry_forward', 'expenditure.year_end_carryover', 'income.unit_balance']);

/**
 * Where the summary prints money carried into the next year or drawn from past balances, a
 * subject's income and its spending differ by design: they are not compared.
 */
function noMoneyMovesBetweenYears(lines: BudgetLine[]): boolean {
  return !lines.some((l) => l.table === 'income_expenditure_summary' && BETWEEN_YEARS.has(l.item ?? '') && !new Decimal(l.amount_yuan).isZero());
}

export function crossTableChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [...classSumChecks(lines)];
  const sameYear = noMoneyMovesBetweenYears(lines);
  const pairs = (onlyGeneralBudgetMoney(lines) ? [...PAIRS, ...SAME_SCOPE_PAIRS] : PAIRS).filter((p) => sameYear || !p.acrossSides);
  for (const pair of pairs) {
    const left = index(lines, pair.a.table, pair.a.measure, pair.by, 'a');
    const right = index(lines, pair.b.table, pair.b.measure, pair.by, 'b');
    for (const [key, a] of left) {
      const b = right.get(key);
      if (!b) continue;
      // One amount printed twice is rounded the same way twice: the two prints must be identical.
      results.push(compare('cross_table.total', new Decimal(a.amount_yuan), new Decimal(b.amount_yuan), new Decimal(0),
        { table: b.table, page: b.page, code: key },
        `${key} ${pair.a.measure} in ${a.table} (p${a.page}) = ${pair.b.measure} in ${b.table} (p${b.page})`));
    }
  }
  return results;
}

/**
 * Figures the prose states against the tables. Prose rounds to 0.01 万元 or to fewer
 * digits ("13.4万元"), so a gap below 0.5 万元 on a rounded statement is rounding (info);
 * a larger gap is an error: the document states two different figures.
 */
export function proseChecks(prose: Record<string, Fact>, headline: Record<string, Fact>, lines: readonly BudgetLine[] = []): CheckResult[] {
  const results: CheckResult[] = [];
  for (const [key, stated] of Object.entries(prose)) {
    const chosen = headline[key];
    if (!chosen || chosen.from !== 'table') continue;
    const digits = stated.provenance.text.match(/\.(\d+)万元/)?.[1]?.length ?? 0;
    const allowance = /万元/.test(stated.provenance.text) ? new Decimal(10000).times(new Decimal(10).pow(-digits)).dividedBy(2) : new Decimal(0);
    const result = compare('narrative.vs_table', new Decimal(chosen.amount_yuan), new Decimal(stated.amount_yuan), allowance,
      { table: null as unknown as string, page: stated.provenance.page, code: key },
      `${key}: the prose states "${stated.provenance.text}" (p${stated.provenance.page ?? '?'}), the table prints ${chosen.amount_yuan} 元`);
    // Beyond the prose's own rounding the document contradicts itself: an error, like a broken sum;
    // unless the prose's figure is the table's under the other unit ("1682.76元" for 1682.76 万元),
    // a slip of the unit word, not a second figure.
    // Prose that calls the 本年 line 收入总计 / 支出总计 states another line, not a second figure (DATASET.md).
    if (!result.passed && statesThisYearsLine(key, stated, lines)) continue;
    results.push(unitSlip(result, chosen, stated) ?? anotherLine(result, stated, lines) ?? result);
  }
  return results;
}

/** A prose figure that equals the table's once its unit word is read as the other unit: a warning. */
function unitSlip(result: CheckResult, chosen: Fact, stated: Fact): CheckResult | null {
  if (result.passed || !result.finding) return null;
  const table = new Decimal(chosen.amount_yuan);
  const prose = new Decimal(stated.amount_yuan);
  if (!prose.times(10000).eq(table) && !prose.dividedBy(10000).eq(table)) return null;
  return asWarning(result, (m) => `${m}; the same figure under the other unit (the prose's unit word slipped)`);
}

const THIS_YEAR_ITEM: Record<string, string> = { income_total: 'income.current_year', expenditure_total: 'expenditure.current_year' };

/** The prose's total is the summary's 本年收入合计 / 本年支出合计 figure. */
function statesThisYearsLine(key: string, stated: Fact, lines: readonly BudgetLine[]): boolean {
  const item = THIS_YEAR_ITEM[key];
  return !!item && lines.some((l) => l.table === 'income_expenditure_summary' && l.item === item && new Decimal(l.amount_yuan).eq(stated.amount_yuan));
}

/**
 * A prose figure that differs from the headline but is printed elsewhere in the tables (the
 * 一般公共预算 part's 基本支出, the 本年收入 line) most likely states that other line: our reading
 * of the sentence is uncertain, the document need not contradict itself. A warning naming it.
 */
function anotherLine(result: CheckResult, stated: Fact, lines: readonly BudgetLine[]): CheckResult | null {
  if (result.passed || !result.finding) return null;
  const amount = new Decimal(stated.amount_yuan);
  const other = lines.find((l) => !amount.isZero() && new Decimal(l.amount_yuan).eq(amount));
  if (!other) return null;
  const what = `${other.table_title} ${other.code ?? other.item ?? other.name} ${other.measure} (p${other.page ?? '?'})`;
  return asWarning(result, (m) => `${m}; the prose's figure is printed as ${what}: it probably states that line`);
}
