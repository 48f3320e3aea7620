/**
 * Regression over real published disclosures in ../shared/real/jiangsu/ (not part of the
 * project; never committed). Reports per file the status and table kinds found.
 * Skips, saying so, where the folder is absent (a fresh clone outside this workplace).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Decimal } from '@budget/model';
import { describe, expect, it } from 'vitest';
import { documentSpending } from '@budget/emit';
import { expandInputs, processDocument } from '@budget/pipeline';

const dir = resolve(import.meta.dirname, '../../shared/real/jiangsu');
const present = existsSync(dir);
if (!present) console.warn(`real-files: ${dir} is absent; the regression over real disclosures is skipped`);

/** The hand-checked 收支预算总表.csv beside three departments' files: 收入合计 and 支出合计 (万元) by year. */
function checkedTotals(file: string): Map<number, { income: string; expenditure: string }> {
  const csv = join(dirname(file), '收支预算总表.csv');
  const out = new Map<number, { income: string; expenditure: string }>();
  if (!existsSync(csv)) return out;
  const [header, ...rows] = readFileSync(csv, 'utf8').trim().split('\n').map((l) => l.split(','));
  const col = (name: string) => header!.indexOf(name);
  for (const row of rows) {
    const toYuan = (v: string) => new Decimal(v).times(10000).toFixed(2);
    out.set(Number(row[0]!.slice(0, 4)), { income: toYuan(row[col('收入合计')]!), expenditure: toYuan(row[col('支出合计')]!) });
  }
  return out;
}

describe.skipIf(!present)('real Jiangsu disclosures', async () => {
  const files = present ? (await expandInputs([dir])).filter((f) => f.endsWith('.pdf')) : [];
  const kindsByFile = new Map<string, number>();

  it('finds the 22 PDFs', () => {
    expect(files.length).toBe(22);
  });

  for (const file of files) {
    const label = file.slice(dir.length + 1);
    it(`${label}: ok or partial; 8+ table kinds, or the totals from the prose`, async () => {
      const record = await processDocument(new Uint8Array(readFileSync(file)), file);
      const kinds = [...new Set(record.tables.map((t) => t.kind))];
      kindsByFile.set(label, kinds.length);
      const d = record.document;
      console.log(`${d.status.padEnd(8)} quality=${d.quality ?? '-'} kinds=${kinds.length} [${kinds.join(',')}] income=${d.income_total} expenditure=${d.expenditure_total}  ${label}`);
      expect(['ok', 'partial']).toContain(d.status);
      if (kinds.length > 0) {
        expect(kinds.length).toBeGreaterThanOrEqual(8);
        // Issue 13: summing spending's top rows by function gives the document's 支出总计 once.
        const top = documentSpending(record).filter((row) => row.classification === 'function' && row.measure === 'total' && row.top);
        expect(top.reduce((sum, row) => sum.plus(row.amount_yuan), new Decimal(0)).toFixed(2)).toBe(d.expenditure_total);
      } else {
        // The files that carry only prose (their tables come as a separate file).
        expect(record.headline_sources.income_total?.from).toBe('prose');
        expect(record.headline_sources.expenditure_total?.from).toBe('prose');
      }
      // Where a hand-checked table of the summary's totals exists, the totals equal it.
      const checked = d.year ? checkedTotals(file).get(d.year) : undefined;
      if (checked) {
        expect(d.income_total).toBe(checked.income);
        expect(d.expenditure_total).toBe(checked.expenditure);
      }
    });
  }

  it('15 print their tables and 7 carry only prose', () => {
    const counts = [...kindsByFile.values()];
    expect(counts.filter((n) => n > 0)).toHaveLength(15);
    expect(counts.filter((n) => n === 0)).toHaveLength(7);
  });
});
