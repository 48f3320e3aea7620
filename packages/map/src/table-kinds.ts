/** Table kind recognition from the printed title, whose wording varies by region and year. */
import { normaliseTitle, type TableKind } from '@budget/model';

export { looksLikeTableTitle, normaliseTitle } from '@budget/model';

interface KindRule {
  kind: TableKind;
  /** Every pattern must match the compacted title. */
  all: RegExp[];
  /** No pattern may match. */
  none?: RegExp[];
}

/**
 * Most specific first: a title such as 一般公共预算基本支出表 also contains 支出表, and
 * 财政拨款收支总表 also contains 收支. Aliases collected from the seeds and the Jiangsu files.
 */
const RULES: KindRule[] = [
  { kind: 'three_public', all: [/三公/] },
  { kind: 'department_performance', all: [/绩效/, /整体/] },
  { kind: 'project_performance', all: [/绩效/] },
  { kind: 'operating_funds', all: [/(运转经费|机关运行经费)/] },
  { kind: 'purchased_services', all: [/购买服务/] },
  { kind: 'procurement', all: [/政府采购/] },
  { kind: 'gov_fund_expenditure', all: [/(政府性基金|政府基金)/] },
  { kind: 'state_capital_expenditure', all: [/国有资本经营/] },
  { kind: 'general_budget_basic', all: [/一般公共预算/, /基本支出/] },
  { kind: 'fiscal_summary', all: [/财政拨款/, /(收支|收入支出|总表)/] },
  // Extensions (Jiangsu 2017–2019): 财政拨款 expenditure by function and its basic part by economic class.
  { kind: 'fiscal_basic', all: [/财政拨款/, /基本支出/], none: [/一般公共预算/] },
  { kind: 'fiscal_expenditure', all: [/财政拨款/, /支出/], none: [/一般公共预算/] },
  { kind: 'basic_expenditure', all: [/^基本支出/] },
  // 一般公共预算支出经济分类情况表: by economic class, basic and project together.
  { kind: 'economic_expenditure', all: [/一般公共预算/, /经济分类/] },
  { kind: 'general_budget_expenditure', all: [/一般公共预算/, /支出/] },
  { kind: 'project_expenditure', all: [/项目支出/] },
  { kind: 'economic_expenditure', all: [/经济分类/] },
  { kind: 'function_expenditure', all: [/功能分类/] },
  { kind: 'income_expenditure_summary', all: [/(收支|收入支出)/] },
  { kind: 'income_summary', all: [/收入/] },
  { kind: 'expenditure_summary', all: [/支出/] },
];

export function recogniseTableKind(title: string): TableKind | null {
  const t = normaliseTitle(title);
  for (const rule of RULES) {
    if (rule.all.every((p) => p.test(t)) && !(rule.none ?? []).some((p) => p.test(t))) return rule.kind;
  }
  return null;
}
