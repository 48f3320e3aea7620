/** Where a table's header ends, and what each column's header says (merged rows understood). */
import { cellAt, compact, parseFigure, toHalfWidth, type TableBlock } from '@budget/model';

const TOTAL_ROW = /^(合计|总计|本年收入合计|本年支出合计|收入总计|支出总计)[:：]?$/;
const CODE_LEAD = /^\d{3,}(\s*[-－—]\s*|\s*)[\u4e00-\u9fff]/;

/** Caption lines some exporters print inside the header rows: the unit, the department. */
const TABLE_CAPTION = /^(金额)?(单位|预算单位|编制单位|编制部门|部门名称|单位名称)[:：]/;

/**
 * True for a row of column numbers ("栏次 1 2 3 …"), printed under the header in some styles:
 * labelled 栏次, or numbering its columns 1, 2, 3 … without the label (OCR may misread it).
 */
export function isColumnNumberRow(texts: string[]): boolean {
  if (texts.some((t) => compact(t) === '栏次')) return true;
  const numbers = texts.map((t) => compact(t)).filter((t) => /^\d{1,2}$/.test(t)).map(Number);
  return numbers.length >= 4 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1) && numbers[0]! <= 1;
}

function rowTexts(table: TableBlock, row: number): string[] {
  const out: string[] = [];
  for (let col = 0; col < table.nCols; col++) {
    const cell = cellAt(table, row, col);
    out.push(cell && cell.row === row && cell.col === col ? cell.text : '');
  }
  return out;
}

/** A row that carries data: a decimal figure, a total label or a leading subject code. */
export function isDataRow(texts: string[]): boolean {
  if (isColumnNumberRow(texts)) return false;
  const cells = texts.map((t) => compact(toHalfWidth(t))).filter(Boolean);
  if (cells.length === 0) return false;
  if (cells.some((t) => /[.,]/.test(t) && parseFigure(t) !== null)) return true;
  // A total or coded row whose other cells are figures or blank; in a header row
  // "合计" stands beside other headings (一般公共预算, 政府性基金预算 …).
  const [lead, ...rest] = cells;
  const restAreFigures = rest.every((t) => parseFigure(t) !== null || /^[-—]+$/.test(t));
  if (TOTAL_ROW.test(lead!) && restAreFigures) return true;
  return CODE_LEAD.test(lead!) && !/^\d{4}年/.test(lead!);
}

/**
 * The first data row at or after `start` (the rows before it, up to 8, are the header).
 * A table with no data row at all (an empty 政府性基金 table) has only header: nRows.
 */
export function firstDataRow(table: TableBlock, start: number): number {
  const limit = Math.min(table.nRows, start + 8);
  for (let row = start; row < limit; row++) {
    if (isDataRow(rowTexts(table, row))) return row;
  }
  return Math.min(table.nRows, limit);
}

/**
 * The header path of each column: the distinct texts of the header cells covering it,
 * top to bottom ("基本支出" › "财政拨款" › "小计"). A merged header cell is part of
 * the path of every column it spans.
 */
export function headerPaths(table: TableBlock, start: number, end: number): string[][] {
  const paths: string[][] = [];
  for (let col = 0; col < table.nCols; col++) {
    const path: string[] = [];
    for (let row = start; row < end; row++) {
      const cell = cellAt(table, row, col);
      const text = cell ? compact(toHalfWidth(cell.text)) : '';
      if (text && text !== '栏次' && !/^\d{1,2}$/.test(text) && !TABLE_CAPTION.test(text) && path[path.length - 1] !== text) path.push(text);
    }
    paths.push(path);
  }
  return paths;
}

export { rowTexts };
