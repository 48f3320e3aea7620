import { describe, expect, it } from 'vitest';
import { mapDocument } from '@budget/map';
import { documentFromTsv } from '../../../test/support/tsv-document.ts';

const unrecognised = (text: string) => mapDocument(documentFromTsv(text)).findings.filter((f) => f.check === 'map.table_unrecognised');

describe('a table of no known kind', () => {
  it('is named by the title printed above it and by its header', () => {
    const [found, ...more] = unrecognised(['单位基本情况表', '单位：人', '单位名称\t单位性质\t编制人数', '某某局\t行政\t12'].join('\n'));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ severity: 'info', table: null, expected: '单位基本情况表', actual: '单位名称 | 单位性质 | 编制人数' });
    expect(found!.message).toContain('单位基本情况表');
    expect(found!.message).toContain('单位名称 | 单位性质 | 编制人数');
  });

  it('without a title is named by its first row of two or more filled cells, blank cells left out', () => {
    const [found] = unrecognised(['纳入本部门预算编制范围的单位共1个，包括：', '\t\t', '\t序 号\t单 位\t', '1\t西安市发改委\t'].join('\n'));
    expect(found).toMatchObject({ expected: null, actual: '序号 | 单位' });
    expect(found!.message).toMatch(/has no recognisable title \(header: 序号 \| 单位\)/);
  });

  it('a sentence above the table is not taken for its title', () => {
    const [found] = unrecognised(['本部门下设以下处室，具体情况见下表。', '办公室\t组织人事处', '规划处\t综合处'].join('\n'));
    expect(found).toMatchObject({ expected: null, actual: '办公室 | 组织人事处' });
  });

  it('a short caption right above the table, without 表, names it', () => {
    const [found] = unrecognised(['机构设置：', '西安市发展和改革委员会 内设机构信息', '办公室\t组织人事处', '规划处\t综合处'].join('\n'));
    expect(found).toMatchObject({ expected: '西安市发展和改革委员会内设机构信息', actual: '办公室 | 组织人事处' });
  });

  it('a wrapped fragment of prose or of a form right above the table is not a caption', () => {
    for (const fragment of ['学任务有序推进', '不低于90%']) {
      const [found] = unrecognised([fragment, '产出指标\t时效指标\t服务期限', '1\t2\t3'].join('\n'));
      expect(found, fragment).toMatchObject({ expected: null, actual: '产出指标 | 时效指标 | 服务期限' });
    }
  });

  it('long header cells are cut, and so are wide headers', () => {
    const cells = ['11000022T000000431783-教师业务培训费', '50', ...Array.from({ length: 8 }, (_, i) => `列${i}`)];
    const [found] = unrecognised(['说明如下，', cells.join('\t'), cells.map(() => '1').join('\t')].join('\n'));
    expect(found!.actual).toBe('11000022T000000431783-教… | 50 | 列0 | 列1 | 列2 | 列3 | 列4 | 列5 | …');
  });

  it('a column of a recognised table with no known measure names the table title', () => {
    const record = mapDocument(documentFromTsv(['支出预算总表', '单位：元', '项目\t合计\t奇怪的列', '合计\t100.00\t50.00'].join('\n')));
    const column = record.findings.find((f) => f.check === 'map.unknown_column');
    expect(column).toMatchObject({ table: 'expenditure_summary', expected: '支出预算总表', actual: '奇怪的列' });
  });
});
