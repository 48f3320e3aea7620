import { describe, expect, it } from 'vitest';
import { rowsOf, type Block, type TableBlock } from '@budget/model';
import { joinPageContinuations, recordWrappedJoins, removeTemplateDebris } from '@budget/repair';
import { doc, runningHead, table } from './fixtures.ts';

const HEADER = [['序号', '科目编码', '科目名称', '合计'], ['栏次', '', '', '1']];

describe('page continuation', () => {
  it('joins a table continued under a running head and drops the repeated header', () => {
    const first = table([...HEADER, ['1', '201', '一般公共服务支出', '758.45']], 1);
    const next = table([...HEADER, ['2', '20103', '政府办公厅', '758.45']], 2);
    const out = joinPageContinuations(doc([first, runningHead(2), next]));
    const tables = out.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.nRows).toBe(4);
    expect(rowsOf(tables[0]!)[3]!.map((c) => c.text)).toEqual(['2', '20103', '政府办公厅', '758.45']);
    expect(tables[0]!.rowPages).toEqual([1, 1, 1, 2]);
    expect(tables[0]!.pageEnd).toBe(2);
  });

  it('joins a row broken across the page boundary into one row', () => {
    const first = table([...HEADER, ['21', '222', '二十一、粮油物资', '']], 1);
    const next = table([...HEADER, ['', '', '储备支出', '12.00'], ['22', '223', '国有资本经营预算支出', '']], 2);
    const out = joinPageContinuations(doc([first, runningHead(2), next]));
    const joined = out.blocks[0] as TableBlock;
    const rows = rowsOf(joined);
    expect(rows[2]!.map((c) => c.text)).toEqual(['21', '222', '二十一、粮油物资储备支出', '12.00']);
    expect(rows[2]![2]!.repairs).toContain('repair.page_continuation');
    expect(rows[3]![1]!.text).toBe('223');
    expect(out.findings.map((f) => f.check)).toContain('repair.page_continuation');
  });

  it('drops a repeated header whose spanning cell was placed one column over', () => {
    // Page 1 reads "本年预算" as a cell over columns 2–3; page 2 (one row, columns carried) puts it in column 3.
    const first = table([['科目编码', '科目名称', '本年预算', ''], ['', '', '基本支出', '项目支出'], ['301', '工资福利支出', '609.69', '']], 1);
    const next = table([['科目编码', '科目名称', '', '本年预算'], ['', '', '基本支出', '项目支出'], ['302', '商品和服务支出', '83.20', '']], 2);
    const out = joinPageContinuations(doc([first, runningHead(2), next]));
    const rows = rowsOf(out.blocks[0] as TableBlock);
    expect(rows).toHaveLength(4);
    expect(rows[3]!.map((c) => c.text)).toEqual(['302', '商品和服务支出', '83.20', '']);
  });

  it('does not take a new title under the table, on the same page, for furniture', () => {
    const first = table([...HEADER, ['1', '201', '一般公共服务支出', '758.45']], 1);
    const title: Block = { type: 'paragraph', page: 1, text: '6、旅游宣传推介经费绩效目标表' };
    const next = table([...HEADER, ['1', '301', '工资福利支出', '609.69']], 2);
    // The previous page prints the title too: a repeated line on the next page would be furniture, this one is not.
    const out = joinPageContinuations(doc([first, title, runningHead(1), next]));
    expect(out.blocks.filter((b) => b.type === 'table')).toHaveLength(2);
  });

  it('joins a figure cut by the page break ("8,791,250.8" / "5")', () => {
    const first = table([...HEADER, ['3', '212', '城乡社区支出', '8,791,250.8']], 1);
    const next = table([...HEADER, ['', '', '', '5'], ['4', '213', '农林水支出', '12.00']], 2);
    const rows = rowsOf(joinPageContinuations(doc([first, runningHead(2), next])).blocks[0] as TableBlock);
    expect(rows[2]!.map((c) => c.text)).toEqual(['3', '212', '城乡社区支出', '8,791,250.85']);
    expect(rows).toHaveLength(4);
  });

  it('keeps a whole figure above a figure-only row as two rows', () => {
    const first = table([...HEADER, ['3', '212', '城乡社区支出', '8,791,250.80']], 1);
    const next = table([...HEADER, ['', '', '', '5.00'], ['4', '213', '农林水支出', '12.00']], 2);
    const rows = rowsOf(joinPageContinuations(doc([first, runningHead(2), next])).blocks[0] as TableBlock);
    expect(rows[2]!.map((c) => c.text)).toEqual(['3', '212', '城乡社区支出', '8,791,250.80']);
    expect(rows).toHaveLength(5);
  });

  it('joins across a page number OCR misread (5 as 忆): a mark of two characters at most, the last on its page', () => {
    const first = table([...HEADER, ['1', '201', '一般公共服务支出', '758.45']], 1);
    const next = table([...HEADER, ['2', '20103', '政府办公厅', '758.45']], 2);
    const pageNumber: Block = { type: 'paragraph', page: 1, text: '忆' };
    expect(joinPageContinuations(doc([first, pageNumber, runningHead(2), next])).blocks.filter((b) => b.type === 'table')).toHaveLength(1);
    // Three characters, or a mark that is not its page's last line, is something else.
    const words: Block = { type: 'paragraph', page: 1, text: '注：无' };
    expect(joinPageContinuations(doc([first, words, runningHead(2), next])).blocks.filter((b) => b.type === 'table')).toHaveLength(2);
    const midPage: Block = { type: 'paragraph', page: 2, text: '忆' };
    expect(joinPageContinuations(doc([first, runningHead(2), midPage, next])).blocks.filter((b) => b.type === 'table')).toHaveLength(2);
  });

  it('drops a repeated header row OCR read a little differently, never a data row like another', () => {
    const numbered = [['序号', '科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['栏次', '1', '2', '3', '4', '5']];
    const first = table([...numbered, ['1', '201', '一般公共服务支出', '10.00', '10.00', '']], 1);
    const next = table([numbered[0]!, ['池', '1', '2', '3', '4', '5'], ['2', '2010301', '行政运行', '10.00', '10.00', '']], 2);
    const rows = rowsOf(joinPageContinuations(doc([first, runningHead(2), next])).blocks[0] as TableBlock);
    expect(rows.map((r) => r[0]!.text)).toEqual(['序号', '栏次', '1', '2']);
    const wide = (n: string, code: string) => [n, code, 'x', '10.00', '10.00', '0.00', '0.00', '0.00', '0.00', '0.00'];
    const a = table([wide('1', '201')], 1), b = table([wide('2', '2010301')], 2);
    expect(rowsOf(joinPageContinuations(doc([a, runningHead(2), b])).blocks[0] as TableBlock)).toHaveLength(2);
    // A performance table's first row, naming another project: a new project, not a header.
    const project = (name: string) => table([['项目名称', name, '主管部门', '重庆市水利局'], ['当年预算', '12,700.00', '', '']], 1);
    const [p31, p32] = [project('水库移民后期扶持'), { ...project('重庆市水利专项资金'), page: 2 }];
    expect(rowsOf(joinPageContinuations(doc([p31, runningHead(2), p32])).blocks[0] as TableBlock)).toHaveLength(4);
  });

  it('does not join across a new title', () => {
    const first = table([...HEADER, ['1', '201', '一般公共服务支出', '758.45']], 1);
    const next = table([...HEADER, ['1', '301', '工资福利支出', '609.69']], 2);
    const title = { type: 'paragraph' as const, page: 2, text: '部门预算一般公共预算财政拨款基本支出表' };
    const out = joinPageContinuations(doc([first, title, next]));
    expect(out.blocks.filter((b) => b.type === 'table')).toHaveLength(2);
  });

  it('does not join tables on the same page or with different columns', () => {
    const a = table([...HEADER, ['1', '201', 'x', '1.00']], 1);
    const b = table([['a', 'b'], ['1', '2.00']], 2);
    expect(joinPageContinuations(doc([a, runningHead(2), b])).blocks.filter((x) => x.type === 'table')).toHaveLength(2);
  });
});

describe('wrapped values', () => {
  it('records a code and a figure joined from narrow-cell lines', () => {
    const t = table([['2010301', '行政运行', '1103.89']], 1, { '0,0': ['2010', '301'], '0,2': ['1103.', '89'] });
    const out = recordWrappedJoins(doc([t]));
    const cells = (out.blocks[0] as TableBlock).cells;
    expect(cells[0]!.repairs).toEqual(['repair.code_join']);
    expect(cells[2]!.repairs).toEqual(['repair.figure_join']);
    expect(cells[1]!.repairs).toBeUndefined();
    expect(out.findings.map((f) => f.check)).toEqual(['repair.code_join', 'repair.figure_join']);
  });

  it('joins a long project code split by a space', () => {
    const t = table([['410303250000 000012117', '政府购买服务']], 1);
    const out = recordWrappedJoins(doc([t]));
    expect((out.blocks[0] as TableBlock).cells[0]!.text).toBe('410303250000000012117');
  });

  it('leaves a name wrapped over two lines alone', () => {
    const t = table([['一般公共服务支出']], 1, { '0,0': ['一般公共', '服务支出'] });
    expect((recordWrappedJoins(doc([t])).blocks[0] as TableBlock).cells[0]!.repairs).toBeUndefined();
  });
});

describe('template debris', () => {
  it('removes MERGEFIELD placeholders and records it', () => {
    const out = removeTemplateDebris(doc([{ type: 'paragraph', page: null, text: 'MERGEFIELD ${page400644146.ds532982397_REP_X}实有人数小计24人' }]));
    expect(out.blocks[0]).toMatchObject({ text: '实有人数小计24人' });
    expect(out.findings[0]!.check).toBe('repair.template_debris');
  });
});
