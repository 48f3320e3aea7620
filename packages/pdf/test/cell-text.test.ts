import { describe, expect, it } from 'vitest';
import { assignToCells, cellFromItems, intervalIndex, tokenPieces, type CellLayout } from '../src/cell-text.ts';
import { item } from './support/items.ts';

/** Three columns: a narrow code column (30 pt), a name column and a narrow figure column (25 pt). */
const layout: CellLayout = {
  rows: [100, 130, 160],
  cols: [50, 80, 200, 225],
  cells: [0, 1].flatMap((row) => [0, 1, 2].map((col) => ({ row, col, rowSpan: 1, colSpan: 1 }))),
};

function texts(items: ReturnType<typeof item>[]) {
  const { byCell, outside } = assignToCells(items, layout);
  return { texts: layout.cells.map((c, k) => cellFromItems(c, byCell[k]!, 1).text), outside };
}

describe('cell text', () => {
  it('rejoins a code wrapped in a narrow cell ("2010" / "301") and a figure ("1103." / "89")', () => {
    const { texts: t } = texts([
      item('2010', 52, 103), item('301', 52, 114),
      item('行政运行', 82, 108),
      item('1103.', 201, 103), item('89', 212, 114),
    ]);
    expect(t.slice(0, 3)).toEqual(['2010301', '行政运行', '1103.89']);
  });

  it('rejoins wrapped Chinese without spaces and keeps one Source per visual line', () => {
    const { byCell } = assignToCells([item('政府办公厅（室）及相关', 82, 133), item('机构事务', 82, 144)], layout);
    const cell = cellFromItems(layout.cells[4]!, byCell[4]!, 7);
    expect(cell.text).toBe('政府办公厅（室）及相关机构事务');
    expect(cell.sources.map((s) => s.text)).toEqual(['政府办公厅（室）及相关', '机构事务']);
    expect(cell.sources[0]!.page).toBe(7);
    expect(cell.sources[1]!.bbox![1]).toBeCloseTo(144);
  });

  it('splits an item that pdfjs glued across two cells at its space', () => {
    // "2010301 行政运行" as one item starting in the code column and running into the name column.
    const glued = item('201 一般公共服务支出', 52, 133, 9, 4.5 * 3 + 4.5 + 9 * 8);
    const { texts: t } = texts([glued]);
    expect(t[3]).toBe('201');
    expect(t[4]).toBe('一般公共服务支出');
  });

  it('keeps an item without spaces whole in the cell of its centre (overflowing text)', () => {
    const { texts: t } = texts([item('一般公共服务支出合计数', 60, 103)]);
    expect(t[1]).toBe('一般公共服务支出合计数');
    expect(t[0]).toBe('');
  });

  it('keeps the overflowing last line of a wrapped header with its cell', () => {
    const header: CellLayout = { rows: [78.7, 105.6, 132.5], cols: [580, 687, 786], cells: [0, 1].flatMap((row) => [0, 1].map((col) => ({ row, col, rowSpan: 1, colSpan: 1 }))) };
    const { byCell } = assignToCells([
      { text: '采购组织形', bbox: [590.6, 81.6, 676.8, 98.6], fontSize: 17 },
      { text: '式', bbox: [625.2, 102.2, 642.2, 119.3], fontSize: 17 },
      { text: '合计', bbox: [600, 111.6, 620, 128.6], fontSize: 9 },
    ], header);
    expect(cellFromItems(header.cells[0]!, byCell[0]!, 1).text).toBe('采购组织形式');
    expect(cellFromItems(header.cells[2]!, byCell[2]!, 1).text).toBe('合计');
  });

  it('returns items outside the table', () => {
    const { outside } = texts([item('单位：万元', 300, 50)]);
    expect(outside.map((i) => i.text)).toEqual(['单位：万元']);
  });
});

describe('tokenPieces', () => {
  it('estimates token positions from character widths', () => {
    const pieces = tokenPieces({ text: '12 项目', bbox: [0, 0, 30, 10], fontSize: 10 });
    expect(pieces.map((p) => p.text)).toEqual(['12', '项目']);
    expect(pieces[0]!.bbox[0]).toBe(0);
    expect(pieces[1]!.bbox[2]).toBeCloseTo(30);
    expect(pieces[1]!.bbox[0]).toBeGreaterThan(pieces[0]!.bbox[2]);
  });
});

describe('intervalIndex', () => {
  it('finds the interval and rejects values outside', () => {
    expect(intervalIndex([0, 10, 20], 5)).toBe(0);
    expect(intervalIndex([0, 10, 20], 20)).toBe(1);
    expect(intervalIndex([0, 10, 20], 21)).toBe(-1);
  });
});
