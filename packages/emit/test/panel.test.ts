import { describe, expect, it } from 'vitest';
import type { BudgetLine, DocumentRow, PriorYearStatement } from '@budget/model';
import { buildPanel, type SpendingRow } from '../src/index.ts';

/** Two years of one department, spelled two ways; the 2019 document prints 上年预算数 for two lines. */
function doc(doc_id: string, year: number, department: string): DocumentRow {
  return {
    doc_id, source: `${doc_id}.pdf`, format: 'pdf', pages: 1, province: '江苏省', city: null, county: null, region_code: '320000',
    department, department_code: null, year, kind: 'budget', printed_unit: '元', status: 'ok', quality: 1, error: null,
    income_total: null, expenditure_total: null, basic_total: null, project_total: null, personnel_total: null, public_funds_total: null,
    three_public_total: null, three_public_overseas: null, three_public_vehicle_purchase: null, three_public_vehicle_operation: null,
    three_public_reception: null, staff_authorized: null, staff_actual: null, table_kinds: null, department_key: '320000:委办公厅',
  };
}
function line(doc_id: string, item: string, measure: string, amount_yuan: string): BudgetLine {
  return {
    doc_id, table: 'three_public', table_title: '“三公”经费', page: 3, row: 1, unit_code: null, unit_name: null, classification: 'none',
    item, code: null, name: item, measure, amount_yuan, printed: amount_yuan, repaired: false,
    provenance: { page: 3, table_index: 0, row: 1, col: 1, bbox: null, text: amount_yuan },
  } as BudgetLine;
}
function spending(doc_id: string, amount_yuan: string): SpendingRow {
  return { doc_id, classification: 'function', code: '201', level: '类', class_code: '201', top: true, name: '一般公共服务支出',
    measure: 'total', amount_yuan, source_table: 'expenditure_summary', units: 1, line_id: null, basis: 'printed' };
}

describe('buildPanel', () => {
  const input = {
    documents: [doc('a2018', 2018, '江苏省委办公厅'), doc('b2019', 2019, '中共江苏省委办公厅')],
    budget_lines: [
      line('a2018', 'three_public.total', 'total', '100.00'),
      line('a2018', 'three_public.reception', 'total', '40.00'),
      line('b2019', 'three_public.total', 'prior_year', '100.00'),
      line('b2019', 'three_public.reception', 'prior_year', '45.00'),
      line('b2019', 'three_public.overseas', 'prior_year', '5.00'),
    ],
    spending: [spending('a2018', '1000.00'), spending('b2019', '1100.00')],
  };

  it('links the years under one key, one row per key × year × code × measure', () => {
    const panel = buildPanel([input, input]); // the same dataset twice counts once
    expect([...panel.departments.get('320000:委办公厅')!.keys()]).toEqual([2018, 2019]);
    expect(panel.rows.map((row) => [row.year, row.amount_yuan])).toEqual([[2018, '1000.00'], [2019, '1100.00']]);
  });

  it('compares 上年预算数 with the previous year\'s document and reports the differences', () => {
    const panel = buildPanel([input]);
    expect(panel.summary).toMatchObject({ compared: 2, agree: 1, differ: 1, not_comparable: 1 });
    expect(panel.findings).toHaveLength(1);
    expect(panel.findings[0]).toMatchObject({ check: 'cross_year.prior_year', doc_id: 'b2019', expected: '40.00', actual: '45.00' });
  });

  it('compares last year\'s figures the prose implies with the previous year\'s headline and lines by function', () => {
    const stated = (subject: PriorYearStatement['subject'], prior_yuan: string): PriorYearStatement => ({
      subject, amount_yuan: '0.00', prior_yuan, provenance: { page: 2, table_index: null, row: null, col: null, bbox: null, text: '…与上年相比增加…' },
    });
    const functionLine = (code: string, name: string, amount_yuan: string): BudgetLine =>
      ({ ...line('a2018', '', 'total', amount_yuan), table: 'fiscal_expenditure', classification: 'function', item: null, code, name });
    const panel = buildPanel([{
      documents: [{ ...doc('a2018', 2018, '江苏省委办公厅'), expenditure_total: '900.00' }, doc('p2019', 2019, '江苏省委办公厅')],
      budget_lines: [functionLine('20102', '政协事务', '50.00'), functionLine('2010201', '行政 运行', '50.00'), functionLine('2010301', '行政运行', '7.00')],
      spending: [spending('a2018', '900.00')],
      prior_year_statements: new Map([['p2019', [
        stated({ headline: 'expenditure_total' }, '900.00'),
        stated({ function_names: ['政协事务', '行政运行'] }, '51.00'),
        stated({ headline: 'three_public_reception' }, '1.00'),
      ]]]),
    }]);
    expect(panel.summary.from_prose).toEqual({ compared: 2, agree: 1, differ: 1, not_comparable: 1 });
    expect(panel.findings).toEqual([expect.objectContaining({ doc_id: 'p2019', code: '2010201', expected: '50.00', actual: '51.00', severity: 'warning' })]);
  });
});
