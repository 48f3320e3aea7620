/** Canonical keys of uncoded lines (summary tables, 三公 items), from their printed names. */
import { compact, stripListPrefix, toHalfWidth } from '@budget/model';
import { EXPENDITURE_ROWS, FUNCTION_CLASS_ROWS, INCOME_ROWS, THREE_PUBLIC_ROWS } from './aliases.ts';

export type Side = 'income' | 'expenditure' | null;

/** Name as the contract wants it: no whitespace, no list prefix. */
export function cleanName(printed: string): string {
  return stripListPrefix(compact(toHalfWidth(printed)).replace(/^[\d]+[.、．](?!\d)/, ''));
}

function firstMatch(rules: Array<[RegExp, string]>, name: string): string | null {
  for (const [pattern, key] of rules) if (pattern.test(name)) return key;
  return null;
}

export function summaryItem(name: string, side: Side): string | null {
  if (side !== 'expenditure') {
    const income = firstMatch(INCOME_ROWS, name);
    if (income) return income;
  }
  if (side !== 'income') {
    const spent = firstMatch(EXPENDITURE_ROWS, name);
    if (spent) return spent;
    const cls = firstMatch(FUNCTION_CLASS_ROWS, name);
    if (cls) return `function.${cls}`;
  }
  return null;
}

/** 机关运行经费, printed as a column of the “三公” table in some styles (Shanghai). */
export function operatingFundsItem(name: string): string | null {
  return /机关运行经费|机构运转经费/.test(cleanName(name)) ? 'operating_funds.total' : null;
}

export function threePublicItem(name: string): string | null {
  return firstMatch(THREE_PUBLIC_ROWS, cleanName(name));
}

export function isTotalName(name: string): boolean {
  return /^(合计|总计)[:：]?$/.test(name);
}

/**
 * The item a column of a “三公” table stands for, and the header that names it, read from the
 * end of its header path: 小计 / 合计 under a group is the group's item (“三公”经费 › 小计,
 * 公务用车购置及运行费 › 小计); a column of 机关运行经费 beside the items is operating_funds.total.
 */
export function threePublicColumn(path: readonly string[]): { item: string; header: string } | null {
  const named = path.length > 1 && /^(小计|合计)$/.test(path[path.length - 1]!) ? path.slice(0, -1) : path;
  for (let i = named.length - 1; i >= 0; i--) {
    const header = named[i]!;
    const item = threePublicItem(header) ?? operatingFundsItem(header) ?? (/三公/.test(header) || isTotalName(header) ? 'three_public.total' : null);
    if (item) return { item, header };
  }
  return null;
}
