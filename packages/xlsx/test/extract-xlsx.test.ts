/**
 * The workbook reader over workbooks written here with exceljs: what a reader of the printed
 * sheet sees (hidden rows, columns and sheets left out, merges once, formats applied), in the
 * model the DOCX and PDF extractors produce.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rowsOf, type TableBlock } from '@budget/model';
import { extractXlsx } from '../src/index.ts';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

function budgetSheet(wb: ExcelJS.Workbook, name = '表1'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(['2025年部门一般公共预算支出表']);
  ws.mergeCells('A1:D1');
  ws.addRow(['表1', '', '', '单位：万元']);
  ws.addRow(['科目编码', '科目名称', '合计', '']);
  ws.addRow(['', '', '基本支出', '项目支出']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:D3');
  ws.addRow(['201', '一般公共服务支出', 1234.5, 10]);
  ws.addRow(['2010301', '行政运行', 1234.5, 10]);
  ws.addRow(['注：本表不含上年结转。']);
  for (const r of [5, 6]) for (const c of [3, 4]) ws.getCell(r, c).numFmt = '#,##0.00';
  return ws;
}

describe('extractXlsx', () => {
  it('reads a sheet as title and unit paragraphs, a table with merged header cells, and a note', async () => {
    const bytes = await workbook((wb) => budgetSheet(wb));
    const doc = await extractXlsx(bytes, { docId: 'x', source: 'x.xlsx' });
    expect(doc.format).toBe('xlsx');
    const paragraphs = doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual(['2025年部门一般公共预算支出表', '表1', '单位：万元', '注：本表不含上年结转。']);
    const table = doc.blocks.find((b): b is TableBlock => b.type === 'table')!;
    expect(table.method).toBe('xlsx');
    const rows = rowsOf(table).map((cells) => cells.map((c) => c.text));
    expect(rows).toEqual([
      ['科目编码', '科目名称', '合计'],
      ['基本支出', '项目支出'],
      ['201', '一般公共服务支出', '1,234.50', '10.00'],
      ['2010301', '行政运行', '1,234.50', '10.00'],
    ]);
    const merged = table.cells.find((c) => c.text === '合计')!;
    expect([merged.row, merged.col, merged.rowSpan, merged.colSpan]).toEqual([0, 2, 1, 2]);
    expect(table.cells.find((c) => c.text === '科目编码')!.rowSpan).toBe(2);
    // Provenance: the sheet and the cell.
    expect(table.cells.find((c) => c.text === '2010301')!.sources[0]!.address).toBe("'表1'!A6");
  });

  it('leaves out hidden rows, hidden columns and hidden sheets, and says a sheet was skipped', async () => {
    const bytes = await workbook((wb) => {
      const ws = budgetSheet(wb);
      ws.getRow(5).hidden = true;
      ws.getColumn(4).hidden = true;
      const secret = budgetSheet(wb, '底稿');
      secret.state = 'hidden';
    });
    const doc = await extractXlsx(bytes, { docId: 'x', source: 'x.xlsx' });
    const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(rowsOf(tables[0]!).map((cells) => cells.map((c) => c.text))).toEqual([
      ['科目编码', '科目名称', '合计'],
      ['基本支出'],
      ['2010301', '行政运行', '1,234.50'],
    ]);
    expect(doc.findings.map((f) => f.check)).toContain('extract.xlsx.hidden_sheet');
  });

  it('starts a new table at a title line between two tables on one sheet, and titles a sheet by its name where it prints none', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('部门收支总表');
      ws.addRow(['单位：元']);
      ws.addRow(['项目', '预算数']);
      ws.addRow(['一、一般公共预算拨款收入', 100]);
      ws.addRow(['部门支出总表']);
      ws.addRow(['项目', '预算数']);
      ws.addRow(['基本支出', 100]);
    });
    const doc = await extractXlsx(bytes, { docId: 'x', source: 'x.xlsx' });
    expect(doc.blocks.map((b) => (b.type === 'table' ? `table ${b.nRows}` : b.text))).toEqual([
      '部门收支总表', '单位：元', 'table 2', '部门支出总表', 'table 2',
    ]);
  });

  it('fails a file that is not a workbook with a named error', async () => {
    await expect(extractXlsx(new Uint8Array(Buffer.from('PK\u0003\u0004 not really')), { docId: 'x', source: 'x.xlsx' })).rejects.toThrow(/zip|XLSX/i);
  });
});
