/** Accounting identities of budget tables, checked per table, unit and measure. */
import { Decimal, type BudgetLine } from '@budget/model';
import { compare, roundingAllowance, type CheckResult } from './checks.ts';

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const sum = (lines: BudgetLine[]) => lines.reduce((acc, l) => acc.plus(l.amount_yuan), new Decimal(0));

/** 项 → 款 → 类: a parent code's amount equals the sum of its children's, per measure. */
export function hierarchyChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  const coded = lines.filter((l) => l.code && (l.classification === 'function' || l.classification === 'economic'));
  for (const group of groupBy(coded, (l) => `${l.table}|${l.unit_code ?? ''}|${l.measure}|${l.classification}`).values()) {
    for (const parent of group) {
      const children = group.filter((l) => l.code!.length === parent.code!.length + 2 && l.code!.startsWith(parent.code!));
      if (children.length === 0) continue;
      results.push(compare('sum.children', new Decimal(parent.amount_yuan), sum(children), roundingAllowance(group, children.length),
        { table: parent.table, page: parent.page, code: parent.code }, `${parent.table} ${parent.code} ${parent.measure} = sum of its ${children.length} sub-items`));
    }
    // The table's total row against its classes (only where one unit or none is printed).
    const total = lines.find((l) => l.table === group[0]!.table && l.item === 'total' && l.measure === group[0]!.measure && !l.unit_code);
    const classes = group.filter((l) => l.code!.length === 3);
    const units = new Set(lines.filter((l) => l.table === group[0]!.table).map((l) => l.unit_code).filter(Boolean));
    if (total && classes.length > 0 && units.size <= 2) {
      results.push(compare('sum.total', new Decimal(total.amount_yuan), sum(classes), roundingAllowance(group, classes.length),
        { table: total.table, page: total.page, code: null }, `${total.table} 合计 ${total.measure} = sum of its classes`));
    }
  }
  return results;
}

/** Within a row: 合计 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费. */
export function columnChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  const rows = groupBy(lines.filter((l) => l.classification !== 'none' || l.item === 'total'), (l) => `${l.table}|${l.row}|${l.page}`);
  for (const row of rows.values()) {
    const m = new Map(row.map((l) => [l.measure, l]));
    // 合计 counts every spending column the row prints beside 基本 and 项目 (Jiangsu adds 单位预留机动经费, 结转下年资金).
    const totalParts = ['basic', 'project', 'reserve', 'carry_forward', 'operating_expenditure', 'remit_superior', 'subsidy_affiliated'];
    const identities: Array<[string, string[]]> = [['total', totalParts], ['basic', ['personnel', 'public_funds']]];
    for (const [whole, parts] of identities) {
      const wholeLine = m.get(whole);
      if (!wholeLine || parts.filter((p) => m.has(p)).length < 2) continue;
      const partsSum = parts.reduce((acc, p) => acc.plus(m.get(p)?.amount_yuan ?? 0), new Decimal(0));
      const printed = parts.filter((p) => m.has(p));
      results.push(compare('sum.columns', new Decimal(wholeLine.amount_yuan), partsSum, roundingAllowance(row, printed.length),
        { table: wholeLine.table, page: wholeLine.page, code: wholeLine.code }, `${wholeLine.table} row ${wholeLine.row} ${whole} = ${printed.join(' + ')}`));
    }
  }
  return results;
}

/** Summary tables: 收入总计 = 支出总计. */
export function balanceChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  for (const table of ['income_expenditure_summary', 'fiscal_summary']) {
    const income = lines.find((l) => l.table === table && l.item === 'income.total' && l.measure === 'total');
    const spent = lines.find((l) => l.table === table && l.item === 'expenditure.total' && l.measure === 'total');
    if (!income || !spent) continue;
    results.push(compare('sum.balance', new Decimal(income.amount_yuan), new Decimal(spent.amount_yuan), new Decimal(0),
      { table, page: spent.page, code: null }, `${table} 收入总计 = 支出总计`));
  }
  return results;
}
