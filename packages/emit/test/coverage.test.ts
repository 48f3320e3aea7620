import { describe, expect, it } from 'vitest';
import type { BudgetLine, CanonicalDocument, FindingRow } from '@budget/model';
import { coverageOf, CoverageRow, describeCoverage } from '../src/index.ts';
import { failedDocument, okDocument } from './fixtures/documents.ts';

/** A copy of the ok fixture under another id and source, with the given findings and lines (origin: written for these tests). */
function doc(n: number, findings: Partial<FindingRow>[], lines: Partial<BudgetLine>[] = []): CanonicalDocument {
  const id = String(n).repeat(64);
  const base = okDocument.budget_lines[0]!;
  return {
    ...okDocument,
    document: { ...okDocument.document, doc_id: id, source: `/in/doc-${n}.pdf` },
    budget_lines: lines.map((l, i) => ({ ...base, doc_id: id, row: i, provenance: { ...base.provenance, row: i }, ...l })),
    projects: [],
    indicators: [],
    findings: findings.map((f) => ({
      doc_id: id, check: 'x', severity: 'info', table: null, page: null, code: null, expected: null, actual: null, message: 'm', ...f,
    } as FindingRow)),
  };
}

const untitled = (page: number, header: string) => ({ check: 'map.table_unrecognised', page, actual: header });
const titled = (page: number, title: string) => ({ check: 'map.table_unrecognised', page, expected: title, actual: '序号 | 单位' });
const column = (page: number, kind: string, header: string) => ({ check: 'map.unknown_column', severity: 'warning' as const, table: kind, page, expected: '“三公”经费支出表', actual: header });
const label = (name: string, row: number, table: BudgetLine['table'] = 'income_expenditure_summary'): Partial<BudgetLine> =>
  ({ table, code: null, classification: 'none', item: null, name, row, provenance: { ...okDocument.budget_lines[0]!.provenance, row } });

describe('coverageOf: what was printed and not understood, over a run', () => {
  it('counts each title, header, column and row label with its documents and examples', () => {
    const rows = coverageOf([
      doc(1, [titled(5, '单位基本情况表'), column(20, 'three_public', '机关运行经费预算数')]),
      doc(2, [titled(7, '单位基本情况表'), titled(9, '单位基本情况表'), column(21, 'three_public', '机关运行经费预算数'), untitled(3, '办公室 | 组织人事处')]),
      doc(3, [column(19, 'three_public', '机关运行经费预算数'), column(19, 'expenditure_summary', '')]),
      failedDocument,
    ]);
    for (const row of rows) CoverageRow.parse(row);
    expect(rows).toEqual([
      {
        what: 'table_title', text: '单位基本情况表', table_kind: null, count: 3, documents: 2,
        example_doc_ids: `${'1'.repeat(64)};${'2'.repeat(64)}`, example_sources: '/in/doc-1.pdf;/in/doc-2.pdf', example_pages: '5;7',
      },
      {
        what: 'table_header', text: '办公室 | 组织人事处', table_kind: null, count: 1, documents: 1,
        example_doc_ids: '2'.repeat(64), example_sources: '/in/doc-2.pdf', example_pages: '3',
      },
      {
        what: 'column_header', text: '机关运行经费预算数', table_kind: 'three_public', count: 3, documents: 3,
        example_doc_ids: ['1', '2', '3'].map((d) => d.repeat(64)).join(';'), example_sources: '/in/doc-1.pdf;/in/doc-2.pdf;/in/doc-3.pdf', example_pages: '20;21;19',
      },
      {
        what: 'column_header', text: null, table_kind: 'expenditure_summary', count: 1, documents: 1,
        example_doc_ids: '3'.repeat(64), example_sources: '/in/doc-3.pdf', example_pages: '19',
      },
    ]);
  });

  it('keeps at most three examples, in run order, and leaves the page empty where unknown', () => {
    const rows = coverageOf([1, 2, 3, 4].map((n) => doc(n, [{ check: 'map.table_unrecognised', page: n === 2 ? null : n, actual: '项目 | 数量' }])));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ count: 4, documents: 4, example_pages: '1;;3' });
    expect(rows[0]!.example_doc_ids.split(';')).toHaveLength(3);
  });

  it('row labels: uncoded, unkeyed rows of summary and “三公” tables, once per printed row', () => {
    const rows = coverageOf([doc(1, [], [
      label('单位预留机动经费', 4), label('单位预留机动经费', 4), // one row, two amounts
      label('总计:', 9, 'expenditure_summary'),
      label('合计', 10, 'expenditure_summary'), // keyed below: not a miss
      label('信息化运维经费', 3, 'project_expenditure'), // project names are data, not labels to key
      label('行政运行', 5, 'general_budget_expenditure'),
    ].map((l, i) => (i === 3 ? { ...l, item: 'total' } : l)))]);
    expect(rows.map((r) => [r.what, r.table_kind, r.text, r.count])).toEqual([
      ['row_label', 'expenditure_summary', '总计:', 1],
      ['row_label', 'income_expenditure_summary', '单位预留机动经费', 1],
    ]);
  });

  it('a run where everything was understood has no rows', () => {
    expect(coverageOf([okDocument, failedDocument])).toEqual([]);
    expect(describeCoverage([])).toMatch(/nothing/);
  });

  it('describeCoverage names the totals and the most widespread misses', () => {
    const rows = coverageOf([
      doc(1, [column(20, 'three_public', '机关运行经费预算数'), untitled(3, '办公室 | 组织人事处')]),
      doc(2, [column(21, 'three_public', '机关运行经费预算数')]),
    ]);
    const text = describeCoverage(rows, { top: 1 });
    expect(text).toContain('1 untitled tables (1×), 1 column headers (2×)');
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toMatch(/column_header\s+three_public\s+机关运行经费预算数\s+\[2× in 2 document\(s\), e\.g\. \/in\/doc-1\.pdf p20\]/);
  });
});
