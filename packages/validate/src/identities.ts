/** Accounting identities of budget tables, checked per table, unit and measure. */
import { Decimal, type BudgetLine, type GroupedMeasure, type MeasureName, type RecognisedTable } from '@budget/model';
import { compare, roundingAllowance, sumCheck, type CheckResult } from './checks.ts';

/**
 * Which list of a side-by-side table a line belongs to (收支总表: income | expenditure): the two
 * lists share printed rows, so a row's identities hold within one side, never across.
 */
const sideOf = (l: BudgetLine): string => (l.item?.startsWith('income.') ? 'income' : 'expenditure');

/** The printed row a line stands on, one side of it. */
const rowKey = (l: BudgetLine): string => `${l.table}|${l.provenance.table_index}|${l.row}|${l.page}|${sideOf(l)}`;

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

/**
 * Where rows print a 政府经济分类 code beside their own, the same 部门 code stands under several
 * government codes (301 under 501 and under 505): a child belongs to the parent of its own government code.
 */
const underSameGovCode = (child: BudgetLine, parent: BudgetLine): boolean =>
  !parent.gov_economic_code || (child.gov_economic_code ?? '').startsWith(parent.gov_economic_code);

/** 项 → 款 → 类: a parent code's amount equals the sum of its children's, per measure. */
export function hierarchyChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  const coded = lines.filter((l) => l.code && (l.classification === 'function' || l.classification === 'economic'));
  for (const group of groupBy(coded, (l) => `${l.table}|${l.unit_code ?? ''}|${l.measure}|${l.classification}`).values()) {
    for (const parent of group) {
      const children = group.filter((l) => l.code!.length === parent.code!.length + 2 && l.code!.startsWith(parent.code!) && underSameGovCode(l, parent));
      if (children.length === 0) continue;
      results.push(sumCheck('sum.children', parent, children, roundingAllowance(group, children.length),
        { table: parent.table, page: parent.page, code: parent.code }, `${parent.table} ${parent.code} ${parent.measure} = sum of its ${children.length} sub-items`));
    }
    // The table's total row against its top-level subjects: the classes, or the items
    // themselves where the table prints no subtotal rows (only where one unit or none is printed).
    const total = lines.find((l) => l.table === group[0]!.table && l.item === 'total' && l.measure === group[0]!.measure && !l.unit_code);
    const codes = new Set(group.map((l) => l.code!));
    const classes = group.filter((l) => ![...codes].some((c) => c !== l.code && l.code!.startsWith(c)));
    const units = new Set(lines.filter((l) => l.table === group[0]!.table).map((l) => l.unit_code).filter(Boolean));
    if (total && classes.length > 0 && units.size <= 2) {
      results.push(sumCheck('sum.total', total, classes, roundingAllowance(group, classes.length),
        { table: total.table, page: total.page, code: null }, `${total.table} 合计 ${total.measure} = sum of its classes`));
    }
  }
  return results;
}

/**
 * Within a row: 合计 = 基本支出 + 项目支出 (+ the other spending columns a table prints),
 * 基本支出 = 人员经费 + 公用经费, and the finer splits. A part the table prints as a column
 * but the row leaves blank counts as zero; a part the table has no column for is left out.
 */
const SPENDING_PARTS: MeasureName[] = ['basic', 'project', 'reserve', 'carry_forward', 'operating_expenditure', 'remit_superior', 'subsidy_affiliated'];
const ROW_IDENTITIES: Array<[MeasureName, Array<MeasureName | GroupedMeasure>, { unless?: MeasureName[] }?]> = [
  ['total', SPENDING_PARTS, { unless: ['current_year'] }],
  // 合计 | 当年预算 › 小计 基本 项目 … | 上年结转结余 › 小计 基本 项目 …
  ['total', ['current_year', 'carryover']],
  ['current_year', SPENDING_PARTS],
  ['carryover', SPENDING_PARTS.map((p): GroupedMeasure => `carryover_${p}`)],
  // A basic-spending table (一般公共预算基本支出表): its 合计 is 基本支出 itself.
  ['total', ['personnel', 'public_funds'], { unless: ['basic', 'project'] }],
  ['basic', ['personnel', 'public_funds']],
  ['basic', ['personnel_wages', 'personnel_household', 'public_funds_goods', 'public_funds_capital']],
  ['personnel', ['personnel_wages', 'personnel_household']],
  ['public_funds', ['public_funds_goods', 'public_funds_capital']],
  ['project', ['project_operating', 'project_specific']],
];

