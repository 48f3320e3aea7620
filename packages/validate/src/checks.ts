/** The outcome of one accounting identity checked on the extracted lines. */
import { Decimal, parseFigure, type BudgetLine, type Finding } from '@budget/model';

export interface CheckResult {
  passed: boolean;
  finding: Finding | null;
  /** For checks of rounded figures (万元, whole 元): whether the sum held exactly or within rounding. */
  rounding?: 'exact' | 'gap';
  /** The table (index) a check of one table's own sums was made in; absent for checks across tables. */
  checkedTable?: number | null;
  /** The printed lines a failed check (or one within rounding) involved, to find a figure common to all failures. */
  terms?: readonly BudgetLine[];
}

/** The coarsest rounding step a 万元 table prints: 0.01 万元. */
const COARSEST_STEP = new Decimal(100);

/**
 * The rounding step of a printed figure in 元: 0.01 万元 = 100 元 for "1234.56" in 万元, 1 元 for
 * "154369327" in a table of whole 元, 0.01 元 for "1234.56" in 元. Null for a dash or a zero.
 */
function printedStep(line: BudgetLine): Decimal | null {
  const printed = parseFigure(line.printed); // null for a printed dash (zero)
  if (printed === null || printed.isZero()) return null;
  const decimals = line.printed.match(/\.(\d+)$/)?.[1]?.length ?? 0;
  const factor = new Decimal(line.amount_yuan).div(printed).abs();
  return Decimal.min(COARSEST_STEP, factor.times(new Decimal(10).pow(-decimals)));
}

/**
 * Rounding allowance: a table that rounds each printed figure independently (to 0.01 万元, or to
 * whole 元) lets a sum of n terms differ from its printed total by up to half a step per figure.
 * The finest step among the figures is the table's: "15" beside "21.56" in 万元 is 15.00.
 * Figures printed to the fen are checked exactly, and so is a whole of a single part.
 */
export function roundingAllowance(lines: BudgetLine[], terms: number): Decimal {
  // A whole of one part is the same amount printed twice, rounded the same way: no allowance.
  if (terms <= 1) return new Decimal(0);
  const steps = lines.map(printedStep).filter((s): s is Decimal => s !== null);
  if (steps.length === 0) return new Decimal(0);
  const halfStep = Decimal.min(...steps).div(2);
  return halfStep.lessThan(0.01) ? new Decimal(0) : halfStep.times(terms + 1);
}

export function compare(
  check: string, expected: Decimal, actual: Decimal, allowance: Decimal,
  where: { table: string; page: number | null; code: string | null }, describe: string,
  terms: readonly BudgetLine[] = [],
): CheckResult {
  const gap = expected.minus(actual).abs();
  const roundable = allowance.greaterThan(0);
  const checkedTable = terms.length > 0 && terms.every((l) => l.provenance.table_index === terms[0]!.provenance.table_index) ? terms[0]!.provenance.table_index : undefined;
  const own = checkedTable === undefined ? {} : { checkedTable };
  if (gap.isZero()) return { passed: true, finding: null, ...own, ...(roundable ? { rounding: 'exact' as const } : {}) };
  const withinRounding = gap.lessThanOrEqualTo(allowance);
  return {
    ...own,
    terms,
    ...(withinRounding ? { rounding: 'gap' as const } : {}),
    passed: withinRounding,
    finding: {
      check, severity: withinRounding ? 'info' : 'error', table: where.table, page: where.page, code: where.code,
      expected: expected.toFixed(2), actual: actual.toFixed(2),
      message: `${describe}: expected ${expected.toFixed(2)}, printed ${actual.toFixed(2)}${withinRounding ? ' (within rounding)' : ''}`,
    },
  };
}

/** A failed check that says less than the document contradicting itself: a warning, its message rewritten. */
export function asWarning(result: CheckResult, message: (printed: string) => string): CheckResult {
  return result.finding ? { ...result, finding: { ...result.finding, severity: 'warning', message: message(result.finding.message) } } : result;
}

export const sumOf = (lines: readonly BudgetLine[]): Decimal => lines.reduce((acc, l) => acc.plus(l.amount_yuan), new Decimal(0));

/** whole = the sum of its parts (blank parts left out: they are zero), compared as `compare` does. */
export function sumCheck(
  check: string, whole: BudgetLine, parts: readonly BudgetLine[], allowance: Decimal,
  where: { table: string; page: number | null; code: string | null }, describe: string,
): CheckResult {
  return compare(check, new Decimal(whole.amount_yuan), sumOf(parts), allowance, where, describe, [whole, ...parts]);
}
