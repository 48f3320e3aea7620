/** Table kind recognition from the printed title, whose wording varies by region and year. */
import { compact, toHalfWidth, type TableKind } from '@budget/model';

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
  { kind: 'general_budget_expenditure', all: [/一般公共预算/, /支出/] },
  { kind: 'project_expenditure', all: [/项目支出/] },
  { kind: 'economic_expenditure', all: [/经济分类/] },
  { kind: 'function_expenditure', all: [/功能分类/] },
  { kind: 'income_expenditure_summary', all: [/(收支|收入支出)/] },
  { kind: 'income_summary', all: [/收入/] },
  { kind: 'expenditure_summary', all: [/支出/] },
];

/** A line that reads like a table title: short, names a 表, not a sentence. */
export function looksLikeTableTitle(text: string): boolean {
  const t = normaliseTitle(text);
  if (t.length < 4 || t.length > 48) return false;
  if (/[。；;]/.test(t)) return false;
  if (!/(表|预算|决算)$/.test(t)) return false;
  return /(预算|决算|经费|绩效|收支|支出|收入|采购|服务)/.test(t);
}

/** Drops list numbering, attachment labels, years, a leading note and the (2025年度) suffix from a title. */
export function normaliseTitle(text: string): string {
  return compact(toHalfWidth(text))
    .replace(/^[-•·]/, '')
    .replace(/^[(（][^()（）]{1,16}[)）]/, '')
    // A label's number never takes the 一 of 一般 ("表八一般公共预算支出表").
    .replace(/^(附表|附件)(\d+|[一二三四五六七八九十]+(?!般))?[、.:：-]?/, '')
    .replace(/^公开\d+表[:：]/, '')
    .replace(/^表(\d+|[一二三四五六七八九十]+(?!般))(-\d+)?[、.:：-]?/, '')
    .replace(/^(\d+[、.:：-]?|[一二三四五六七八九十]+[、.:：])/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/[(（][^()（）]{1,16}[)）]$/, '')
    .replace(/[(（](单位|金额单位)[:：].*$/, '');
}

export function recogniseTableKind(title: string): TableKind | null {
  const t = normaliseTitle(title);
  for (const rule of RULES) {
    if (rule.all.every((p) => p.test(t)) && !(rule.none ?? []).some((p) => p.test(t))) return rule.kind;
  }
  return null;
}
