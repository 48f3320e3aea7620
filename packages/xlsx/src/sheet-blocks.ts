/**
 * A printed sheet grid to paragraph and table blocks, as a reader sees the page: the lines
 * above a table (title, 表号, 单位) as paragraphs, the table as a grid, notes below it as
 * paragraphs. A title line between two tables starts the next one, so a sheet may hold several.
 * The sheet's name stands in for a title where the sheet prints none.
 */
import { looksLikeTableTitle, type Block, type Cell, type ParagraphBlock, type TableBlock } from '@budget/model';
import type { SheetCell, SheetGrid } from './sheet-grid.ts';

/** Lines that head a table but are not part of it: 表一, 单位：万元, 预算年度. */
const HEADING_CELL = /^(表[一二三四五六七八九十百\d]+(-\d+)?|附表\d*|(金额)?单位[:：].*|预算年度[:：].*|编制单位[:：].*)$/;
const NOTE_LINE = /^(注|说明|备注)[:：0-9１-９、]/;

/** A sentence, not a row label. */
const PROSE = /[。；;，,]|.{40}/;

type RowRole = 'empty' | 'heading' | 'table';

export function sheetBlocks(grid: SheetGrid): Block[] {
  const roles = grid.rows.map((cells) => rowRole(cells, grid.nCols));
  const blocks: Block[] = [];
  let tableRows: number[] = [];
  const flushTable = () => {
    const rows = trimNotes(grid, tableRows);
    if (rows.table.length > 0) blocks.push(tableBlock(grid, rows.table));
    for (const r of rows.notes) blocks.push(...paragraphs(grid.rows[r]!));
    tableRows = [];
  };
  grid.rows.forEach((cells, r) => {
    const role = roles[r]!;
    if (role === 'empty') return;
    // A heading line inside a table's run is a row of the table (a 小计 label, a one-cell
    // row), unless it reads as the title of the next table.
    const startsNext = role === 'heading' && cells.some((c) => looksLikeTableTitle(c.text)) && roles.slice(r + 1).includes('table');
    if (role === 'table' || (tableRows.length > 0 && !startsNext)) {
      tableRows.push(r);
      return;
    }
    flushTable();
    blocks.push(...paragraphs(cells));
  });
  flushTable();
  return withSheetTitle(grid.name, blocks);
}

/**
 * A table row has cells in several columns; a heading line has one cell, or only
 * cells that read like headings (表一 … 单位：万元 on one row). A one-column sheet is text.
 */
function rowRole(cells: SheetCell[], nCols: number): RowRole {
  if (cells.length === 0) return 'empty';
  if (cells.every((c) => HEADING_CELL.test(c.text.replace(/\s+/g, '')) || looksLikeTableTitle(c.text))) return 'heading';
  if (cells.length > 1) return 'table';
  // One cell: a line of text (a title, a paragraph of prose, a note) unless the sheet is a
  // narrow two-column list whose rows happen to fill only their first cell.
  const only = cells[0]!;
  return nCols !== 2 || only.colSpan === 2 || PROSE.test(only.text) ? 'heading' : 'table';
}

/** Trailing one-cell rows that begin 注 / 说明 are notes under the table, not rows of it. */
function trimNotes(grid: SheetGrid, rows: number[]): { table: number[]; notes: number[] } {
  let end = rows.length;
  while (end > 0) {
    const cells = grid.rows[rows[end - 1]!]!;
    if (cells.length === 1 && NOTE_LINE.test(cells[0]!.text)) end--;
    else break;
  }
  return { table: rows.slice(0, end), notes: rows.slice(end) };
}

function tableBlock(grid: SheetGrid, rowNumbers: number[]): TableBlock {
  const renumber = new Map(rowNumbers.map((r, i) => [r, i]));
  const cells: Cell[] = [];
  for (const r of rowNumbers) {
    for (const cell of grid.rows[r]!) {
      // Spans count the table's own rows: empty rows are dropped, a merge into the notes is cut.
      const rowSpan = Math.max(1, rowNumbers.filter((n) => n >= r && n < r + cell.rowSpan).length);
      cells.push({
        row: renumber.get(r)!, col: cell.col, rowSpan, colSpan: cell.colSpan,
        text: cell.text,
        sources: [{ page: null, bbox: null, text: cell.text, address: cell.address }],
      });
    }
  }
  return { type: 'table', page: null, pageEnd: null, bbox: null, nRows: rowNumbers.length, nCols: grid.nCols, cells, method: 'xlsx' };
}

function paragraphs(cells: SheetCell[]): ParagraphBlock[] {
  return cells.map((cell) => ({ type: 'paragraph', page: null, bbox: null, text: cell.text }));
}

/** Where no line above a sheet's first table reads as a title, the sheet's name may (「表1 收支总表」). */
function withSheetTitle(name: string, blocks: Block[]): Block[] {
  const firstTable = blocks.findIndex((b) => b.type === 'table');
  const above = firstTable < 0 ? blocks : blocks.slice(0, firstTable);
  const titled = above.some((b) => b.type === 'paragraph' && looksLikeTableTitle(b.text));
  if (titled || !looksLikeTableTitle(name)) return blocks;
  return [{ type: 'paragraph', page: null, bbox: null, text: name.trim() }, ...blocks];
}