export function columnChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  const measuresByTable = new Map<string, Set<string>>();
  for (const l of lines) {
    if (!measuresByTable.has(l.table)) measuresByTable.set(l.table, new Set());
    measuresByTable.get(l.table)!.add(l.measure);
  }
  const rows = groupBy(lines.filter((l) => l.classification !== 'none' || l.item === 'total' || l.item === 'unit.total'), rowKey);
  for (const row of rows.values()) {
    const m = new Map(row.map((l) => [l.measure, l]));
    const columns = measuresByTable.get(row[0]!.table)!;
    for (const [whole, parts, guard] of ROW_IDENTITIES) {
      if (guard?.unless?.some((c) => columns.has(c))) continue;
      const wholeLine = m.get(whole);
      const printedParts = parts.filter((p) => columns.has(p));
      if (!wholeLine || printedParts.length < 2 || !printedParts.some((p) => m.has(p))) continue;
      results.push(sumCheck('sum.columns', wholeLine, printedParts.flatMap((p) => m.get(p) ?? []), roundingAllowance(row, printedParts.length),
        { table: wholeLine.table, page: wholeLine.page, code: wholeLine.code }, `${wholeLine.table} row ${wholeLine.row} ${whole} = ${printedParts.join(' + ')}`));
    }
  }
  return results;
}

/** Funding sources a 合计 splits into, and the aggregates that stand for some of them. */
const SOURCES: MeasureName[] = ['fiscal_appropriation', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds', 'other_funds',
  'business_income', 'operating_income', 'superior_subsidy', 'affiliated_remit', 'other_income', 'carryover'];
const AGGREGATES: Array<[MeasureName, MeasureName[]]> = [
  ['fiscal_appropriation', ['general_budget', 'gov_fund', 'state_capital']],
  ['unit_funds', ['business_income', 'operating_income', 'superior_subsidy', 'affiliated_remit', 'other_income']],
];

/** Spending groups whose columns a table may split by funding source (basic_general_budget). */
const SPENDING_GROUPS: MeasureName[] = ['basic', 'project', 'carryover'];

/** The funding-source columns of a table at their top level (an aggregate's members left out). */
function topLevelSources(columns: Set<string>): string[] {
  const members = new Set(AGGREGATES.filter(([aggregate]) => columns.has(aggregate)).flatMap(([, of]) => of));
  return SOURCES.filter((s) => columns.has(s) && !members.has(s));
}

/** Each aggregate (财政拨款, 单位资金) among `columns` = its members, under an optional group prefix. */
function aggregateSums(columns: Set<string>, prefix: string): Array<[string, string[]]> {
  return AGGREGATES.filter(([aggregate]) => columns.has(prefix + aggregate))
    .map(([aggregate, members]) => [prefix + aggregate, members.map((s) => prefix + s).filter((s) => columns.has(s))]);
}

function isPrintedAggregate(measure: string, columns: Set<string>): boolean {
  return AGGREGATES.some(([aggregate, members]) => {
    if (!measure.endsWith(aggregate)) return false;
    const prefix = measure.slice(0, -aggregate.length);
    return members.some((s) => columns.has(prefix + s));
  });
}

/**
 * Within a row: 合计 = the sum of its funding-source columns (一般公共预算 + 政府性基金 + … +
 * 上年结转), through 本年收入 where the table prints that subtotal, and each aggregate
 * (财政拨款, 单位资金) = its members. Blank cells count as zero.
 */
