/**
 * A workbook as an office suite's import leaves it (LibreOffice's HTML import, a clerk's
 * typing): 类 | 款 | 项 in columns where 款 and 项 lost their leading zeros ("5", "1") and each
 * part spans several merged grid columns. The codes must still come out whole.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { processDocument } from '@budget/pipeline';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['某某区应急管理局2025年一般公共预算支出表']);
  ws.mergeCells('A1:H1');
  ws.addRow(['单位：万元']);
  ws.addRow(['科目编码', '', '', '', '', '科目名称', '合计', '']);
  ws.addRow(['类', '款', '', '项', '', '', '', '']);
  ws.addRow(['', '', '', '', '', '', '基本支出', '项目支出']);
  ws.mergeCells('A3:E3');
  ws.mergeCells('B4:C4');
  ws.mergeCells('D4:E4');
  ws.mergeCells('F3:F5');
  ws.mergeCells('G3:H4');
  const rows: Array<[number | string, number | string, number | string, string, number, number]> = [
    ['', '', '', '合计', 137.05, 0],
    [208, '', '', '社会保障和就业支出', 137.05, 0],
    [208, 5, '', '行政事业单位养老支出', 137.05, 0],
    [208, 5, 1, '行政单位离退休', 25.96, 0],
    [208, 5, 5, '机关事业单位基本养老保险缴费支出', 111.09, 0],
  ];
  for (const [cls, section, item, name, basic, project] of rows) {
    const row = ws.addRow([cls, section, '', item, '', name, basic, project]);
    ws.mergeCells(`B${row.number}:C${row.number}`);
    ws.mergeCells(`D${row.number}:E${row.number}`);
    row.getCell(7).numFmt = '0.00';
    row.getCell(8).numFmt = '0.00';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe('codes printed in merged part columns of a workbook', () => {
  it('joins 208 | 5 | 1 into 2080501, one code system, not two', async () => {
    const record = await processDocument(await workbook(), 'codes.xlsx');
    const basic = record.budget_lines.filter((l) => l.measure === 'basic');
    expect(basic.map((l) => [l.code, l.amount_yuan])).toEqual([
      [null, '1370500.00'], ['208', '1370500.00'], ['20805', '1370500.00'], ['2080501', '259600.00'], ['2080505', '1110900.00'],
    ]);
    expect(basic[3]!.provenance.address).toBe("'Sheet1'!G9");
  });
});
