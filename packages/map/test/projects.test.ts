import { describe, expect, it } from 'vitest';
import type { Block, Cell, SourceDocument, TableBlock } from '@budget/model';
import { mapDocument } from '@budget/map';

function table(rows: string[][], page: number): TableBlock {
  const cells: Cell[] = rows.flatMap((fields, row) =>
    fields.map((text, col) => ({ row, col, rowSpan: 1, colSpan: 1, text, sources: [{ page, bbox: [col * 60, row * 20, col * 60 + 50, row * 20 + 15], text }] })),
  );
  return { type: 'table', page, pageEnd: page, nRows: rows.length, nCols: rows[0]!.length, cells, method: 'ruled', rowPages: rows.map(() => page) };
}
const para = (text: string, page = 1): Block => ({ type: 'paragraph', page, text });
const doc = (blocks: Block[]): SourceDocument => ({ docId: 'd', source: 'd.pdf', format: 'pdf', pages: 2, blocks, findings: [], pagesWithoutText: 0 });

const INDICATORS = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '宣传推介次数', '≥10次'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥95%'],
];

describe('projects of performance tables', () => {
  it('reads a key-value grid as one project, never its rows as projects', () => {
    const grid = table([
      ['项目编码', '13010422P00029330204U', '项目名称', '旅游宣传推介经费'],
      ['预算数', '12.21', '其中：财政资金', '12.21'],
      ['资金支出计划(%)', '3月底', '6月底', '12月底'],
      ...INDICATORS,
    ], 1);
    const record = mapDocument(doc([para('6、旅游宣传推介经费绩效目标表'), para('单位：万元'), grid]));
    expect(record.projects.map((p) => [p.code, p.name, p.amount_yuan])).toEqual([['13010422P00029330204U', '旅游宣传推介经费', '122100.00']]);
    expect(record.indicators.map((i) => i.level3)).toEqual(['宣传推介次数', '服务对象满意度']);
  });

  it('starts a new project where a continued grid prints 项目编码 before 项目名称', () => {
    const first = table([['项目编码', '13010423P00048456286M', '项目名称', '文物保护经费'], ['预算数', '115.08', '其中：财政资金', '115.08'], ...INDICATORS], 1);
    const next = table([['项目编码', '13010422P00029330204U', '项目名称', '旅游宣传推介经费'], ['预算数', '12.21', '其中：财政资金', '12.21'], ...INDICATORS], 2);
    const record = mapDocument(doc([para('5、文物保护经费绩效目标表'), para('单位：万元'), first, next]));
    expect(record.projects.map((p) => [p.code, p.name])).toEqual([
      ['13010423P00048456286M', '文物保护经费'],
      ['13010422P00029330204U', '旅游宣传推介经费'],
    ]);
  });

  it('takes a numbered heading whose name starts with digits for the project (3.12345…)', () => {
    const record = mapDocument(doc([
      para('3.12345政务服务便民热线工作经费'),
      para('（1）项目概述：保障热线办理工作顺利开展。'),
      para('（6）年度预算安排：76.66万元'),
      para('（7）绩效目标和指标'),
      table(INDICATORS, 1),
    ]));
    expect(record.projects.map((p) => [p.name, p.amount_yuan])).toEqual([['12345政务服务便民热线工作经费', '766600.00']]);
  });

  it('skips a unit subtotal row that prints only the unit code in the name column', () => {
    const list = table([
      ['类型', '项目名称', '项目单位', '合计'],
      ['合计', '', '', '207.05'],
      ['', '102', '洛阳市西工区人民政府办公室', '207.05'],
      ['特定目标类', '信息网络运行维护费', '洛阳市西工区人民政府办公室', '3.66'],
    ], 1);
    const record = mapDocument(doc([para('2025年项目支出预算表'), para('单位：万元'), list]));
    expect(record.projects.map((p) => p.name)).toEqual(['信息网络运行维护费']);
  });
});

describe('projects of one name', () => {
  it('stay two where two units run them, and one where a performance grid repeats the list', () => {
    const list = table([
      ['项目单位', '项目名称', '项目类别', '合计'],
      ['大连市中山区城市管理局（本级）', '执法装备购置', '部门项目', '8012.00'],
      ['大连市中山区环境卫生管理处', '执法装备购置', '部门项目', '2773.00'],
    ], 1);
    const record = mapDocument(doc([para('项目支出表'), para('金额单位：元'), list]));
    expect(record.projects.map((p) => [p.name, p.unit_name, p.amount_yuan])).toEqual([
      ['执法装备购置', '大连市中山区城市管理局(本级)', '8012.00'],
      ['执法装备购置', '大连市中山区环境卫生管理处', '2773.00'],
    ]);
  });
});

describe('codes printed in 类 | 款 | 项 columns', () => {
  it('completes a sparse row (only its own part printed) from the 类 and 款 rows above', () => {
    const spending = table([
      ['类', '款', '项', '科目名称', '合计'],
      ['', '', '', '合计', '586.36'],
      ['201', '', '', '一般公共服务支出', '586.36'],
      ['', '06', '', '财政事务', '586.36'],
      ['', '', '01', '行政运行', '253.52'],
      ['', '', '02', '一般行政管理事务', '332.84'],
      ['208', '', '', '社会保障和就业支出', '-'],
      ['', '05', '', '行政事业单位养老支出', '-'],
    ], 1);
    const record = mapDocument(doc([para('2024年一般公共预算支出表'), para('单位：万元'), spending]));
    expect(record.budget_lines.map((l) => [l.code, l.amount_yuan])).toEqual([
      [null, '5863600.00'], ['201', '5863600.00'], ['20106', '5863600.00'], ['2010601', '2535200.00'], ['2010602', '3328400.00'],
      ['208', '0.00'], ['20805', '0.00'],
    ]);
  });
});
