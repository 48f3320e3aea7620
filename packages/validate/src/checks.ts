/** The outcome of one accounting identity checked on the extracted lines. */
import { Decimal, parseFigure, type BudgetLine, type Finding } from '@budget/model';

export interface CheckResult {
  passed: boolean;
  finding: Finding | null;
  /** For checks of 万元 figures (rounding allowed): whether the sum held exactly or within rounding. */
  rounding?: 'exact' | 'gap';
  /** The printed lines a check within rounding involved, to find the figure common to all gaps. */
  terms?: readonly BudgetLine[];
}

/** True when the line was printed in 万元 (its printed figure times 10 000 is its amount in 元). */
function printedInTenThousands(line: BudgetLine): boolean {
  const printed = parseFigure(line.printed); // null for a printed dash (zero)
  return printed !== null && !printed.isZero() && printed.times(10000).toFixed(2) === line.amount_yuan;
}

/**
 * Rounding allowance: a 万元 table rounds each printed figure to 0.01 万元 independently,
 * so a sum of n terms may differ from its printed total by up to 50 元 per figure.
 * 元 tables are checked exactly, and so is a whole of a single part.
 */
export function roundingAllowance(lines: BudgetLine[], terms: number): Decimal {
  // A whole of one part is the same amount printed twice, rounded the same way: no allowance.
  if (terms <= 1) return new Decimal(0);
  return lines.some(printedInTenThousands) ? new Decimal(50).times(terms + 1) : new Decimal(0);
}

export function compare(
  check: string, expected: Decimal, actual: Decimal, allowance: Decimal,
  where: { table: string; page: number | null; code: string | null }, describe: string,
  terms: readonly BudgetLine[] = [],
): CheckResult {
  const gap = expected.minus(actual).abs();
  const roundable = allowance.greaterThan(0);
  if (gap.isZero()) return { passed: true, finding: null, ...(roundable ? { rounding: 'exact' as const } : {}) };
  const withinRounding = gap.lessThanOrEqualTo(allowance);
  return {
    ...(withinRounding ? { rounding: 'gap' as const, terms } : {}),
    passed: withinRounding,
    finding: {
      check, severity: withinRounding ? 'info' : 'error', table: where.table, page: where.page, code: where.code,
      expected: expected.toFixed(2), actual: actual.toFixed(2),
      message: `${describe}: expected ${expected.toFixed(2)}, printed ${actual.toFixed(2)}${withinRounding ? ' (within 万元 rounding)' : ''}`,
    },
  };
}

export const sumOf = (lines: readonly BudgetLine[]): Decimal => lines.reduce((acc, l) => acc.plus(l.amount_yuan), new Decimal(0));

/** whole = the sum of its parts (blank parts left out: they are zero), compared as `compare` does. */
export function sumCheck(
  check: string, whole: BudgetLine, parts: readonly BudgetLine[], allowance: Decimal,
  where: { table: string; page: number | null; code: string | null }, describe: string,
): CheckResult {
  return compare(check, new Decimal(whole.amount_yuan), sumOf(parts), allowance, where, describe, [whole, ...parts]);
}
