/**
 * One worksheet as the printed grid: hidden rows and columns left out, cells outside the
 * print area left out, merged ranges as one anchor cell with its spans (counted over the
 * visible rows and columns only), every cell's printed text and address.
 */
import type ExcelJS from 'exceljs';
import { joinWrapped } from '@budget/model';
import { printedText, type CellValue } from './printed-text.ts';

export interface SheetCell {
  /** 0-based position among the sheet's printed rows and columns. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  /** `'Sheet name'!C12` */
  address: string;
}

export interface SheetGrid {
  name: string;
  nRows: number;
  nCols: number;
  /** Anchor cells with text, row by row. */
  rows: SheetCell[][];
}

interface Range { top: number; left: number; bottom: number; right: number }

export interface GridLimits {
  /** Cells read from one sheet at most (rows × columns of its used range). */
  maxCells: number;
}

export class SheetTooLargeError extends Error {
  override readonly name = 'SheetTooLargeError';
}

export function readSheetGrid(sheet: ExcelJS.Worksheet, limits: GridLimits): SheetGrid {
  const filled = filledCells(sheet, limits);
  const bounds = printedBounds(sheet, filled);
  const rowIndex = visibleIndex(bounds.top, bounds.bottom, (r) => !sheet.getRow(r).hidden);
  const colIndex = visibleIndex(bounds.left, bounds.right, (c) => !sheet.getColumn(c).hidden);
  const merges = mergedRanges(sheet, rowIndex, colIndex);
  const covered = new Set<string>();
  const rows: SheetCell[][] = [];
  for (const [r, row] of rowIndex) {
    const cells: SheetCell[] = [];
    for (const [c, col] of colIndex) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const merge = merges.get(key);
      if (merge) markCovered(merge, covered);
      const cell = filled.get(key) ?? (merge ? sheet.getCell(r, c) : undefined);
      if (!cell) continue;
      // Lines broken inside a cell (Alt+Enter) rejoin as wrapped lines do: CJK and figures without a space.
      const text = joinWrapped(printedText(cell.value as CellValue, cell.numFmt).split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()));
      if (!text) continue;
      cells.push({
        row, col, text,
        rowSpan: merge ? countIn(rowIndex, merge.top, merge.bottom) : 1,
        colSpan: merge ? countIn(colIndex, merge.left, merge.right) : 1,
        address: `'${sheet.name.replace(/'/g, "''")}'!${cell.address}`,
      });
    }
    rows.push(cells);
  }
  return { name: sheet.name, nRows: rowIndex.size, nCols: colIndex.size, rows };
}

/** The cells that hold a value, by "row:col" (a sheet's used range can run to column XFD on formatting alone). */
function filledCells(sheet: ExcelJS.Worksheet, limits: GridLimits): Map<string, ExcelJS.Cell> {
  const cells = new Map<string, ExcelJS.Cell>();
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined) return;
      cells.set(`${r}:${c}`, cell);
      if (cells.size > limits.maxCells) throw new SheetTooLargeError(`sheet "${sheet.name}" holds more than ${limits.maxCells} cells (limit)`);
    });
  });
  return cells;
}

/** The cells' extent, cut to the print area where one is set (its first range). */
function printedBounds(sheet: ExcelJS.Worksheet, filled: Map<string, ExcelJS.Cell>): Range {
  const used = { top: 1, left: 1, bottom: 0, right: 0 };
  for (const key of filled.keys()) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    used.bottom = Math.max(used.bottom, r);
    used.right = Math.max(used.right, c);
  }
  const area = sheet.pageSetup?.printArea?.split(',')[0];
  const printed = area ? parseRange(area.replace(/\$/g, '').replace(/^.*!/, '')) : null;
  if (!printed) return used;
  return { top: printed.top, left: printed.left, bottom: Math.min(printed.bottom, used.bottom), right: Math.min(printed.right, used.right) };
}

/** 1-based sheet positions that are shown → their 0-based printed index. */
function visibleIndex(from: number, to: number, shown: (i: number) => boolean): Map<number, number> {
  const index = new Map<number, number>();
  for (let i = from; i <= to; i++) if (shown(i)) index.set(i, index.size);
  return index;
}

function countIn(index: Map<number, number>, from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (index.has(i)) n++;
  return Math.max(n, 1);
}

/**
 * Merged ranges keyed by their first shown cell (the top-left one unless it is hidden).
 * Every cell of a range reports the range's value, so the range must be read once.
 */
function mergedRanges(sheet: ExcelJS.Worksheet, rowIndex: Map<number, number>, colIndex: Map<number, number>): Map<string, Range> {
  const ranges = new Map<string, Range>();
  for (const text of (sheet.model as { merges?: string[] }).merges ?? []) {
    const range = parseRange(text);
    if (!range) continue;
    const top = firstIn(rowIndex, range.top, range.bottom);
    const left = firstIn(colIndex, range.left, range.right);
    if (top !== null && left !== null) ranges.set(`${top}:${left}`, range);
  }
  return ranges;
}

function firstIn(index: Map<number, number>, from: number, to: number): number | null {
  for (let i = from; i <= to; i++) if (index.has(i)) return i;
  return null;
}

function markCovered(range: Range, covered: Set<string>): void {
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) covered.add(`${r}:${c}`);
  }
}

function parseRange(text: string): Range | null {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(text.trim());
  if (!match) return null;
  const left = columnNumber(match[1]!);
  const top = Number(match[2]);
  const right = match[3] ? columnNumber(match[3]) : left;
  const bottom = match[4] ? Number(match[4]) : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
