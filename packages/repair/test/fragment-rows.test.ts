import { describe, expect, it } from 'vitest';
import { rowsOf, type TableBlock } from '@budget/model';
import { joinFragmentRows } from '@budget/repair';
import { doc, table } from './fixtures.ts';

const aligned = (rows: string[][]): TableBlock => ({ ...table(rows, 1), method: 'aligned' });

describe('fragment rows in tables rebuilt from alignment', () => {
  it('joins a wrapped line of text to the row above', () => {
    const t = aligned([
      ['208', '社会保障和就业支出', '83.22'],
      ['20805', '行政事业单位养老支出', '83.22'],
      ['2080505', '机关事业单位基本养老', '65.22'],
      ['', '保险缴费支出', ''],
      ['2080506', '职业年金缴费支出', '18.00'],
    ]);
    const out = joinFragmentRows(doc([t]));
    const rows = rowsOf(out.blocks[0] as TableBlock);
    expect(rows).toHaveLength(4);
    expect(rows[2]![1]!.text).toBe('机关事业单位基本养老保险缴费支出');
    expect(out.findings[0]!.check).toBe('repair.row_join');
  });

  it('joins a figure tail when the hierarchy holds only that way, naming both readings', () => {
    const t = aligned([
      ['208', '社会保障和就业支出', '83.22'],
      ['20805', '行政事业单位养老支出', '83.22'],
      ['2080505', '养老保险缴费', '65.2'],
      ['', '', '2'],
      ['2080506', '职业年金缴费支出', '18.00'],
    ]);
    const out = joinFragmentRows(doc([t]));
    const rows = rowsOf(out.blocks[0] as TableBlock);
    expect(rows[2]![2]!.text).toBe('65.22');
    expect(out.findings[0]).toMatchObject({ check: 'repair.figure_join', code: '2080505', expected: '65.22', actual: '65.2 + 2' });
    expect(out.findings[0]!.message).toMatch(/sum\.children/);
  });

  it('leaves the table as printed, with a warning, when no identity decides', () => {
    const t = aligned([
      ['20805', '行政事业单位养老支出', '90.00'],
      ['2080505', '养老保险缴费', '65.2'],
      ['', '', '2'],
      ['2080506', '职业年金缴费支出', '18.00'],
    ]);
    const out = joinFragmentRows(doc([t]));
    expect((out.blocks[0] as TableBlock).nRows).toBe(4);
    expect(out.findings[0]).toMatchObject({ check: 'repair.ambiguous', severity: 'warning' });
  });

  it('does not touch ruled tables or total rows', () => {
    const ruled = table([['2080505', '养老', '65.2'], ['', '', '2']], 1);
    expect(joinFragmentRows(doc([ruled])).blocks[0]).toEqual(ruled);
    const t = aligned([['201', 'a', '1.00'], ['20101', 'b', '1.00'], ['2010101', 'c', '1.00'], ['', '合计', '1.00']]);
    expect((joinFragmentRows(doc([t])).blocks[0] as TableBlock).nRows).toBe(4);
  });
});
