/** Pieces several house styles share: labels of budget units and of the summary-table lines. */
import { FUNCTION_CLASSES } from '../catalog/subjects.ts';
import { Ledger } from '../ledger.ts';
import type { BudgetUnit, Spec } from '../spec.ts';

export function ledgerOf(spec: Spec): Ledger {
  return new Ledger(spec.atoms);
}

/** "103001-大连市西岗区人民政府办公室（本级）" */
export function unitLabel(unit: BudgetUnit): string {
  return `${unit.code}-${unitName(unit)}`;
}

export function unitName(unit: BudgetUnit): string {
  return unit.own ? `${unit.name}（本级）` : unit.name;
}

/** The department's own code, as unit rows print it ("103"). */
export function departmentCode(spec: Spec): string {
  return spec.departmentCode ?? spec.units[0].code.slice(0, -3);
}

/** Chinese ordinal for list prefixes: 1 → 一, 12 → 十二, 27 → 二十七. */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}

/** Income lines of a summary table (收支总表) in the usual order, with their item keys. */
export const INCOME_LINES = [
  { item: 'income.general_budget', label: '一般公共预算拨款收入' },
  { item: 'income.gov_fund', label: '政府性基金预算拨款收入' },
  { item: 'income.state_capital', label: '国有资本经营预算拨款收入' },
  { item: 'income.special_account', label: '财政专户管理资金收入' },
  { item: 'income.business_income', label: '事业收入' },
  { item: 'income.superior_subsidy', label: '上级补助收入' },
  { item: 'income.affiliated_remit', label: '附属单位上缴收入' },
  { item: 'income.operating_income', label: '事业单位经营收入' },
  { item: 'income.other_income', label: '其他收入' },
] as const;

/** Income by line for a ledger: appropriations are 一般公共预算, own funds go where the spec says. */
export function incomeByItem(spec: Spec, ledger: Ledger): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of INCOME_LINES) out[line.item] = 0;
  out['income.general_budget'] = ledger.general().sum();
  out[`income.${spec.unitFundsIncome}`] += ledger.unitFunds().sum();
  return out;
}

export { FUNCTION_CLASSES };
