/**
 * Rounding gaps in a document that otherwise sums exactly. A 万元 table rounds each figure
 * to 0.01 万元, so a sum may miss its total by a few 分 of 万元, and a single check cannot
 * tell that from a misprinted or altered last digit. The document as a whole can: where
 * figures are rounded independently, a sum of k figures misses by at least 0.01 about a
 * third of the time or more, so twenty exact 万元 sums and no gap almost never happen by
 * chance (≈ 0.7^20 < 0.1%). An office that prints such a document sums its printed figures;
 * if its only gaps (two or more) all involve one printed figure, that figure is wrong, not rounded.
 */
import type { BudgetLine } from '@budget/model';
import type { CheckResult } from './checks.ts';

/** Exact 万元 sums needed before a document counts as one that sums its printed figures. */
export const MIN_EXACT_SUMS = 20;

/** The lines every gap involves (a figure altered or misprinted is a term of all of its sums). */
export function commonTerms(gaps: readonly CheckResult[]): BudgetLine[] {
  let common = new Set(gaps[0]!.terms ?? []);
  for (const gap of gaps.slice(1)) {
    const terms = new Set(gap.terms ?? []);
    common = new Set([...common].filter((l) => terms.has(l)));
  }
  return [...common];
}

const describeLine = (l: BudgetLine) => `${l.code ?? l.item ?? l.name} ${l.measure} printed ${l.printed} in ${l.table} (p${l.page ?? '?'})`;

/**
 * Results with the gaps of an exactly summing document turned into errors when one printed
 * figure explains them all; unchanged otherwise (gaps stay `info`, as rounding).
 */
export function judgeRoundingGaps(results: readonly CheckResult[]): CheckResult[] {
  const exact = results.filter((r) => r.rounding === 'exact').length;
  const gaps = results.filter((r) => r.rounding === 'gap');
  // One gap names no figure: its parent and every child are equally suspect, and a single
  // 0.01 万元 gap is what rounding leaves now and then even in a document that sums its figures.
  if (exact < MIN_EXACT_SUMS || gaps.length < 2) return [...results];
  const suspects = commonTerms(gaps);
  if (suspects.length === 0) return [...results];
  const named = suspects.map(describeLine).join(' or ');
  return results.map((r) => {
    if (r.rounding !== 'gap' || !r.finding) return r;
    return {
      ...r,
      passed: false,
      finding: {
        ...r.finding,
        severity: 'error',
        message: `${r.finding.message.replace(' (within rounding)', '')}; not rounding: the document's other ${exact} rounded sums are exact and every gap involves ${named}`,
      },
    };
  });
}
