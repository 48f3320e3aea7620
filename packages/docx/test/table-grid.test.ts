import { describe, expect, it } from 'vitest';
import { parseSpan, placeOnGrid } from '../src/table-grid.ts';

const cell = (value: string, rowSpan = 1, colSpan = 1) => ({ value, rowSpan, colSpan });
const layout = (rows: ReturnType<typeof cell>[][]) =>
  placeOnGrid(rows).cells.map(({ row, col, value }) => `${value}@${row},${col}`);

describe('placeOnGrid', () => {
  it('skips columns covered by rowspans from above', () => {
    const rows = [[cell('a', 3), cell('b'), cell('c', 2)], [cell('d')], [cell('e'), cell('f')]];
    expect(layout(rows)).toEqual(['a@0,0', 'b@0,1', 'c@0,2', 'd@1,1', 'e@2,1', 'f@2,2']);
  });

  it('handles a rowspan that starts mid-row and colspans', () => {
    const rows = [[cell('a', 1, 2), cell('b', 2)], [cell('c'), cell('d')], [cell('e', 1, 3)]];
    expect(layout(rows)).toEqual(['a@0,0', 'b@0,2', 'c@1,0', 'd@1,1', 'e@2,0']);
    expect(placeOnGrid(rows)).toMatchObject({ nRows: 3, nCols: 3 });
  });

  it('clips a rowspan past the last row', () => {
    const grid = placeOnGrid([[cell('a', 10)], [cell('b')]]);
    expect(grid.cells[0]).toMatchObject({ rowSpan: 2 });
    expect(grid.cells[1]).toMatchObject({ row: 1, col: 1 });
  });

  it('counts empty rows', () => {
    expect(placeOnGrid([[cell('a')], []])).toMatchObject({ nRows: 2, nCols: 1 });
  });
});

describe('parseSpan', () => {
  it('reads positive integers, caps them, and defaults to 1', () => {
    expect(parseSpan('3', 1000)).toBe(3);
    expect(parseSpan(undefined, 1000)).toBe(1);
    expect(parseSpan('0', 1000)).toBe(1);
    expect(parseSpan('abc', 1000)).toBe(1);
    expect(parseSpan('99999', 1000)).toBe(1000);
  });
});
