import { describe, expect, it } from 'vitest';
import { isPageFurniture, namesAnotherTable, titlesAbove, type Block } from '@budget/model';

const paragraph = (text: string, running = false): Block => ({ type: 'paragraph', page: 2, text, running } as Block);
const table = { type: 'table', page: 1, pageEnd: 1, nRows: 1, nCols: 1, cells: [], method: 'ruled' } as unknown as Block;

describe('page furniture, one rule for repair and map', () => {
  it('passes over page numbers, unit lines, 续表 and running heads', () => {
    for (const text of ['— 14 —', '15', '单位：万元', '金额单位:元', '续表', '公开表5']) expect(isPageFurniture(paragraph(text)), text).toBe(true);
    expect(isPageFurniture(paragraph('部门（单位）：烟台市统计局', true))).toBe(true);
    expect(isPageFurniture(paragraph('一、收支预算总体情况'))).toBe(false);
  });
  it('a title of another table between two parts ends the first, even printed as a running head', () => {
    const blocks = [paragraph('一般公共预算支出情况表', true), table];
    const first = titlesAbove(blocks, 1);
    expect(namesAnotherTable([paragraph('一般公共预算支出情况表', true)], first)).toBe(false);
    expect(namesAnotherTable([paragraph('一般公共预算基本支出情况表', true)], first)).toBe(true);
  });
});
