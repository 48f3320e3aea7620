import { describe, expect, it } from 'vitest';
import type { Block } from '@budget/model';
import { cleanDepartment, isDepartmentName, metadataOf } from '../src/metadata.ts';

const para = (text: string, page: number | null = 1, running = false): Block => ({ type: 'paragraph', page, text, running });
/** A one-row table of the given cell texts. */
const row = (...texts: string[]): Block => ({
  type: 'table', page: 9, pageEnd: 9, nRows: 1, nCols: texts.length, method: 'ruled',
  cells: texts.map((text, col) => ({ row: 0, col, rowSpan: 1, colSpan: 1, text, sources: [] })),
});
const meta = (blocks: Block[], unitRows: Array<{ code: string; name: string }> = [], source = 'x.pdf') => metadataOf(blocks, unitRows, source);
const prose = (n: number, text: string) => Array.from({ length: n }, () => para(text, 3));

describe('what a department name looks like', () => {
  it.each(['北京市公安局', '西南大学', '上海市普陀区人民政府万里街道办事处', '西安市发展和改革委员会', '中共上海市普陀区委社会工作部', '江苏省高级人民法院'])('%s is one', (name) => {
    expect(isDepartmentName(name)).toBe(true);
  });
  it.each([
    ['a unit line', '单位:万元'],
    ['a figure', '.32'],
    ['a prose fragment', '本经营预算在内的政府'],
    ['a sentence', '根据本局职责,设立办公室'],
    ['a table title', '一般公共预算支出表'],
    ['too short', '公安局'],
    ['too long', `${'某'.repeat(40)}局`],
  ])('%s is not (%s)', (_, name) => {
    expect(isDepartmentName(name)).toBe(false);
  });
});

describe('normalising a printed name', () => {
  it('drops the year, 部门预算 / 单位预算, （本级） and 部门, keeps 办公室 / 办公厅', () => {
    expect(cleanDepartment('福州市商务局（本级）')).toBe('福州市商务局');
    expect(cleanDepartment('长春市信访局本级')).toBe('长春市信访局');
    expect(cleanDepartment('2025年洛阳市西工区人民政府办公室 部门预算')).toBe('洛阳市西工区人民政府办公室');
    expect(cleanDepartment('上海市普陀区社会福利院单位预算')).toBe('上海市普陀区社会福利院');
    expect(cleanDepartment('江苏省政协办公厅 部门')).toBe('江苏省政协办公厅');
  });
});

describe('department from the document', () => {
  it.each([
    ['编制部门：', '编制部门：大连市西岗区人民政府办公室'],
    ['编制单位：', '编制单位： 大连市西岗区人民政府办公室 单位：万元'],
    ['预算主管部门：', '预算主管部门：大连市西岗区人民政府办公室'],
    ['预算单位：', '预算单位：大连市西岗区人民政府办公室'],
    ['部门名称：', '部门名称：大连市西岗区人民政府办公室'],
    ['部门（单位）：', '部门（单位）：大连市西岗区人民政府办公室 单位：万元'],
  ])('reads a labelled line (%s)', (_, line) => {
    expect(meta([para('目 录'), para(line, 4)]).department).toBe('大连市西岗区人民政府办公室');
  });

  it('skips a label with nothing after it but the unit', () => {
    const m = meta([para('西南大学 2023 年度部门决算'), para('单位名称： 单位：万元', 8)]);
    expect(m.department).toBe('西南大学');
  });

  it('reads the cover title, over the lines it wraps to', () => {
    expect(meta([para('北京市公安局2026年部门预算')]).department).toBe('北京市公安局');
    expect(meta([para('西南大学'), para('2021年度部门预算'), para('2021 年 4月')]).department).toBe('西南大学');
    expect(meta([para('2026 年度'), para('福州市商务局'), para('部门预算')]).department).toBe('福州市商务局');
    expect(meta([para('.'), para('长春市信访局（本级）', 1, true), para('2026年度部门预算公开')]).department).toBe('长春市信访局');
  });

  it('reads a code printed before the name, rejoining a wrapped last character', () => {
    const m = meta([para('部门预算收支总表'), para('434石家庄市桥西区人民政府办公', 1, true), para('室', 1, true), para('预算年度：2024 单位：万元', 1, true)]);
    expect(m).toMatchObject({ department: '石家庄市桥西区人民政府办公室', department_code: '434' });
  });

  it('reads a labelled table cell (部门名称 │ 北京市公安局)', () => {
    const m = meta([para('预算01表 收支总表'), para('金额单位：万元', 1, true), row('部门名称', '', '北京市公安局', '总体资金情况（万元）')]);
    expect(m).toMatchObject({ department: '北京市公安局', province: '北京市', city: '北京市', county: null, region_code: '110000' });
  });

  it('takes a budget-unit row only when it is a name', () => {
    expect(meta([para('收支总表')], [{ code: '103', name: '大连市西岗区人民政府办公室' }])).toMatchObject({ department: '大连市西岗区人民政府办公室', department_code: '103' });
    expect(meta([para('收支总表')], [{ code: '145', name: '.32' }])).toMatchObject({ department: null, department_code: null });
  });

  it('never takes a prose fragment', () => {
    const m = meta([para('收支总表'), para('2025年包括国有资本经营预算在内的政府收入预算', 3)]);
    expect(m.department).toBeNull();
  });

  it('gives the code of the unit row that names the department', () => {
    const m = meta([para('长春市信访局（本级）'), para('2026年度部门预算公开')], [{ code: '105001', name: '长春市信访局' }]);
    expect(m.department_code).toBe('105001');
  });
});

describe('region of the document', () => {
  it('comes from the department name and the title', () => {
    expect(meta([para('上海市普陀区2025年区级部门预算'), para('预算单位：上海市普陀区商务委员会')])).toMatchObject({
      province: '上海市', city: '上海市', county: '普陀区', region_code: '310107',
    });
  });

  it('else from the place the prose names most often', () => {
    const m = meta([para('西南大学'), para('2021年度部门预算'), para('是教育部、重庆市共建的重点综合大学', 3), para('学校主体位于重庆市北碚区', 3), para('1936年更名为四川省立教育学院', 3)]);
    expect(m).toMatchObject({ department: '西南大学', province: '重庆市', city: '重庆市', county: null, region_code: '500000' });
  });

  it('stays empty when the prose names a place only in passing', () => {
    const m = meta([para('西南大学'), para('2021年度部门预算'), para('学校主体位于重庆市北碚区', 3)]);
    expect(m).toMatchObject({ province: null, city: null, county: null, region_code: null });
  });

  it('never comes from a unit line, a running head or a table', () => {
    const m = meta([
      para('西南大学'), para('2021年度部门预算'),
      ...prose(3, '单位：万元 北京市财政局监制'), ...Array.from({ length: 3 }, () => para('重庆市教育委员会', 4, true)),
      row('北京市', '北京市'), row('北京市', '北京市'),
    ]);
    expect(m.region_code).toBeNull();
  });
});

describe('year', () => {
  it('reads （2026年度） under a late table title when nothing earlier names one', () => {
    expect(meta([para('预算01表 收支总表'), para('预算12表 部门整体支出绩效目标表', 32), para('（2026年度）', 32)]).year).toBe(2026);
  });
});
