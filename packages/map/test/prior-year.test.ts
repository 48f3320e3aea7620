import { describe, expect, it } from 'vitest';
import type { Block } from '@budget/model';
import { priorYearStatements } from '../src/prior-year.ts';

const para = (text: string, page = 1): Block => ({ type: 'paragraph', page, text });

describe('priorYearStatements', () => {
  it('reads last year\'s figure by function from "与上年相比增加/减少" and "与上年数一致", with the 类 in force', () => {
    const statements = priorYearStatements([
      para('其中：（一）一般公共服务支出（类）1.政协事务（款）行政运行（项）4,432.78万元，与上年相比增加1,199.75万元，增长37.11%。'),
      para('3.政协事务（款）政协会议（项）814.16万元，与上年相比减少213.74万元，下降20.79%。', 2),
      para('4.政协事务（款）委员视察（项）429.30万元，与上年数一致。'),
      para('5.政协事务（款）政协会议（项）10万元，比上年持平。'),
    ]);
    expect(statements.map((s) => [s.subject, s.amount_yuan, s.prior_yuan, s.provenance.page])).toEqual([
      [{ function_names: ['一般公共服务支出', '政协事务', '行政运行'] }, '44327800.00', '32330300.00', 1],
      [{ function_names: ['一般公共服务支出', '政协事务', '政协会议'] }, '8141600.00', '10279000.00', 2],
      [{ function_names: ['一般公共服务支出', '政协事务', '委员视察'] }, '4293000.00', '4293000.00', 1],
      [{ function_names: ['一般公共服务支出', '政协事务', '政协会议'] }, '100000.00', '100000.00', 1],
    ]);
  });

  it('reads headline figures, but not a funding source\'s total or a section about one source', () => {
    const statements = priorYearStatements([
      para('江苏省政协办公厅2018年度收入、支出预算总计10,150.48万元，与上年相比收、支预算总计各增加1,003.69万元，增长10.97%。'),
      para('3.其他资金收入预算总计80万元，与上年数一致。'),
      para('1.因公出国（境）费预算支出106万元，比上年预算增加30万元，主要原因是临时性出访任务增加。'),
      para('三、财政拨款支出预算情况说明'),
      para('基本支出5,000万元，与上年相比增加10万元。'),
    ]);
    expect(statements.map((s) => [s.subject, s.prior_yuan])).toEqual([
      [{ headline: 'expenditure_total' }, '91467900.00'],
      [{ headline: 'three_public_overseas' }, '760000.00'],
    ]);
  });

  it('ignores a change without a figure for this year, and a percentage', () => {
    expect(priorYearStatements([para('与上年相比，财政拨款支出增加1,003.69万元，增长11.07%。'), para('占“三公”经费的23.20%，与上年相比增加2%。')])).toEqual([]);
  });
});
