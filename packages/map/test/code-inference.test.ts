import { describe, expect, it } from 'vitest';
import type { BudgetLine, Finding } from '@budget/model';
import { inferCodes } from '../src/code-inference.ts';

function line(row: number, name: string, item: string | null = null): BudgetLine {
  return {
    doc_id: 'd', table: 'general_budget_expenditure', table_title: '一般公共预算支出表', page: 1, row, unit_code: null, unit_name: null,
    classification: 'none', item, code: null, name, measure: 'total', amount_yuan: '1.00', printed: '1.00', repaired: false,
    provenance: { page: 1, table_index: 0, row, col: 3, bbox: null, text: '1.00' },
  };
}

describe('codes inferred for a table that prints names only', () => {
  it('reads the hierarchy from the rows above: 行政运行 under 20103 is 2010301, under 20805 it is not there', () => {
    const names = ['一般公共服务支出', '政府办公厅（室）及相关机构事务', '行政运行', '一般行政管理事务', '社会保障和就业支出',
      '行政事业单位养老支出', '机关事业单位基本养老保险缴费支出', '住房保障支出', '住房改革支出', '住房公积金'];
    const findings: Finding[] = [];
    const lines = inferCodes([line(0, '合计', 'total'), ...names.map((n, i) => line(i + 1, n))], findings);
    expect(lines.map((l) => l.code)).toEqual([null, '201', '20103', '2010301', '2010302', '208', '20805', '2080505', '221', '22102', '2210201']);
    expect(lines[3]!.provenance.code_inferred).toBe(true);
    expect(lines[3]!.classification).toBe('function');
    expect(lines[0]!.item).toBe('total');
    expect(findings.map((f) => f.check)).toEqual(['map.code_inferred']);
  });

  it('gives a standard 项 its code under a 款 the data does not list it under (事业运行 is xx50)', () => {
    const lines = inferCodes([line(1, '一般公共服务支出'), line(2, '统计信息事务'), line(3, '事业运行'), line(4, '其他统计信息事务支出')], []);
    expect(lines.map((l) => l.code)).toEqual(['201', '20105', '2010550', '2010599']);
  });

  it('reads economic classes too', () => {
    const lines = inferCodes([line(1, '工资福利支出'), line(2, '基本工资'), line(3, '津贴补贴'), line(4, '商品和服务支出'), line(5, '办公费')], []);
    expect(lines.map((l) => l.code)).toEqual(['301', '30101', '30102', '302', '30201']);
  });

  it('leaves a table alone when it prints codes, or when most names are unknown', () => {
    const coded = [{ ...line(1, '一般公共服务支出'), code: '201' }, line(2, '行政运行')];
    expect(inferCodes(coded, [])).toBe(coded);
    const projects = [line(1, '信访专项经费'), line(2, '驻京经费'), line(3, '行政运行')];
    expect(inferCodes(projects, []).every((l) => l.code === null)).toBe(true);
  });
});
