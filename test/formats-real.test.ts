/**
 * The real files of ../shared/real/formats (a .doc and an .xls saved by WPS, two .xlsx
 * workbooks, a .docx report): each gives its document row and its tables, never a crash.
 * The amounts checked below were read off the files themselves (the workbook's cells; the
 * .doc converted to text by LibreOffice), not off our output. Skips, saying so, where the
 * folder or LibreOffice is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '@budget/office';
import { processDocument } from '@budget/pipeline';

const dir = resolve(import.meta.dirname, '../../shared/real/formats');
const present = existsSync(dir);
const soffice = findSoffice();
if (!present) console.warn(`formats-real: ${dir} is absent; the real files in other formats are skipped`);
if (present && !soffice) console.warn('formats-real: LibreOffice is not installed; the .doc and .xls files are skipped (scripts/ensure-libreoffice.sh)');

interface Case {
  file: string;
  format: string;
  /** Tables of a known kind, at least. */
  tables: number;
  /** Tables of no known kind kept with their cells, at least. */
  unrecognised: number;
  /** Amounts (name, 元) that must be among the budget lines. */
  amounts: Array<[string, string]>;
  needsLibreOffice?: boolean;
}

const CASES: Case[] = [
  { file: 'he_chengde_2025_budget_report.docx', format: 'docx', tables: 0, unrecognised: 6, amounts: [] },
  // Sheet 01-1, cell C6 (2024年决算数 of 10101 增值税): 114306 under "#,##0", 万元 (H2).
  { file: 'yn_lijiang_2025_budget_tables.xlsx', format: 'xlsx', tables: 30, unrecognised: 1, amounts: [['增值税', '1143060000.00']] },
  { file: 'nm_xingan_2018_debt_final.xlsx', format: 'xlsx', tables: 0, unrecognised: 3, amounts: [] },
  // 一般公共预算收入决算表: 增值税 66,068 and 股份制企业增值税 44,071 (单位:万元).
  { file: 'xj_hotan_2025_final_accounts.doc', format: 'doc', tables: 15, unrecognised: 1, amounts: [['增值税', '660680000.00'], ['股份制企业增值税', '440710000.00']], needsLibreOffice: true },
  { file: 'xz_changdu_2024_debt_final.xls', format: 'xls', tables: 0, unrecognised: 2, amounts: [], needsLibreOffice: true },
];

describe.skipIf(!present)('real files in other formats', () => {
  it('has the five files', () => {
    expect(readdirSync(dir).sort()).toEqual(CASES.map((c) => c.file).sort());
  });

  for (const c of CASES) {
    it.skipIf(!!c.needsLibreOffice && !soffice)(`${c.file}: a row, its tables, ok or partial`, async () => {
      const record = await processDocument(new Uint8Array(readFileSync(join(dir, c.file))), c.file);
      const d = record.document;
      expect(d.status, d.error ?? '').toMatch(/^(ok|partial)$/);
      expect(d.format).toBe(c.format);
      if (c.needsLibreOffice) expect(d.conversion).toMatch(/^LibreOffice [\d.]+: (doc→docx|xls→xlsx)$/);
      expect(record.tables.length).toBeGreaterThanOrEqual(c.tables);
      expect(record.unrecognised_tables?.length ?? 0).toBeGreaterThanOrEqual(c.unrecognised);
      // A table of no known kind keeps its cells, and is counted by a finding (coverage.csv counts those).
      for (const table of record.unrecognised_tables ?? []) expect(table.rows.flat().length).toBeGreaterThan(0);
      expect(record.findings.filter((f) => f.check === 'map.table_unrecognised')).toHaveLength(record.unrecognised_tables?.length ?? 0);
      for (const [name, amount] of c.amounts) {
        expect(record.budget_lines.some((l) => l.name === name && l.amount_yuan === amount), `${name} ${amount}`).toBe(true);
      }
      if (c.format === 'xlsx') {
        const line = record.budget_lines[0];
        if (line) expect(line.provenance.address).toMatch(/^'.+'![A-Z]+\d+/);
      }
    });
  }
});
