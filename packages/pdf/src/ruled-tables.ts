/** Ruled tables: segments → rules → grids → TableBlocks with their text. */
import type { TableBlock } from '@budget/model';
import { assignToCells, cellFromItems, type CellLayout } from './cell-text.ts';
import { roundBox, type Segment, type TextItem } from './geometry.ts';
import { gridFromRules, groupRules, type Grid } from './grid.ts';
import { compactLayout } from './layout.ts';
import { rulesFromSegments } from './rules.ts';

/** Pages with more ruling than this (maps, charts, hatching) are not searched for grids: it would take too long. */
export const MAX_SEGMENTS = 50_000;
export const MAX_RULE_PAIRS = 4_000_000;

/**
 * The grids drawn on a page, top to bottom; boxes and lone rules are not grids.
 * Null when the page has too much ruling to search in reasonable time.
 */
export function findGrids(segments: readonly Segment[], width: number, height: number): Grid[] | null {
  if (segments.length > MAX_SEGMENTS) return null;
  const { h, v } = rulesFromSegments(segments, width, height);
  if (h.length * v.length > MAX_RULE_PAIRS) return null;
  const grids: Grid[] = [];
  for (const group of groupRules(h, v)) {
    const grid = gridFromRules(group);
    if (!grid) continue;
    const compact = compactLayout(grid.rows, grid.cols, grid.cells);
    if (compact.cells.length < 2) continue;
    grids.push({ ...grid, ...compact });
  }
  return grids;
}

/** Builds a TableBlock from a cell layout and the page's items; items outside it are returned. */
export function tableFromLayout(
  layout: CellLayout,
  items: readonly TextItem[],
  page: number,
  method: TableBlock['method'],
): { table: TableBlock; outside: TextItem[] } {
  const { byCell, outside } = assignToCells(items, layout);
  const nRows = layout.rows.length - 1;
  const nCols = layout.cols.length - 1;
  const table: TableBlock = {
    type: 'table',
    page,
    pageEnd: page,
    bbox: roundBox([layout.cols[0]!, layout.rows[0]!, layout.cols[nCols]!, layout.rows[nRows]!]),
    nRows,
    nCols,
    cells: layout.cells.map((anchor, k) => cellFromItems(anchor, byCell[k]!, page)),
    method,
    rowPages: new Array<number>(nRows).fill(page),
  };
  return { table, outside };
}
