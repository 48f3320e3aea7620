import { describe, expect, it } from 'vitest';
import type { TextItem } from '../src/geometry.ts';
import { mayHoldTable } from '../src/table-candidate.ts';

/** One item per line, each line 12 pt below the last. */
const items = (...texts: string[]): TextItem[] => texts.map((text, i) => ({ text, bbox: [0, i * 12, 100, i * 12 + 10], fontSize: 10 }));
/** Lines of items side by side: each cell is [left, text]; items are as wide as their text at 10 pt. */
const rows = (...lines: Array<Array<[number, string]>>): TextItem[] =>
  lines.flatMap((cells, i) => cells.map(([left, text]) => ({ text, bbox: [left, i * 12, left + text.length * 10, i * 12 + 10], fontSize: 10 })));

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

  it('skips prose whose figures are items of their own, set inside the sentence', () => {
    // pdf.js splits a line where the font changes: CJK and figures are separate items, abutting.
    expect(mayHoldTable(rows(
      [[0, '收入预算总计'], [60, '10,150.48'], [150, '万元，其中：一般公共预算'], [280, '10,070.48'], [370, '万元']],
      [[0, '（二）支出预算总计'], [90, '10,150.48'], [180, '万元。']],
    ))).toBe(false);
  });

  it('reads a page whose short items stand in columns', () => {
    expect(mayHoldTable(rows([[0, '一般公共预算支出表']], [[0, '合计'], [300, '1,323.87']]))).toBe(true);
    expect(mayHoldTable(rows([[0, '2010301'], [80, '行政运行'], [300, '312.50']]))).toBe(true);
    expect(mayHoldTable(rows([[0, '项目'], [100, '合计'], [200, '基本支出'], [300, '项目支出'], [400, '备注']]))).toBe(true);
  });
});
