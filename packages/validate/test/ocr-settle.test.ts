import { describe, expect, it } from 'vitest';
import type { BudgetLine, CanonicalDocument } from '@budget/model';
import { OCR_SETTLED, validateDocument } from '@budget/validate';

const ROWS: Record<string, number> = { '20103': 1, '2010301': 2, '2010302': 3 };

function line(code: string, measure: string, amount: string, ocr?: { alternatives: string[] }, col = 0): BudgetLine {
  return {
    doc_id: 'd', table: 'function_expenditure', table_title: 't', page: 1, row: ROWS[code]!, unit_code: null, unit_name: null,
    classification: 'function', item: null, code, name: code, measure, amount_yuan: `${amount}.00`, printed: amount, repaired: false,
    provenance: { page: 1, table_index: 0, row: ROWS[code]!, col, bbox: null, text: amount, ...(ocr ? { ocr: { engine: 'tesseract', confidence: 60, ...ocr } } : {}) },
  };
}

function record(lines: BudgetLine[]): CanonicalDocument {
  return { document: { doc_id: 'd' }, tables: [], budget_lines: lines, projects: [], indicators: [], findings: [], headline_sources: {}, prose_facts: {} } as unknown as CanonicalDocument;
}

/** 20103 = 2010301 + 2010302, and each row's total = basic + project. */
const table = (misread: BudgetLine) => [
  line('20103', 'total', '300'), line('20103', 'basic', '100', undefined, 1), line('20103', 'project', '200', undefined, 2),
  line('2010301', 'total', '100'), line('2010301', 'basic', '100', undefined, 1),
  misread, line('2010302', 'project', '200', undefined, 2),
];

describe('OCR readings settled by the identities', () => {
  it('takes the other reading where it makes the failing sums hold, and says so', () => {
    const validated = validateDocument(record(table(line('2010302', 'total', '280', { alternatives: ['200'] }))));
    const settled = validated.budget_lines.find((l) => l.code === '2010302' && l.measure === 'total')!;
    expect(settled).toMatchObject({ amount_yuan: '200.00', printed: '200', repaired: true });
    expect(settled.provenance.ocr!.alternatives).toEqual(['280']);
    expect(validated.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    expect(validated.findings.find((f) => f.check === OCR_SETTLED)).toMatchObject({ severity: 'info', code: '2010302', expected: '200', actual: '280' });
  });

  it('keeps the reading, and the error, where no other reading makes the sums hold', () => {
    const validated = validateDocument(record(table(line('2010302', 'total', '280', { alternatives: ['260'] }))));
    expect(validated.budget_lines.find((l) => l.code === '2010302' && l.measure === 'total')).toMatchObject({ amount_yuan: '280.00', repaired: false });
    expect(validated.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(validated.findings.some((f) => f.check === OCR_SETTLED)).toBe(false);
  });

  it('leaves figures without another reading alone', () => {
    const validated = validateDocument(record(table(line('2010302', 'total', '280'))));
    expect(validated.findings.some((f) => f.check === OCR_SETTLED)).toBe(false);
    expect(validated.findings.some((f) => f.severity === 'error')).toBe(true);
  });
});