export function fundingChecks(lines: BudgetLine[], tables: readonly RecognisedTable[] = []): CheckResult[] {
  const results: CheckResult[] = [];
  // The columns a table prints, blank ones included (a blank 政府性基金 column still splits the 合计).
  const columnsOf = new Map<number | null, Set<string>>();
  for (const t of tables) columnsOf.set(t.index, new Set(t.columns.flatMap((c) => (c.measure ? [c.measure] : []))));
  for (const l of lines) {
    if (!columnsOf.has(l.provenance.table_index)) columnsOf.set(l.provenance.table_index, new Set());
    columnsOf.get(l.provenance.table_index)!.add(l.measure);
  }
  const rows = groupBy(lines, rowKey);
  for (const row of rows.values()) {
    const m = new Map(row.map((l) => [l.measure, l]));
    const columns = columnsOf.get(row[0]!.provenance.table_index)!;
    // 上年结转 printed only split by source (财政拨款结转 › 一般公共预算 …) is still a part of the 合计.
    const carried = columns.has('carryover') ? [] : topLevelSources(new Set([...columns].filter((c) => c.startsWith('carryover_')).map((c) => c.slice('carryover_'.length)))).map((s) => `carryover_${s}`);
    const top = [...topLevelSources(columns), ...carried];
    const sums: Array<[string, string[]]> = columns.has('current_year_income')
      ? [['current_year_income', top.filter((s) => s !== 'carryover')], ['total', ['current_year_income', ...top.filter((s) => s === 'carryover')]]]
      : [['total', top]];
    sums.push(...aggregateSums(columns, ''));
    // 基本支出 › 财政拨款 › 一般公共预算 | 政府性基金 | …: a spending group split by funding source.
    for (const group of SPENDING_GROUPS) {
      const prefix = `${group}_`;
      const sources = new Set([...columns].filter((c) => c.startsWith(prefix)).map((c) => c.slice(prefix.length)));
      sums.push([group, topLevelSources(sources).map((s) => prefix + s)], ...aggregateSums(new Set([...sources].map((s) => prefix + s)), prefix));
    }
    for (const [whole, parts] of sums) {
      const wholeLine = m.get(whole);
      // One part is enough where it is an aggregate whose members the table prints (合计 = 财政拨款 › 小计).
      const enough = parts.length >= 2 || (parts.length === 1 && isPrintedAggregate(parts[0]!, columns));
      if (!wholeLine || !enough || !parts.some((p) => m.has(p))) continue;
      results.push(sumCheck('sum.columns', wholeLine, parts.flatMap((p) => m.get(p) ?? []), roundingAllowance(row, parts.length),
        { table: wholeLine.table, page: wholeLine.page, code: wholeLine.code }, `${wholeLine.table} row ${wholeLine.row} ${whole} = ${parts.join(' + ')}`));
    }
  }
  return results;
}

/** Within a summary table: the lines of each side add up to its subtotals. */
const SUMMARY_IDENTITIES: Array<[string, (item: string) => boolean, string]> = [
  ['expenditure.current_year', (item) => item.startsWith('function.'), 'the function classes'],
  ['expenditure.current_year', (item) => item === 'expenditure.basic' || item === 'expenditure.project' || item === 'expenditure.reserve', '基本支出 + 项目支出 (+ 单位预留机动经费)'],
  ['expenditure.basic', (item) => item === 'expenditure.personnel' || item === 'expenditure.public_funds', '人员经费 + 公用经费'],
  ['income.total', (item) => item === 'income.current_year' || item === 'income.carryover' || item === 'income.unit_balance', '本年收入 + 上年结转 (+ 使用非财政拨款结余)'],
  ['expenditure.total', (item) => ['expenditure.current_year', 'expenditure.year_end_carryover', 'expenditure.carry_forward', 'expenditure.surplus_distribution'].includes(item), '本年支出 + 结余分配 + 年终结转 / 结转下年'],
];

export function summaryChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  for (const table of ['income_expenditure_summary', 'fiscal_summary']) {
    // A budget's 合计 column, or a 决算's 决算数.
    for (const measure of ['total', 'actual']) {
      const own = lines.filter((l) => l.table === table && l.measure === measure && l.item);
      for (const [whole, isPart, describe] of SUMMARY_IDENTITIES) {
        // Side-by-side lists each print their own 本年支出合计: a whole adds up the lines of its own column.
        for (const wholeLine of own.filter((l) => l.item === whole)) {
          const parts = own.filter((l) => isPart(l.item!) && l.provenance.col === wholeLine.provenance.col);
          if (parts.length < 2) continue;
          results.push(sumCheck('sum.summary', wholeLine, parts, roundingAllowance(parts, parts.length),
            { table, page: wholeLine.page, code: null }, `${table} ${whole} = ${describe}`));
        }
      }
      results.push(...incomeSourceChecks(table, own));
    }
  }
  return results;
}

const INCOME_SOURCES = SOURCES.filter((s) => s !== 'carryover').map((s) => `income.${s}`);

/**
 * 本年收入合计 = its sources. Whether 财政拨款 heads 一般公共预算 and 政府性基金 ("一、财政拨款
 * 收入 （一）一般公共预算") or is a part of 一般公共预算 ("其中：财政拨款") the items do not
 * say. As a head it must also equal its members, unless they are 其中 parts of it; the
 * identities hold if any reading's do, and fail with the first reading's results otherwise.
 */
