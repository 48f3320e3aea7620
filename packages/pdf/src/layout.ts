/**
 * Cell layouts: removing boundaries no cell uses, so a stray rule (or an aligned column
 * nothing starts at) does not leave phantom rows or columns behind.
 */
import type { CellLayout } from './cell-text.ts';

interface Anchor {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Keeps boundary i (0 < i < last) only when some cell starts or ends at it. */
function usedBoundaries(count: number, starts: number[], ends: number[]): number[] {
  const used = new Set<number>([0, count - 1, ...starts, ...ends]);
  return [...used].filter((i) => i >= 0 && i < count).sort((a, b) => a - b);
}

/** Drops unused row/column boundaries and renumbers the cells and spans. */
export function compactLayout<T extends Anchor>(rows: readonly number[], cols: readonly number[], cells: readonly T[]): { rows: number[]; cols: number[]; cells: T[] } {
  const keepRows = usedBoundaries(rows.length, cells.map((c) => c.row), cells.map((c) => c.row + c.rowSpan));
  const keepCols = usedBoundaries(cols.length, cells.map((c) => c.col), cells.map((c) => c.col + c.colSpan));
  const rowIndex = new Map(keepRows.map((b, i) => [b, i]));
  const colIndex = new Map(keepCols.map((b, i) => [b, i]));
  return {
    rows: keepRows.map((i) => rows[i]!),
    cols: keepCols.map((i) => cols[i]!),
    cells: cells.map((c) => {
      const row = rowIndex.get(c.row)!, col = colIndex.get(c.col)!;
      return { ...c, row, col, rowSpan: rowIndex.get(c.row + c.rowSpan)! - row, colSpan: colIndex.get(c.col + c.colSpan)! - col };
    }),
  };
}

export function layoutSize(layout: CellLayout): { nRows: number; nCols: number } {
  return { nRows: layout.rows.length - 1, nCols: layout.cols.length - 1 };
}
