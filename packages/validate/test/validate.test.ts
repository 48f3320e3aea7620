import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '@budget/model';
import { balanceChecks, columnChecks, hierarchyChecks } from '@budget/validate';

function line(code: string | null, measure: string, amount: string, printed = amount, extra: Partial<BudgetLine> = {}): BudgetLine {
  return {
    doc_id: 'd', table: 'function_expenditure', table_title: 't', page: 1, row: 0, unit_code: null, unit_name: null,
    classification: code ? 'function' : 'none', item: code ? null : 'total', code, name: 'n', measure,
    amount_yuan: amount, printed, repaired: false,
    provenance: { page: 1, table_index: 0, row: 0, col: 0, bbox: null, text: printed }, ...extra,
  };
}

describe('hierarchy', () => {
  it('passes when 项 sum to 款 and 款 to 类', () => {
    const results = hierarchyChecks([line('201', 'total', '30.00'), line('20103', 'total', '30.00'), line('2010301', 'total', '10.00'), line('2010302', 'total', '20.00')]);
    expect(results.length).toBe(2);
    expect(results.every((r) => r.passed)).toBe(true);
  });

  it('fails with an error naming table, code, expected and actual', () => {
    const [result] = hierarchyChecks([line('20103', 'total', '31.00'), line('2010301', 'total', '10.00'), line('2010302', 'total', '20.00')]);
    expect(result!.passed).toBe(false);
    expect(result!.finding).toMatchObject({ check: 'sum.children', severity: 'error', table: 'function_expenditure', code: '20103', expected: '31.00', actual: '30.00' });
  });

  it('allows independent two-decimal rounding in 万元 tables, as info', () => {
    // Printed 万元: 10.01 + 20.01 = 30.02, but the parent prints 30.01.
    const [result] = hierarchyChecks([
      line('20103', 'total', '300100.00', '30.01'), line('2010301', 'total', '100100.00', '10.01'), line('2010302', 'total', '200100.00', '20.01'),
    ]);
    expect(result!.passed).toBe(true);
    expect(result!.finding?.severity).toBe('info');
  });

  it('checks the total row against the classes', () => {
    const results = hierarchyChecks([line(null, 'total', '40.00'), line('201', 'total', '30.00'), line('208', 'total', '10.00')]);
    expect(results.some((r) => r.passed && r.finding === null)).toBe(true);
  });
});

describe('columns and balance', () => {
  it('合计 = 基本支出 + 项目支出 within a row', () => {
    const ok = columnChecks([line('201', 'total', '30.00'), line('201', 'basic', '10.00'), line('201', 'project', '20.00')]);
    expect(ok.every((r) => r.passed)).toBe(true);
    const bad = columnChecks([line('201', 'total', '30.00'), line('201', 'basic', '10.00'), line('201', 'project', '19.00')]);
    expect(bad[0]!.finding?.severity).toBe('error');
  });

  it('收入总计 = 支出总计', () => {
    const lines = [
      line(null, 'total', '5.00', '5.00', { table: 'income_expenditure_summary', item: 'income.total' }),
      line(null, 'total', '6.00', '6.00', { table: 'income_expenditure_summary', item: 'expenditure.total' }),
    ];
    expect(balanceChecks(lines)[0]!.passed).toBe(false);
  });
});