function incomeSourceChecks(table: string, own: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  for (const wholeLine of own.filter((l) => l.item === 'income.current_year')) {
    // The sources of this year's income, not the same names repeated under 上年结转.
    const carryovers = own.filter((l) => l.item === 'income.carryover' && l.provenance.col === wholeLine.provenance.col).map((l) => l.row);
    const sameSection = (l: BudgetLine) => carryovers.every((r) => (l.row < r) === (wholeLine.row < r));
    const byKey = new Map<string, BudgetLine>();
    for (const l of own) {
      if (!INCOME_SOURCES.includes(l.item!) || l.provenance.col !== wholeLine.provenance.col || !sameSection(l)) continue;
      const key = l.item!.slice('income.'.length);
      if (!byKey.has(key)) byKey.set(key, l);
    }
    if (byKey.size === 0) continue;
    const present = new Set(byKey.keys());
    const sum = (whole: BudgetLine, keys: string[], describe: string): CheckResult => {
      const parts = keys.flatMap((k) => byKey.get(k) ?? []);
      return sumCheck('sum.summary', whole, parts, roundingAllowance(parts, parts.length),
        { table, page: whole.page, code: null }, `${table} ${describe} = ${parts.map((l) => l.name).join(' + ')}`);
    };
    const readings: CheckResult[][] = [];
    const head = [sum(wholeLine, topLevelSources(present), '本年收入合计')];
    for (const [aggregate, members] of AGGREGATES) {
      const of = members.filter((k) => present.has(k));
      if (present.has(aggregate) && of.length > 0) head.push(sum(byKey.get(aggregate)!, of, byKey.get(aggregate)!.name));
    }
    readings.push(head);
    // Members printed as 其中 parts ("其中：政府性基金预算财政拨款") are not the whole of the head.
    const memberParts = AGGREGATES.some(([aggregate, members]) =>
      present.has(aggregate) && !byKey.get(aggregate)!.provenance.of_which && members.some((k) => byKey.get(k)?.provenance.of_which));
    if (head.length > 1 && memberParts) readings.push(head.slice(0, 1));
    if (present.has('fiscal_appropriation') && present.size > 1) {
      readings.push([sum(wholeLine, topLevelSources(new Set([...present].filter((k) => k !== 'fiscal_appropriation'))), '本年收入合计')]);
    }
    results.push(...(readings.find((r) => r.every((c) => c.passed)) ?? readings[0]!));
  }
  return results;
}

/** The “三公” table's own sums: the total of its items, and 公务用车 of 购置 and 运行. */
const THREE_PUBLIC_SUMS: Array<[string, string[][]]> = [
  ['three_public.total', [['three_public.overseas', 'three_public.vehicle', 'three_public.reception'],
    ['three_public.overseas', 'three_public.vehicle_purchase', 'three_public.vehicle_operation', 'three_public.reception']]],
  ['three_public.vehicle', [['three_public.vehicle_purchase', 'three_public.vehicle_operation']]],
];

/**
 * Within the “三公” table: 合计 = 因公出国 + 公务用车 + 公务接待 and 公务用车 = 购置 + 运行, per
 * column where the items are rows, per row where they are columns. An item the table prints
 * but leaves blank counts as zero; one it does not print at all leaves the sum unchecked.
 */
export function threePublicChecks(lines: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  const tables = groupBy(lines.filter((l) => l.table === 'three_public' && l.item?.startsWith('three_public.')), (l) => String(l.provenance.table_index));
  for (const own of tables.values()) {
    results.push(...threePublicTableChecks(own));
  }
  return results;
}

function threePublicTableChecks(own: BudgetLine[]): CheckResult[] {
  const results: CheckResult[] = [];
  const printed = new Set(own.map((l) => l.item!));
  const byRow = groupBy(own, (l) => `${l.page}|${l.row}|${l.measure}`);
  const itemsAreColumns = [...byRow.values()].some((row) => new Set(row.map((l) => l.item)).size >= 2);
  const groups = itemsAreColumns ? byRow : groupBy(own, (l) => l.measure);
  for (const group of groups.values()) {
    const byItem = new Map(group.map((l) => [l.item!, l]));
    for (const [whole, readings] of THREE_PUBLIC_SUMS) {
      const wholeLine = byItem.get(whole);
      const parts = readings.find((items) => items.every((i) => printed.has(i)));
      if (!wholeLine || !parts || !parts.some((i) => byItem.has(i))) continue;
      const partLines = parts.flatMap((i) => byItem.get(i) ?? []);
      results.push(sumCheck('sum.three_public', wholeLine, partLines, roundingAllowance([wholeLine, ...partLines], parts.length),
        { table: 'three_public', page: wholeLine.page, code: null }, `three_public ${wholeLine.name} ${wholeLine.measure} = ${partLines.map((l) => l.name).join(' + ')}`));
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
