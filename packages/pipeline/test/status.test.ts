import { describe, expect, it } from 'vitest';
import { mapDocument } from '@budget/map';
import type { CanonicalDocument, SourceDocument } from '@budget/model';
import { documentStatus, failedRecord, NOT_UNDERSTOOD_CHECK } from '@budget/pipeline';
import { validateDocument } from '@budget/validate';
import { documentFromTsv } from '../../../test/support/tsv-document.ts';

/** The source and record of a hand-made document, through map and validate as in the pipeline. */
function read(text: string): { source: SourceDocument; record: CanonicalDocument } {
  const source = documentFromTsv(text, 'doc');
  return { source, record: validateDocument(mapDocument(source)) };
}

const TEXT_LAYER = { pages: 3, pagesWithoutText: 0 };

describe('the status rule: never ok with nothing', () => {
  it('a prose-only document whose prose states no income or expenditure total is partial, and says why', () => {
    const { source, record } = read([
      '2019年一般公共预算拨款收入203091.65万元。',
      '公务接待费8.6万元。',
      '内设机构情况',
      '办公室\t组织人事处',
      '规划处\t综合处',
    ].join('\n'));
    const status = documentStatus(source, record);
    expect(status.status).toBe('partial');
    expect(status.findings).toHaveLength(1);
    const [found] = status.findings;
    expect(found).toMatchObject({ check: NOT_UNDERSTOOD_CHECK, severity: 'warning', doc_id: 'doc' });
    expect(status.error).toBe(found!.message);
    expect(found!.message).toContain('no table was recognised');
    expect(found!.message).toContain('1 table(s) of no known kind: p? “内设机构情况”');
    expect(found!.message).toContain('only three_public_reception');
  });

  it('a prose-only document whose prose states its totals is ok', () => {
    const { source, record } = read('本部门2024年收入预算总额为1234.56万元，支出预算总额为1234.56万元。');
    expect(record.document.income_total).toBe('12345600.00');
    expect(documentStatus(source, record)).toEqual({ status: 'ok', error: null, findings: [] });
  });

  it('a recognised table that gives figures is enough', () => {
    const { source, record } = read(['支出预算总表', '单位：元', '项目\t合计\t基本支出\t项目支出', '合计\t150.00\t100.00\t50.00'].join('\n'));
    expect(record.budget_lines.length).toBeGreaterThan(0);
    expect(documentStatus(source, record).status).toBe('ok');
  });

  it('a recognised table that gives no figure is not: the finding names it', () => {
    const { source, record } = read(['支出预算总表', '单位：元', '项目\t合计', '合计\t'].join('\n'));
    expect(record.tables).toHaveLength(1);
    const status = documentStatus(source, record);
    expect(status.status).toBe('partial');
    expect(status.error).toContain('1 recognised table(s) (支出预算总表) gave no figure');
  });

  it('projects or indicators alone are something', () => {
    const base = failedRecord('doc', 'doc.pdf', 'pdf', 'x');
    const record: CanonicalDocument = {
      ...base,
      projects: [{ doc_id: 'doc', code: null, name: '某项目', unit_name: null, category: null, amount_yuan: null, page: 1, provenance: { page: 1, table_index: 0, row: 1, col: 0, bbox: null, text: '某项目' } }],
    };
    expect(documentStatus({ ...documentFromTsv(''), ...TEXT_LAYER }, record).status).toBe('ok');
  });

  it('a scan is needs_ocr, not partial; scanned pages are named when part of the document is scanned', () => {
    const empty = failedRecord('doc', 'doc.pdf', 'pdf', 'x');
    const scan = { ...documentFromTsv(''), pages: 3, pagesWithoutText: 3 };
    expect(documentStatus(scan, empty)).toMatchObject({ status: 'needs_ocr', findings: [] });
    const mixed = documentStatus({ ...scan, pagesWithoutText: 2 }, empty);
    expect(mixed.status).toBe('partial');
    expect(mixed.error).toContain('2 of 3 pages have no text layer');
  });

  it('identity failures still make a document partial, with the first failure', () => {
    const { source, record } = read(['支出预算总表', '单位：元', '项目\t合计\t基本支出\t项目支出', '合计\t150.00\t100.00\t40.00'].join('\n'));
    const status = documentStatus(source, record);
    expect(status.status).toBe('partial');
    expect(status.error).toMatch(/^\d+ check\(s\) failed, first: /);
    expect(status.findings).toEqual([]);
  });
});
