/**
 * Unruled (aligned) tables: runs of text lines laid out in columns without ruling lines.
 * Regions (aligned-regions), columns (aligned-columns), rows (aligned-rows) and cells with
 * header spans (aligned-cells) make a CellLayout; text then goes into cells the same way
 * as for ruled tables.
 */
import { rowCells } from './aligned-cells.ts';
import { columnAt, columnBoundaries, estimateCellEdges, pieceCentre } from './aligned-columns.ts';
import { findTableRegions, isTabularLine, linePieces, MIN_TABULAR_LINES } from './aligned-regions.ts';
import { figureColumns, groupRows } from './aligned-rows.ts';
import type { CellLayout } from './cell-text.ts';
import { compact } from '@budget/model';
import type { TextItem } from './geometry.ts';
import type { TextLine } from './lines.ts';

/** Without figures a region needs this many rows to count as a table (lists, contents pages). */
const MIN_ROWS_WITHOUT_FIGURES = 5;
/** Rows with a figure outside the first column that make a region a table regardless of size. */
const MIN_FIGURE_ROWS = 2;

/** What the previous page's last aligned table leaves for its continuation: columns and header lines. */
export interface CarriedTable {
  cols: readonly number[];
  /** Compact texts of the lines above its first row of figures (its header, repeated on each page). */
  header: ReadonlySet<string>;
}

/**
 * A layout for one region, or null when it does not hold up as a table. `carried` is the
 * table the previous page ended with: a region that repeats its header, or is too small to
 * find columns of its own (a last row alone), is read on its columns, which a whole page
 * of rows settled better than a few rows can.
 */
export function alignedLayout(lines: readonly TextLine[], carried: CarriedTable | null = null): CellLayout | null {
  const onCarried = carried && fitsColumns(lines, carried.cols) ? carried : null;
  if (onCarried && repeatsHeader(lines, onCarried)) return alignedLayoutOn(lines, onCarried.cols, 1);
  const own = lines.filter(isTabularLine).length >= MIN_TABULAR_LINES ? alignedLayoutOn(lines, columnBoundaries(lines)) : null;
  return own ?? (onCarried ? alignedLayoutOn(lines, onCarried.cols, 1) : null);
}

function repeatsHeader(lines: readonly TextLine[], carried: CarriedTable): boolean {
  return lines.length > 0 && carried.header.has(compact(lines[0]!.text));
}

/** The compact texts of a region's lines above its first line with a figure beyond the first column. */
function headerTexts(lines: readonly TextLine[], cols: readonly number[]): Set<string> {
  const first = lines.findIndex((l) => [...figureColumns(l, cols)].some((c) => c > 0));
  return new Set(lines.slice(0, first < 0 ? 0 : first).map((l) => compact(l.text)));
}

/** Slack (pt) for text reaching past carried columns' outer edges or over an inner one. */
const CARRIED_SLACK = 3;
const FIGURE = /^[-(（]?[\d,]+(\.\d+)?[)）]?$/;

/** All text within the outer boundaries, and every figure within one column. */
function fitsColumns(lines: readonly TextLine[], cols: readonly number[]): boolean {
  const left = cols[0]! - CARRIED_SLACK, right = cols[cols.length - 1]! + CARRIED_SLACK;
  return lines.flatMap(linePieces).every((p) => {
    if (p.bbox[0] < left || p.bbox[2] > right) return false;
    if (!FIGURE.test(p.text.trim())) return true;
    return columnAt(cols, p.bbox[0] + CARRIED_SLACK) === columnAt(cols, p.bbox[2] - CARRIED_SLACK);
  });
}

function alignedLayoutOn(lines: readonly TextLine[], cols: readonly number[], minFigureRows = MIN_FIGURE_ROWS): CellLayout | null {
  if (cols.length < 3) return null;
  const rows = groupRows(lines, cols);
  const bounds = [rows[0]![0]!.bbox[1]];
  for (let r = 0; r + 1 < rows.length; r++) {
    const bottom = Math.max(...rows[r]!.map((l) => l.bbox[3]));
    const top = Math.min(...rows[r + 1]!.map((l) => l.bbox[1]));
    bounds.push((bottom + top) / 2);
  }
  bounds.push(Math.max(...rows[rows.length - 1]!.map((l) => l.bbox[3])));
  // Header rows (above the first row with a figure) may hold cells spanning columns.
  const firstFigureRow = rows.findIndex((row) => row.some((l) => figureColumns(l, cols).size > 0));
  const edges = firstFigureRow > 0 ? estimateCellEdges(rows.slice(firstFigureRow).flat(), cols) : null;
  const cells = rows.flatMap((row, r) => rowCells(row, r, cols, r < firstFigureRow ? edges : null));
  const multiCellRows = rows.filter((row) => new Set(row.flatMap(linePieces).map((p) => columnAt(cols, pieceCentre(p)))).size >= 2).length;
  if (multiCellRows < Math.max(2, rows.length / 2)) return null;
  const figureRows = rows.filter((row) => row.some((l) => [...figureColumns(l, cols)].some((c) => c > 0))).length;
  if (figureRows < minFigureRows && rows.length < MIN_ROWS_WITHOUT_FIGURES) return null;
  return { rows: bounds, cols: [...cols], cells };
}

/** Tabular lines a continuation needs: a repeated header line and one row. */
const MIN_CONTINUATION_LINES = 2;

export interface AlignedTable {
  layout: CellLayout;
  items: TextItem[];
  /** What a continuation on the next page needs of this table. */
  carried: CarriedTable;
}

/**
 * Aligned tables among a page's lines: their layouts and items, and the lines left over.
 * `carried`: the aligned table the previous page ended with, tried for the page's first
 * region only (where that table would continue).
 */
export function findAlignedTables(
  lines: readonly TextLine[],
  carried: CarriedTable | null = null,
): { tables: AlignedTable[]; rest: TextLine[] } {
  const tables: AlignedTable[] = [];
  const used = new Set<TextLine>();
  for (const [i, region] of findTableRegions(lines, carried ? MIN_CONTINUATION_LINES : MIN_TABULAR_LINES).entries()) {
    const layout = alignedLayout(region, i === 0 ? carried : null);
    if (!layout) continue;
    // A continuation keeps the header of the table it continues (it may not repeat it).
    const header = i === 0 && carried && layout.cols.join() === carried.cols.join() ? carried.header : headerTexts(region, layout.cols);
    tables.push({ layout, items: region.flatMap((l) => l.items), carried: { cols: layout.cols, header } });
    for (const l of region) used.add(l);
  }
  return { tables, rest: lines.filter((l) => !used.has(l)) };
}
