/**
 * Renders a Disclosure as an Excel workbook, the way departments that publish in Excel lay it
 * out: one sheet per table with its title, 表号 and unit lines above it, merged header cells,
 * amounts stored as numbers under a "#,##0.00"-style format that prints the figure as the
 * PDF does, codes as text; the prose before the first table on a sheet of its own (说明).
 * Timestamps are pinned so a seed gives the same bytes every run.
 */
import ExcelJS from 'exceljs';
import type { Cell, Disclosure, Section, TableBlock } from './document.ts';
import { pinZipTimestamps } from './docx-writer.ts';

/**
 * A printed figure stored as a number, and the format that prints it back the same. Bare
 * digit strings (codes 2010301, counts) stay text, as such workbooks keep their codes.
 */
const FIGURE = /^-?(\d{1,3}(,\d{3})+(\.(\d+))?|\d+\.(\d+))$/;

export async function renderXlsx(d: Disclosure, year: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${year}-02-25T09:00:00Z`);
  Object.assign(workbook, { creator: d.creator, title: d.title, created: date, modified: date, lastPrinted: date });
  let pending: string[][] = [];
  let sheetNumber = 0;
  for (const section of d.sections) {
    let first = true;
    for (const block of section.blocks) {
      if (block.type === 'pageBreak') continue;
      if (block.type === 'paragraph') {
        pending.push([block.text]);
        continue;
      }
      if (sheetNumber === 0) {
        // The prose before the first table goes on a sheet of its own, as 说明 sheets are
        // published; the short lines right above the table (title, unit) stay with it.
        const heading = trailingShortLines(pending);
        if (pending.length > heading.length) writeLines(workbook.addWorksheet('说明'), pending.slice(0, pending.length - heading.length));
        pending = heading;
      }
      const above = [...sectionLines(section, first, block.columns.length), ...pending];
      first = false;
      pending = [];
      sheetNumber++;
      writeTableSheet(workbook.addWorksheet(sheetName(sheetNumber, block)), above, block);
    }
  }
  if (pending.length > 0) writeLines(workbook.addWorksheet('附注'), pending);
  const buffer = await workbook.xlsx.writeBuffer();
  const dosDate = ((year - 1980) << 9) | (2 << 5) | 25;
  return pinZipTimestamps(new Uint8Array(buffer as ArrayBuffer), dosDate);
}

function trailingShortLines(lines: string[][]): string[][] {
  let start = lines.length;
  while (start > 0 && lines.length - start < 3 && lines[start - 1]!.join('').length <= 40) start--;
  return lines.slice(start);
}

/** Lines a section prints above its tables: its first-page title, its running head. */
function sectionLines(section: Section, first: boolean, width: number): string[][] {
  const lines: string[][] = [];
  if (first && section.firstPageTitle) lines.push([section.firstPageTitle.text]);
  const head = section.runningHead;
  if (head) {
    lines.push([head.left]);
    lines.push([head.secondLeft, ...Array<string>(Math.max(0, width - 2)).fill(''), head.secondRight]);
  }
  return lines;
}

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
function sheetName(n: number, table: TableBlock): string {
  return `${n}-${table.title}`.replace(/[[\]:*?/\\]/g, '').slice(0, 31);
}

function writeLines(sheet: ExcelJS.Worksheet, lines: string[][]): void {
  for (const line of lines) sheet.addRow(line);
  sheet.getColumn(1).width = 100;
}

function writeTableSheet(sheet: ExcelJS.Worksheet, above: string[][], table: TableBlock): void {
  for (const line of above) {
    const row = sheet.addRow(line);
    // A title line spans the table's width, as printed titles do.
    if (line.length === 1 && table.columns.length > 1) sheet.mergeCells(row.number, 1, row.number, table.columns.length);
  }
  placeRows(sheet, table.header, sheet.rowCount + 1, true);
  placeRows(sheet, table.body, sheet.rowCount + 1, false);
  table.columns.forEach((column, i) => { sheet.getColumn(i + 1).width = Math.max(6, Math.round(column.width / 6)); });
}

/** Anchor cells with HTML-style spans onto the sheet, merging what spans. */
function placeRows(sheet: ExcelJS.Worksheet, rows: Cell[][], top: number, header: boolean): void {
  const taken = new Set<string>();
  rows.forEach((cells, r) => {
    let col = 1;
    for (const cell of cells) {
      while (taken.has(`${r}:${col}`)) col++;
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr}:${col + dc}`);
      const target = sheet.getCell(top + r, col);
      writeValue(target, cell.text, header);
      if (rowSpan > 1 || colSpan > 1) sheet.mergeCells(top + r, col, top + r + rowSpan - 1, col + colSpan - 1);
      col += colSpan;
    }
  });
}

function writeValue(target: ExcelJS.Cell, text: string, header: boolean): void {
  const figure = header ? null : FIGURE.exec(text.trim());
  if (!figure) {
    target.value = text;
    return;
  }
  const decimals = (figure[4] ?? figure[5])?.length ?? 0;
  target.value = Number(text.replace(/,/g, ''));
  const digits = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  target.numFmt = figure[2] ? `#,##0${digits}` : `0${digits}`;
}
