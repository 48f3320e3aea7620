/** The dataset contract's vocabulary (../shared/contract/DATASET.md): table kinds and measures. */
import { z } from 'zod';

export const TABLE_KINDS = [
  'income_expenditure_summary',
  'income_summary',
  'expenditure_summary',
  'function_expenditure',
  'economic_expenditure',
  'fiscal_summary',
  'general_budget_expenditure',
  'general_budget_basic',
  'three_public',
  'gov_fund_expenditure',
  'state_capital_expenditure',
  'project_expenditure',
  'procurement',
  'purchased_services',
  'operating_funds',
  'department_performance',
  'project_performance',
  // Extensions: Jiangsu's 财政拨款支出预算表 (by function) and 财政拨款基本支出预算表 (by economic class).
  'fiscal_expenditure',
  'fiscal_basic',
  // 基本支出预算(情况)表: basic spending of all funding sources by economic class (Shandong).
  'basic_expenditure',
] as const;
export const TableKind = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKind>;

/**
 * Measures: what a column of amounts means. The first block is the contract's list;
 * the rest are extensions for columns that fit none (documented here, as the contract asks).
 */
export const MEASURES = {
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public_funds: '公用经费',
  general_budget: '一般公共预算',
  gov_fund: '政府性基金预算',
  state_capital: '国有资本经营预算',
  special_account: '财政专户管理资金',
  unit_funds: '单位资金',
  fiscal_appropriation: '财政拨款',
  business_income: '事业收入',
  operating_income: '事业单位经营收入',
  superior_subsidy: '上级补助收入',
  affiliated_remit: '附属单位上缴收入',
  other_income: '其他收入',
  other_funds: '其他资金 (Jiangsu: the money that is not 财政拨款)',
  carryover: '上年结转结余',
  prior_year: '上年预算数',
  actual: '决算数',
  // Extensions (the contract allows new names for columns that fit none).
  personnel_wages: '人员经费 › 工资福利支出',
  personnel_household: '人员经费 › 对个人和家庭的补助',
  public_funds_goods: '公用经费 › 商品和服务支出',
  public_funds_capital: '公用经费 › 资本性支出',
  project_operating: '项目支出 › 其他运转类',
  project_specific: '项目支出 › 特定目标类',
  project_capital_construction: '项目支出 › 其中：基本建设资金支出',
  operating_expenditure: '经营支出',
  remit_superior: '上缴上级支出',
  subsidy_affiliated: '对附属单位补助支出',
  current_year_income: '本年收入 (小计)',
  current_year: '当年预算 / 本年支出 › 小计: this year\'s money beside 上年结转结余 (a 合计 = 当年 + 结转)',
  reserve: '单位预留机动经费',
  initial_budget: '年初预算数 (决算 tables)',
  adjusted_budget: '调整预算数 / 全年预算数 (决算 tables)',
  year_end_carryover: '年末结转和结余 (决算 tables)',
  carry_forward: '结转下年资金',
  general_budget_fiscal_appropriation: '一般公共预算 › 其中：财政拨款',
  change: '增减 (决算数 − 预算数, this year − last)',
} as const;
/**
 * A measure is one of the names above, or a column group's measure joined to its
 * sub-column's with '_' (支出预算总表: 基本支出 › 一般公共预算 = basic_general_budget,
 * 项目支出 › 财政拨款 = project_fiscal_appropriation; a 其中 part of a column:
 * 事业收入 › 其中：教育收费 = business_income_special_account).
 */
export const Measure = z.string().regex(/^[a-z]+(_[a-z]+)*$/);
/** A measure of the vocabulary above: identity tables are written in these, so a misspelt one does not compile. */
export type MeasureName = keyof typeof MEASURES;
/** A group's measure joined to a vocabulary measure (basic_general_budget, carryover_basic). */
export type GroupedMeasure = `${'basic' | 'project' | 'carryover'}_${MeasureName}`;
export type Measure = string;
export function isKnownMeasure(name: string): boolean {
  if (name in MEASURES) return true;
  // A column group's measure joined to its sub-column's (basic_general_budget, business_income_special_account).
  const parts = name.split('_');
  return parts.some((_, i) => i > 0 && parts.slice(0, i).join('_') in MEASURES && parts.slice(i).join('_') in MEASURES);
}

export const Classification = z.enum(['function', 'economic', 'gov_economic', 'none']);
export type Classification = z.infer<typeof Classification>;

export const DocumentKind = z.enum(['budget', 'final_accounts']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DocumentStatus = z.enum(['ok', 'partial', 'failed', 'needs_ocr']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;
