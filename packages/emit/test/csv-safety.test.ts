/**
 * CSVs are opened in Excel: text from a document must not start a formula there, and
 * control characters must not reach it; the JSONL twins keep the text as printed.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CanonicalDocument } from '@budget/model';
import { parseCsv, safeText, writeDataset } from '../src/index.ts';
import { parseJsonl } from '../src/jsonl.ts';
import { RUN, okDocument } from './fixtures/documents.ts';

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '\u0001=1', 'a\u001b[31mb'];

describe('safeText', () => {
  it('neutralises would-be formulas the OWASP way, keeps plain numbers and ordinary text', () => {
    expect(safeText('=1+1')).toBe("'=1+1");
    expect(safeText('+86 10')).toBe("'+86 10");
    expect(safeText('@x')).toBe("'@x");
    expect(safeText('-x')).toBe("'-x");
    expect(safeText('-')).toBe("'-");
    expect(safeText('\t=1')).toBe("'\t=1");
    expect(safeText('\r=1')).toBe("'=1");
    expect(safeText('\u0001=1')).toBe("'=1");
    for (const number of ['-12.50', '+3', '12', '0.5', '-.5']) expect(safeText(number)).toBe(number);
    expect(safeText('行政运行')).toBe('行政运行');
    expect(safeText('a\u001b[31mb\u009b')).toBe('a[31mb');
    expect(safeText('两行\n文本')).toBe('两行\n文本');
  });
});

describe('writeDataset: CSV safe to open in Excel', () => {
  it('writes no text cell that starts a formula; JSONL keeps the text; amounts stay numbers', async () => {
    const lines = HOSTILE.map((name, i) => ({ ...okDocument.budget_lines[0]!, row: 100 + i, name }));
    const document: CanonicalDocument = {
      ...okDocument,
      document: { ...okDocument.document, department: '=cmd|" /C calc"!A0' },
      budget_lines: [...okDocument.budget_lines, ...lines, { ...okDocument.budget_lines[0]!, row: 200, amount_yuan: '-12.50', name: '退回' }],
    };
    const dir = await mkdtemp(join(tmpdir(), 'emit-safety-'));
    try {
      await writeDataset(dir, { ...RUN, documents: [document, ...RUN.documents.slice(1)] });
      for (const table of ['documents', 'budget_lines']) {
        const rows = parseCsv(await readFile(join(dir, `${table}.csv`), 'utf8'));
        for (const cell of rows.slice(1).flat()) {
          if (/^[=+@\t\r-]/.test(cell)) expect(cell, `${table}: ${JSON.stringify(cell)}`).toMatch(/^[+-]?\d+(\.\d+)?$/);
          expect(cell).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
        }
      }
      const csv = parseCsv(await readFile(join(dir, 'budget_lines.csv'), 'utf8'));
      const header = csv[0]!;
      const byRow = new Map(csv.slice(1).map((r) => [r[header.indexOf('row')]!, r]));
      expect(byRow.get('100')![header.indexOf('name')]).toBe('\'=HYPERLINK("http://x","y")');
      expect(byRow.get('200')![header.indexOf('amount_yuan')]).toBe('-12.50');
      const jsonl = parseJsonl(await readFile(join(dir, 'budget_lines.jsonl'), 'utf8')) as Array<{ row: number; name: string }>;
      expect(jsonl.filter((r) => r.row >= 100 && r.row < 200).map((r) => r.name)).toEqual(HOSTILE);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
