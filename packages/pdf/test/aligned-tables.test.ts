import { describe, expect, it } from 'vitest';
import { cellAt, type TableBlock } from '@budget/model';
import { columnBoundaries } from '../src/aligned-columns.ts';
import { isTabularLine } from '../src/aligned-regions.ts';
import { wrapPitchThreshold } from '../src/aligned-rows.ts';
import { findAlignedTables } from '../src/aligned-tables.ts';
import type { TextItem } from '../src/geometry.ts';
import { groupLines } from '../src/lines.ts';
import { tableFromLayout } from '../src/ruled-tables.ts';
import { item } from './support/items.ts';

const SIZE = 9;
const LINE = SIZE * 1.25;
const PAD_Y = 2.5;
/** Column left edges and widths of an unruled table: code, name, two right-aligned amounts. */
const COLS = [
  { x: 50, w: 40, align: 'left' },
  { x: 92, w: 96, align: 'left' },
  { x: 192, w: 58, align: 'right' },
  { x: 252, w: 58, align: 'right' },
] as const;

const width = (t: string) => [...t].reduce((s, c) => s + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * SIZE, 0);

/**
 * Lays rows out the way a report exporter does without borders: each cell's lines stacked
 * from the row top (valign top) or centred in the row (valign middle).
 */
function layRows(rows: string[][][], valign: 'top' | 'middle', top = 100): TextItem[] {
  const items: TextItem[] = [];
  let y = top;
  for (const row of rows) {
    const height = Math.max(...row.map((lines) => lines.length)) * LINE + 2 * PAD_Y;
    row.forEach((lines, c) => {
      const col = COLS[c]!;
      const block = lines.length * LINE;
      let ly = valign === 'top' ? y + PAD_Y : y + (height - block) / 2;
      for (const text of lines) {
        const x = col.align === 'right' ? col.x + col.w - width(text) : col.x;
        items.push(item(text, x, ly + (LINE - SIZE) / 2));
        ly += LINE;
      }
    });
    y += height;
  }
  return items;
}

const BODY: string[][][] = [
  [['201'], ['一般公共服务支出'], ['758.45'], ['100.00']],
  [['2010301'], ['政府办公厅（室）及相', '关机构事务'], ['507.40'], []],
  [['2010302'], ['一般行政管理事务'], ['251.05'], ['100.00']],
  [['208'], ['社会保障和就业支出'], ['197.03'], []],
  [['2080505'], ['机关事业单位基本养老', '保险缴费支出'], ['97.03'], []],
];

function extract(items: TextItem[]): TableBlock[] {
  const { tables } = findAlignedTables(groupLines(items));
  return tables.map(({ layout, items: own }) => tableFromLayout(layout, own, 1, 'aligned').table);
}

function grid(table: TableBlock): string[][] {
  return Array.from({ length: table.nRows }, (_, r) => Array.from({ length: table.nCols }, (_, c) => {
    const cell = cellAt(table, r, c)!;
    return cell.row === r && cell.col === c ? cell.text : '·';
  }));
}

