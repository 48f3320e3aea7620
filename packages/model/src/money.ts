/** Printed figures to exact amounts in 元 (decimal.js; never binary floats). */
import { Decimal } from 'decimal.js';
import { toHalfWidth } from './text.ts';

export type Unit = '元' | '万元' | '千元';

const UNIT_FACTOR: Record<Unit, Decimal> = { '元': new Decimal(1), '万元': new Decimal(10000), '千元': new Decimal(1000) };

/** A printed figure: optional sign, digits with optional thousands separators, optional decimals. */
const FIGURE = /^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Parses a printed figure ("1,103.89", "-0.5", "１０３.８９") into a Decimal, or null when
 * the text is not a figure. Dashes and empty cells ("-", "—", "") are null, not zero.
 */
export function parseFigure(printed: string): Decimal | null {
  const text = toHalfWidth(printed).replace(/\s+/g, '').replace(/−/g, '-');
  if (!FIGURE.test(text)) return null;
  return new Decimal(text.replace(/,/g, ''));
}

/** A dash printed in an amount cell ("-", "－", "—") stands for zero, as 0.00 does. */
const PRINTED_ZERO = /^[-—–－]+$/;

/** The amount an amount cell prints: a figure, or zero for a dash; null for anything else. */
export function parseAmount(printed: string): Decimal | null {
  return PRINTED_ZERO.test(toHalfWidth(printed).replace(/\s+/g, '')) ? new Decimal(0) : parseFigure(printed);
}

export function isFigure(printed: string): boolean {
  return parseFigure(printed) !== null;
}

/** Converts an amount printed in `unit` to 元, formatted with exactly two decimals. */
export function toYuan(amount: Decimal, unit: Unit): string {
  return amount.times(UNIT_FACTOR[unit]).toFixed(2);
}

/** Reads a unit from text such as "金额单位：元", "单位：万元", "（万元）". */
export function unitIn(text: string): Unit | null {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  const m = t.match(/(?:金额单位|单位)[:：]?(万元|千元|元)/);
  if (m) return m[1] as Unit;
  if (/[（(](万元|千元|元)[)）]/.test(t)) return t.match(/[（(](万元|千元|元)[)）]/)![1] as Unit;
  return null;
}

export { Decimal };
