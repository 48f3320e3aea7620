import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '@budget/model';
import { balanceChecks, columnChecks, fundingChecks, hierarchyChecks, judgeMisreadings, judgeRoundingGaps, proseChecks, summaryChecks, threePublicChecks, UNCERTAIN_READING } from '@budget/validate';
import { MIN_EXACT_SUMS } from '../src/rounding.ts';
import { sumCheck } from '../src/checks.ts';
import { Decimal } from '@budget/model';

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

describe('funding sources', () => {
  it('checks 合计 = the sum of its funding-source columns, a blank printed column counting as zero', () => {
    const tables = [{ index: 0, kind: 'economic_expenditure' as const, title: 't', page: 1, page_end: 1, unit: '元',
      columns: [{ col: 2, header: '合计', measure: 'total' }, { col: 3, header: '一般公共预算', measure: 'general_budget' }, { col: 4, header: '政府性基金', measure: 'gov_fund' }] }];
    const holds = fundingChecks([line('30101', 'total', '10.00'), line('30101', 'general_budget', '10.00')], tables);
    expect(holds).toHaveLength(1);
    expect(holds[0]!.passed).toBe(true);
    const [broken] = fundingChecks([line('30101', 'total', '10.01'), line('30101', 'general_budget', '10.00')], tables);
    expect(broken!.finding).toMatchObject({ check: 'sum.columns', severity: 'error', code: '30101', expected: '10.01', actual: '10.00' });
  });

  it('goes through 本年收入 and leaves an aggregate\'s members out of the top level', () => {
    const row = [
      line(null, 'total', '100.00'), line(null, 'current_year_income', '90.00'), line(null, 'carryover', '10.00'),
      line(null, 'fiscal_appropriation', '60.00'), line(null, 'general_budget', '50.00'), line(null, 'gov_fund', '10.00'), line(null, 'unit_funds', '30.00'),
    ];
    const results = fundingChecks(row);
    expect(results.map((r) => r.finding?.message ?? 'ok')).toEqual(['ok', 'ok', 'ok']);
  });
});

describe('rounding gaps in a document that otherwise sums exactly', () => {
  // Twenty exact 万元 sums and one gap of 0.01 万元 that one printed figure explains.
  const exact = Array.from({ length: MIN_EXACT_SUMS }, (_, i) => hierarchyChecks([
    line(`2${String(i).padStart(2, '0')}`, 'total', '300000.00', '30.00'), line(`2${String(i).padStart(2, '0')}01`, 'total', '100000.00', '10.00'),
    line(`2${String(i).padStart(2, '0')}02`, 'total', '200000.00', '20.00'),
  ])).flat();
  // The altered figure is a term of two sums: its parent's, and its own row's (合计 = 基本 + 项目).
  const altered = line('2990101', 'total', '100100.00', '10.01', { row: 7 });
  const gap = [
    ...hierarchyChecks([line('29901', 'total', '300000.00', '30.00'), altered, line('2990102', 'total', '200000.00', '20.00')]),
    ...columnChecks([altered, line('2990101', 'basic', '60000.00', '6.00', { row: 7 }), line('2990101', 'project', '40000.00', '4.00', { row: 7 })]),
  ];

  it('leaves gaps as rounding info without enough exact sums', () => {
    const judged = judgeRoundingGaps([...exact.slice(1), ...gap]);
    expect(judged.filter((r) => r.finding?.severity === 'error')).toEqual([]);
    expect(judged.find((r) => r.rounding === 'gap')!.finding!.severity).toBe('info');
  });

  it('leaves a single gap as rounding: it names no one figure', () => {
    const judged = judgeRoundingGaps([...exact, gap[0]!]);
    expect(judged.filter((r) => r.finding?.severity === 'error')).toEqual([]);
  });

  it('turns the gaps into errors naming the one figure they share', () => {
    const judged = judgeRoundingGaps([...exact, ...gap]);
    const error = judged.find((r) => r.finding?.severity === 'error')!;
    expect(error.passed).toBe(false);
    expect(error.finding!.code).toBe('29901');
    expect(error.finding!.message).toContain('not rounding');
    expect(error.finding!.message).toContain('2990101 total printed 10.01');
  });

  it('keeps gaps that no single figure explains as rounding', () => {
    const other = hierarchyChecks([line('29801', 'total', '300100.00', '30.01'), line('2980101', 'total', '100000.00', '10.00'), line('2980102', 'total', '200000.00', '20.00')]);
    const judged = judgeRoundingGaps([...exact, ...gap, ...other]);
    expect(judged.filter((r) => r.finding?.severity === 'error')).toEqual([]);
  });
});

