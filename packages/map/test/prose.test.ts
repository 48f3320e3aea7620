import { describe, expect, it } from 'vitest';
import type { Block } from '@budget/model';
import { proseFacts } from '@budget/map';

const para = (text: string): Block => ({ type: 'paragraph', page: 1, text });

describe('facts stated in prose', () => {
  it('reads totals, the basic / project split and staff counts (seed 000 wording)', () => {
    const facts = proseFacts([
      para('编制人数小计20人,其中：行政编制人数20人。实有人数小计20人,其中：在职人数小计19人'),
      para('2025年西湖区人民政府办公室收入预算总额为530.11万元,较上年预算安排减少49.93万元;'),
      para('2025年西湖区人民政府办公室支出预算总额为支出预算总额为530.11万元,较上年预算安排减少49.93万元;其中：'),
      para('按支出项目类别划分：基本支出476.65万元,较上年预算安排减少43.99万元;项目支出53.46万元,较上年预算安排减少5.94万元'),
    ]);
    expect(facts.facts.income_total?.amount_yuan).toBe('5301100.00');
    expect(facts.facts.expenditure_total?.amount_yuan).toBe('5301100.00');
    expect(facts.facts.basic_total?.amount_yuan).toBe('4766500.00');
    expect(facts.facts.project_total?.amount_yuan).toBe('534600.00');
    expect(facts.staff_authorized).toBe(20);
    expect(facts.staff_actual).toBe(20);
  });

  it('reads “三公” by item, ignoring template debris and emphasis', () => {
    const facts = proseFacts([
      para('2025年西湖区人民政府办公室"三公"经费一般公共预算安排1万元，其中：'),
      para('1、因公出国0万元。'),
      para('2、公务接待1万元。'),
      para('3、公务用车运行0万元。'),
      para('4、公务用车购置0万元。'),
      para('MERGEFIELD ${page1.ds2_REP} 实有人数小计24人'),
    ]);
    expect(facts.facts.three_public_total?.amount_yuan).toBe('10000.00');
    expect(facts.facts.three_public_overseas?.amount_yuan).toBe('0.00');
    expect(facts.facts.three_public_reception?.amount_yuan).toBe('10000.00');
    expect(facts.facts.three_public_vehicle_operation?.amount_yuan).toBe('0.00');
    expect(facts.facts.three_public_vehicle_purchase?.amount_yuan).toBe('0.00');
    expect(facts.staff_actual).toBe(24);
  });

  it('reads 年度 totals and “三公” items that head their own paragraph (Beijing wording)', () => {
    const facts = proseFacts([
      para('2026年度收入预算101,673.03万元，其中：'),
      para('(一)因公出国(境)费用。2026年预算数51.3万元，主要用于部门人员因公出国(境)学习'),
      para('(二)公务接待费。2026年预算数7.25万元，主要用于按照相关规定开支的各类公务接待'),
    ]);
    expect(facts.facts.income_total?.amount_yuan).toBe('1016730300.00');
    expect(facts.facts.three_public_overseas?.amount_yuan).toBe('513000.00');
    expect(facts.facts.three_public_reception?.amount_yuan).toBe('72500.00');
  });

  it('reads a figure whose unit wrapped onto the next line', () => {
    const facts = proseFacts([para('2024年预算收入 1103.89'), para('万元，其中：一般公共预算收入 1103.89万元')]);
    expect(facts.facts.income_total?.amount_yuan).toBe('11038900.00');
  });

  it('keeps provenance: page and the matched text', () => {
    const facts = proseFacts([{ type: 'paragraph', page: 7, text: '收入总计 1074.61 万元' }]);
    expect(facts.facts.income_total?.provenance).toMatchObject({ page: 7, text: '收入总计1074.61万元' });
  });
});

describe('facts stated in 决算 prose', () => {
  it('reads the “三公” total of final accounts ("“三公”经费支出决算0.00万元")', () => {
    const facts = proseFacts([{ type: 'paragraph', page: 1, text: '2024年度“三公”经费支出决算12.30万元，完成预算的47.31%。其中：因公出国（境）费0.00万元' }]);
    expect(facts.facts.three_public_total?.amount_yuan).toBe('123000.00');
  });
});

describe('headline figures of a budget beside last year\'s 决算数', () => {
  it('takes the budget\'s 合计, not the 上年决算数 printed beside it', async () => {
    const { headlines } = await import('../src/headline.ts');
    const line = (measure: string, amount: string) => ({
      doc_id: 'd', table: 'income_expenditure_summary', table_title: 't', page: 1, row: 9, unit_code: null, unit_name: null,
      classification: 'none', item: 'income.total', code: null, name: '收入总计', measure, amount_yuan: amount, printed: amount, repaired: false,
      provenance: { page: 1, table_index: 0, row: 9, col: 1, bbox: null, text: amount },
    }) as const;
    const lines = [line('actual', '90.00'), line('total', '100.00')];
    expect(headlines([...lines], {}, 'budget').income_total?.amount_yuan).toBe('100.00');
    expect(headlines([...lines], {}, 'final_accounts').income_total?.amount_yuan).toBe('90.00');
  });
});