describe('aligned tables', () => {
  it('rebuilds a top-aligned unruled table with wrapped names', () => {
    const [table] = extract(layRows(BODY, 'top'));
    expect(table).toBeDefined();
    expect(table!.method).toBe('aligned');
    expect(grid(table!)).toEqual([
      ['201', '一般公共服务支出', '758.45', '100.00'],
      ['2010301', '政府办公厅（室）及相关机构事务', '507.40', ''],
      ['2010302', '一般行政管理事务', '251.05', '100.00'],
      ['208', '社会保障和就业支出', '197.03', ''],
      ['2080505', '机关事业单位基本养老保险缴费支出', '97.03', ''],
    ]);
  });

  it('rebuilds rows whose figures are centred beside a two-line name', () => {
    const [table] = extract(layRows(BODY, 'middle'));
    expect(grid(table!).map((r) => r.join('|'))).toEqual([
      '201|一般公共服务支出|758.45|100.00',
      '2010301|政府办公厅（室）及相关机构事务|507.40|',
      '2010302|一般行政管理事务|251.05|100.00',
      '208|社会保障和就业支出|197.03|',
      '2080505|机关事业单位基本养老保险缴费支出|97.03|',
    ]);
  });

  it('gives a header spanning two amount columns a column span', () => {
    const header: string[][][] = [[['科目编码'], ['科目名称'], [], []], [[], [], ['基本支出'], ['项目支出']]];
    const items = layRows([...header, ...BODY], 'top');
    // "本年预算" centred over both amount columns, on the first header line.
    items.push(item('本年预算', 251 - 18, 100 + PAD_Y + (LINE - SIZE) / 2));
    const [table] = extract(items);
    const spanning = table!.cells.find((c) => c.text === '本年预算')!;
    expect(spanning).toMatchObject({ row: 0, col: 2, colSpan: 2 });
    expect(grid(table!)[1]).toEqual(['', '', '基本支出', '项目支出']);
    expect(table!.nRows).toBe(7);
  });

  it('leaves prose alone', () => {
    const prose = groupLines([
      item('本预算反映部门年度总体收支预算情况。根据《江苏省人大常委会', 76, 100, 16),
      item('办公厅部门预算的批复》填列，收入预算总计 18330.37 万元。', 76, 129, 16),
      item('与上年相比增加 2432.93 万元，增长 15.3%。', 76, 158, 16),
    ]);
    expect(prose.some(isTabularLine)).toBe(false);
    expect(findAlignedTables(prose).tables).toEqual([]);
  });

  it('does not take a justified line spread letter by letter for a row', () => {
    const spread = groupLines('中：拟采购货物支出'.split('').map((ch, i) => item(ch, 90 + i * 26, 100, 16)));
    expect(isTabularLine(spread[0]!)).toBe(false);
  });

  it('reads a last row alone under the repeated header on the columns the previous page ended with', () => {
    const header: string[][][] = [[['科目编码'], ['科目名称'], ['基本支出'], ['项目支出']]];
    const previous = findAlignedTables(groupLines(layRows([...header, ...BODY], 'top'))).tables[0]!;
    const lone = groupLines(layRows([...header, [['2080506'], ['职业年金缴费支出'], ['38.80'], ['1.20']]], 'top'));
    expect(findAlignedTables(lone).tables).toEqual([]);
    const { tables } = findAlignedTables(lone, previous.carried);
    expect(tables).toHaveLength(1);
    const table = tableFromLayout(tables[0]!.layout, tables[0]!.items, 2, 'aligned').table;
    expect(grid(table)).toEqual([
      ['科目编码', '科目名称', '基本支出', '项目支出'],
      ['2080506', '职业年金缴费支出', '38.80', '1.20'],
    ]);
  });

  it('does not force prose onto the previous page\'s columns', () => {
    const header: string[][][] = [[['科目编码'], ['科目名称'], ['基本支出'], ['项目支出']]];
    const previous = findAlignedTables(groupLines(layRows([...header, ...BODY], 'top'))).tables[0]!;
    const prose = groupLines([item('三、一般公共预算当年拨款规模变化情况：本年预算 758.45 万元。', 50, 100)]);
    expect(findAlignedTables(prose, previous.carried).tables).toEqual([]);
  });

  it('keeps unit and department lines out of tables', () => {
    const items = [item('部门：某某局', 50, 80), item('单位：万元', 280, 80), ...layRows(BODY, 'top')];
    const lines = groupLines(items);
    const { tables, rest } = findAlignedTables(lines);
    expect(tables).toHaveLength(1);
    expect(rest.map((l) => l.text)).toEqual(['部门：某某局 单位：万元']);
  });
});

describe('column and row helpers', () => {
  it('finds column boundaries in the empty strips between columns', () => {
    const bounds = columnBoundaries(groupLines(layRows(BODY, 'top')));
    expect(bounds).toHaveLength(5);
    expect(bounds[1]!).toBeGreaterThan(81.5); // right of the longest code "2010301"
    expect(bounds[1]!).toBeLessThan(92);
  });

  it('puts the wrap threshold in the biggest jump of line pitches', () => {
    expect(wrapPitchThreshold([11.25, 16.25, 16.25, 11.25, 16.25])).toBeCloseTo(Math.sqrt(11.25 * 16.25));
    expect(wrapPitchThreshold([16, 16, 16.5])).toBe(0);
  });
});
