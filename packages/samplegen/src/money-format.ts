/**
 * How figures are printed. Amounts are integer 分 (cents); 万元 figures are rounded half-up to
 * two decimals independently of each other, exactly as budget systems print them, so sums of
 * printed children may differ from the printed parent by a few 0.01.
 */
import { Decimal, parseFigure, toYuan, type Unit } from '@budget/model';
import type { Cents } from './spec.ts';

/** "7,198,527.41" */
export function yuanGrouped(cents: Cents): string {
  const fixed = new Decimal(cents).div(100).toFixed(2);
  const [int, frac] = fixed.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** "719.85" — 万元 with two decimals. */
export function wan(cents: Cents): string {
  return new Decimal(cents).div(1_000_000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** "30.4", "0", "719.85" — 万元 as prose often prints it, trailing zeros dropped. */
export function wanTrimmed(cents: Cents): string {
  const fixed = wan(cents);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** A percentage with two decimals ("16.94"). */
export function percent(part: Cents, whole: Cents): string {
  if (whole === 0) return '0.00';
  return new Decimal(part).div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** The 元 amount a reader gets from a printed figure in `unit` (what the dataset must hold). */
export function printedToYuan(printed: string, unit: Unit): string {
  const value = parseFigure(printed);
  if (!value) throw new Error(`not a figure: ${JSON.stringify(printed)}`);
  return toYuan(value, unit);
}

/** The exact 元 amount of cents ("7198527.41"). */
export function centsToYuan(cents: Cents): string {
  return new Decimal(cents).div(100).toFixed(2);
}
