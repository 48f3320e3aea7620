import { describe, expect, it } from 'vitest';
import type { TextItem } from '../src/geometry.ts';
import { mayHoldTable } from '../src/table-candidate.ts';

const items = (...texts: string[]): TextItem[] => texts.map((text, i) => ({ text, bbox: [0, i * 12, 100, i * 12 + 10], fontSize: 10 }));

describe('mayHoldTable: whether a page’s drawing is worth parsing', () => {
  it('skips a page of prose, a contents page and a cover', () => {
    expect(mayHoldTable(items(
      '一、部门主要职责：负责全区应急管理工作，指导各部门应对安全生产类、自然灾害类等突发事件。',
      '2025年一般公共预算支出年初预算为1323.87万元，其中：基本支出1146.91万元，占86.63%；',
      '3',
    ))).toBe(false);
    expect(mayHoldTable(items('目  录', '第一部分  部门概况……………………1', '第二部分  部门预算表……………………5'))).toBe(false);
    expect(mayHoldTable(items('2025年', '部门预算', '某某区应急管理局'))).toBe(false);
    expect(mayHoldTable([])).toBe(false);
  });

  it('reads a page with a standalone figure or code, or with many short items', () => {
    expect(mayHoldTable(items('一般公共预算支出表', '1,323.87'))).toBe(true);
    expect(mayHoldTable(items('说明', '2010301'))).toBe(true);
    expect(mayHoldTable(items('项目', '合计', '基本支出', '项目支出', '备注'))).toBe(true);
  });
});