describe('income sources in a summary table', () => {
  const summary = (item: string, amount: string, name = item): BudgetLine =>
    line(null, 'total', amount, amount, { table: 'income_expenditure_summary', item, name, classification: 'none' });
  it('checks 本年收入合计 against its sources, 财政拨款 read as a head or as a part of 一般公共预算', () => {
    const head = [summary('income.current_year', '100.00'), summary('income.fiscal_appropriation', '90.00'), summary('income.general_budget', '80.00'),
      summary('income.gov_fund', '10.00'), summary('income.business_income', '10.00')];
    expect(summaryChecks(head).every((r) => r.passed)).toBe(true);
    const part = [summary('income.current_year', '100.00'), summary('income.general_budget', '90.00'), summary('income.fiscal_appropriation', '90.00'),
      summary('income.other_income', '10.00')];
    expect(summaryChecks(part).every((r) => r.passed)).toBe(true);
    const altered = [summary('income.current_year', '100.00'), summary('income.general_budget', '91.00'), summary('income.other_income', '10.00')];
    expect(summaryChecks(altered)[0]!.finding).toMatchObject({ check: 'sum.summary', severity: 'error', expected: '100.00', actual: '101.00' });
  });

  it('reads a member printed as 其中 as a part of its head, not all of it; a head printed as 其中 is no excuse', () => {
    const ofWhich = (l: BudgetLine): BudgetLine => ({ ...l, provenance: { ...l.provenance, of_which: true } });
    // 财政拨款收入 243.00, 其中：政府性基金预算财政拨款 1.00 (the 一般公共预算 part not printed).
    const partial = [summary('income.current_year', '343.00'), summary('income.fiscal_appropriation', '243.00'), ofWhich(summary('income.gov_fund', '1.00')),
      summary('income.business_income', '100.00')];
    expect(summaryChecks(partial).every((r) => r.passed)).toBe(true);
    // 一般公共预算 altered to 366.57 above 其中：财政拨款 365.57: the identities must still fail.
    const altered = [summary('income.general_budget', '366.57'), ofWhich(summary('income.fiscal_appropriation', '365.57')), summary('income.current_year', '365.57')];
    expect(summaryChecks(altered).some((r) => !r.passed)).toBe(true);
  });
});

describe('“三公” sums', () => {
  const item = (key: string, measure: string, amount: string, row: number): BudgetLine =>
    line(null, measure, amount, amount, { table: 'three_public', item: `three_public.${key}`, name: key, classification: 'none', row });
  it('checks 合计 = items and 公务用车 = 购置 + 运行 per column where items are rows', () => {
    const ok = [item('total', 'total', '15.00', 1), item('overseas', 'total', '1.00', 2), item('vehicle', 'total', '14.00', 3),
      item('vehicle_purchase', 'total', '0.00', 4), item('vehicle_operation', 'total', '14.00', 5), item('reception', 'total', '0.00', 6)];
    expect(threePublicChecks(ok).map((r) => r.passed)).toEqual([true, true]);
    const altered = ok.map((l) => (l.item === 'three_public.overseas' ? { ...l, amount_yuan: '2.00' } : l));
    expect(threePublicChecks(altered)[0]!.finding).toMatchObject({ check: 'sum.three_public', severity: 'error', expected: '15.00', actual: '16.00' });
  });
});

