/**
 * Regression over real published disclosures in ../shared/real/jiangsu/ (not part of the
 * project; never committed). Reports per file the status and table kinds found.
 * Skips, saying so, where the folder is absent (a fresh clone outside this workplace).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, processDocument } from '@budget/pipeline';

const dir = resolve(import.meta.dirname, '../../shared/real/jiangsu');
const present = existsSync(dir);
if (!present) console.warn(`real-files: ${dir} is absent; the regression over real disclosures is skipped`);

describe.skipIf(!present)('real Jiangsu disclosures', async () => {
  const files = present ? (await expandInputs([dir])).filter((f) => f.endsWith('.pdf')) : [];

  it('finds the 22 PDFs', () => {
    expect(files.length).toBe(22);
  });

  for (const file of files) {
    const label = file.slice(dir.length + 1);
    it(`${label}: ok or partial, with table kinds or prose totals`, async () => {
      const record = await processDocument(new Uint8Array(readFileSync(file)), file);
      const kinds = [...new Set(record.tables.map((t) => t.kind))];
      const d = record.document;
      console.log(`${d.status.padEnd(8)} quality=${d.quality ?? '-'} kinds=${kinds.length} [${kinds.join(',')}] income=${d.income_total} expenditure=${d.expenditure_total}  ${label}`);
      expect(['ok', 'partial']).toContain(d.status);
      // A disclosure either prints its tables (8+ kinds) or states its totals in prose.
      const printsTables = kinds.length >= 8;
      const statesTotals = d.income_total !== null && d.expenditure_total !== null;
      expect(printsTables || statesTotals).toBe(true);
    });
  }
});
