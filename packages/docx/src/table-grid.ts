/**
 * Places HTML-style table cells (rowspan / colspan) on a grid, the way a browser does:
 * each cell goes to the first column of its row not yet covered by a rowspan from above.
 * Only anchor cells are returned: a merged cell appears once, at its top-left position.
 */

export interface SpannedCell<T> {
  rowSpan: number;
  colSpan: number;
  value: T;
}

export interface PlacedCell<T> extends SpannedCell<T> {
  row: number;
  col: number;
}

export interface Grid<T> {
  cells: PlacedCell<T>[];
  nRows: number;
  nCols: number;
}

/** HTML's own caps; they keep a hostile span from allocating a huge grid. */
export const MAX_COLSPAN = 1000;
export const MAX_ROWSPAN = 65534;

/** A span attribute as a positive integer: missing, zero or garbage means 1. */
export function parseSpan(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

export function placeOnGrid<T>(rows: SpannedCell<T>[][]): Grid<T> {
  const nRows = rows.length;
  // Column ranges [start, end) of each row already covered by a rowspan from a row above.
  const covered: Array<Array<[number, number]>> = Array.from({ length: nRows }, () => []);
  const cells: PlacedCell<T>[] = [];
  let nCols = 0;

  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      col = firstFreeColumn(covered[r]!, col);
      // A rowspan reaching past the last row is clipped, as browsers do.
      const rowSpan = Math.min(cell.rowSpan, nRows - r);
      for (let below = r + 1; below < r + rowSpan; below++) covered[below]!.push([col, col + cell.colSpan]);
      cells.push({ row: r, col, rowSpan, colSpan: cell.colSpan, value: cell.value });
      col += cell.colSpan;
      nCols = Math.max(nCols, col);
    }
  });
  return { cells, nRows, nCols };
}

function firstFreeColumn(ranges: Array<[number, number]>, from: number): number {
  let col = from;
  for (let moved = true; moved; ) {
    moved = false;
    for (const [start, end] of ranges) {
      if (col >= start && col < end) {
        col = end;
        moved = true;
      }
    }
  }
  return col;
}