describe('a table whose own sums mostly fail is misread, not misprinted', () => {
  // A column shift: every row's 合计 ≠ 基本 + 项目.
  const row = (r: number, total: string, basic: string, project: string) => [
    line(`20${r}`, 'total', total, total, { row: r, code: null, item: 'total', classification: 'none', provenance: { page: 1, table_index: 3, row: r, col: 1, bbox: null, text: total } }),
    line(`20${r}`, 'basic', basic, basic, { row: r, code: null, item: 'total', classification: 'none', provenance: { page: 1, table_index: 3, row: r, col: 2, bbox: null, text: basic } }),
    line(`20${r}`, 'project', project, project, { row: r, code: null, item: 'total', classification: 'none', provenance: { page: 1, table_index: 3, row: r, col: 3, bbox: null, text: project } }),
  ];
  it('turns its errors into warnings and says the reading is uncertain', () => {
    const results = columnChecks([...row(1, '10.00', '3.00', '3.00'), ...row(2, '20.00', '5.00', '5.00'), ...row(3, '30.00', '7.00', '7.00'), ...row(4, '9.00', '4.00', '5.00')]);
    const judged = judgeMisreadings(results);
    expect(judged.filter((r) => r.finding?.severity === 'error')).toEqual([]);
    const uncertain = judged.filter((r) => r.finding?.check === UNCERTAIN_READING);
    expect(uncertain).toHaveLength(1);
    expect(uncertain[0]!.finding!.actual).toBe('3 of 4');
  });
  it('keeps failures that one printed figure explains as errors, however small the table', () => {
    const tl = (code: string, amount: string) => line(code, 'total', amount, amount, { provenance: { page: 1, table_index: 5, row: 0, col: 1, bbox: null, text: amount } });
    const altered = tl('2010301', '11.00');
    const where = { table: 'function_expenditure', page: 1, code: '20103' };
    // Three of four sums of a small table fail, and the altered figure is a term of each.
    const results = [
      sumCheck('sum.children', tl('20103', '30.00'), [altered, tl('2010302', '20.00')], new Decimal(0), where, 'a'),
      sumCheck('sum.columns', altered, [tl('2010301', '6.00'), tl('2010301', '4.00')], new Decimal(0), where, 'b'),
      sumCheck('cross', tl('2010301', '10.00'), [altered], new Decimal(0), where, 'c'),
      sumCheck('sum.columns', tl('2010302', '20.00'), [tl('2010302', '20.00')], new Decimal(0), where, 'd'),
    ];
    expect(results.filter((r) => !r.passed)).toHaveLength(3);
    const judged = judgeMisreadings(results);
    expect(judged.some((r) => r.finding?.check === UNCERTAIN_READING)).toBe(false);
    expect(judged.filter((r) => r.finding?.severity === 'error')).toHaveLength(3);
  });
  it('keeps a few local failures as errors: the document contradicts itself', () => {
    const rows = [1, 2, 3, 4, 5, 6].flatMap((r) => row(r, '10.00', '4.00', '6.00'));
    const results = columnChecks([...rows, ...row(7, '11.00', '4.00', '6.00')]);
    const judged = judgeMisreadings(results);
    expect(judged.filter((r) => r.finding?.severity === 'error')).toHaveLength(1);
    expect(judged.some((r) => r.finding?.check === UNCERTAIN_READING)).toBe(false);
  });
});

describe('prose against the tables', () => {
  const fact = (amount: string, text: string, from: 'prose' | 'table' = 'prose') => ({
    amount_yuan: amount, from, provenance: { page: 3, table_index: null, row: null, col: null, bbox: null, text },
  });
  const headline = { basic_total: fact('414189400.00', '', 'table') };
  it('is an error where the prose states a figure no table prints', () => {
    const [result] = proseChecks({ basic_total: fact('123234600.00', '基本支出预算数为12323.46万元') }, headline, []);
    expect(result!.finding!.severity).toBe('error');
  });
  it('is a warning where the prose figure is another line of the tables (our reading of the sentence is uncertain)', () => {
    const general = line('301', 'total', '333252100.00', '33325.21', { table: 'general_budget_basic', table_title: '一般公共预算基本支出表' });
    const [result] = proseChecks({ basic_total: fact('333252100.00', '基本支出33325.21万元') }, headline, [general]);
    expect(result!.finding!.severity).toBe('warning');
    expect(result!.finding!.message).toContain('一般公共预算基本支出表');
  });
  it('is a warning where only the unit word slipped (1682.76元 for 1682.76 万元)', () => {
    const [result] = proseChecks({ expenditure_total: fact('1682.76', '年预算支出1682.76元') }, { expenditure_total: fact('16827600.00', '', 'table') }, []);
    expect(result!.finding!.severity).toBe('warning');
  });
});
