/**
 * A table whose own sums mostly fail under our reading is misread more likely than misprinted:
 * an office prints a table from a system that adds it up, so its errors are few and local,
 * while a column taken for the wrong one breaks every row (failures that share no printed
 * figure: a wrong figure is a term of every sum it breaks). Such failures are not the
 * document's contradictions: they become warnings, and one `reading.uncertain` finding per
 * table says which table could not be checked (the document is then partial, not ok).
 */
import { asWarning, type CheckResult } from './checks.ts';
import { commonTerms } from './rounding.ts';

export const UNCERTAIN_READING = 'reading.uncertain';
/** A table is judged misread when at least this many of its own sums fail … */
const MIN_FAILURES = 3;
/** … and they are more than this share of its own sums. */
const MAX_FAILING_SHARE = 0.5;

export function judgeMisreadings(results: readonly CheckResult[]): CheckResult[] {
  const byTable = new Map<number, CheckResult[]>();
  for (const r of results) {
    if (r.checkedTable === undefined || r.checkedTable === null) continue;
    byTable.set(r.checkedTable, [...(byTable.get(r.checkedTable) ?? []), r]);
  }
  const misread = new Map<number, { failed: number; total: number; first: CheckResult }>();
  for (const [table, own] of byTable) {
    const failed = own.filter((r) => r.finding?.severity === 'error');
    if (failed.length < MIN_FAILURES || failed.length / own.length <= MAX_FAILING_SHARE) continue;
    // One printed figure in every failing sum is that figure's error (a misprint), not a misreading.
    if (commonTerms(failed).length > 0) continue;
    misread.set(table, { failed: failed.length, total: own.length, first: failed[0]! });
  }
  if (misread.size === 0) return [...results];
  const judged = results.map((r) => {
    if (r.checkedTable === undefined || r.checkedTable === null || !misread.has(r.checkedTable) || r.finding?.severity !== 'error') return r;
    return asWarning(r, (m) => `not checked (reading uncertain): ${m}`);
  });
  for (const [, { failed, total, first }] of misread) {
    const where = first.finding!;
    judged.push({
      passed: false,
      finding: {
        check: UNCERTAIN_READING, severity: 'warning', table: where.table, page: where.page, code: null, expected: null, actual: `${failed} of ${total}`,
        message: `${where.table} (p${where.page ?? '?'}): ${failed} of its ${total} own sums fail under our reading; its columns or rows are probably misread, so its figures are not vouched for`,
      },
    });
  }
  return judged;
}
