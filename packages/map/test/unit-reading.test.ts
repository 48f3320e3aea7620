import { describe, expect, it } from 'vitest';
import { mapDocument } from '@budget/map';
import { documentFromTsv } from '../../../test/support/tsv-document.ts';

const SUMMARY = ['收支预算总表', '金额单位：元', '项目\t预算数\t项目\t预算数', '收入总计\t7198500.00\t支出总计\t7198500.00'];

describe('tables that print no unit', () => {
  it('take the reading whose 合计 another table confirms, and record both readings', () => {
    const doc = documentFromTsv([...SUMMARY, '支出预算总表', '金额单位：', '部门\t合计\t基本支出\t项目支出', '合计\t719.85\t700.00\t19.85'].join('\n'));
    const record = mapDocument(doc);
    const total = record.budget_lines.find((l) => l.table === 'expenditure_summary' && l.measure === 'total')!;
    expect(total.amount_yuan).toBe('7198500.00');
    expect(total.repaired).toBe(true);
    const finding = record.findings.find((f) => f.check === 'repair.unit_reading')!;
    expect(finding).toMatchObject({ expected: '7198500.00', actual: '719.85' });
    expect(record.tables[1]!.unit).toBe('万元');
  });

  it('keep the inferred unit when nothing confirms the other reading', () => {
    const doc = documentFromTsv([...SUMMARY, '支出预算总表', '金额单位：', '部门\t合计\t基本支出\t项目支出', '合计\t123.45\t100.00\t23.45'].join('\n'));
    const record = mapDocument(doc);
    expect(record.budget_lines.find((l) => l.table === 'expenditure_summary' && l.measure === 'total')!.amount_yuan).toBe('123.45');
    expect(record.findings.some((f) => f.check === 'repair.unit_reading')).toBe(false);
  });
});
