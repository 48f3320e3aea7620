/**
 * The generated samples (samples/*.pdf with their .expected.json): every expected budget
 * line's code, name and amount must be readable from some table cell. Skipped where the
 * samples have not been generated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compact, toHalfWidth, type SourceDocument } from '@budget/model';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../src/index.ts';

const DIR = resolve(import.meta.dirname, '../../../samples');
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort() : [];

interface ExpectedLine { code: string | null; name: string; amount_yuan: string }

const norm = (t: string) => compact(toHalfWidth(t)).replace(/,/g, '');

/** Every cell text, and runs of up to three neighbouring cells of a row joined (codes printed as 类 | 款 | 项). */
function cellTexts(doc: SourceDocument): { cells: Set<string>; joined: Set<string> } {
  const cells = new Set<string>(), joined = new Set<string>();
  for (const block of doc.blocks) {
    if (block.type !== 'table') continue;
    const rows = new Map<number, string[]>();
    for (const c of [...block.cells].sort((a, b) => a.col - b.col)) {
      cells.add(norm(c.text));
      rows.set(c.row, [...(rows.get(c.row) ?? []), norm(c.text)]);
    }
    for (const r of rows.values()) for (let i = 0; i < r.length; i++) for (let j = i + 2; j <= Math.min(r.length, i + 3); j++) joined.add(r.slice(i, j).join(''));
  }
  return { cells, joined };
}

/** The ways an amount may be printed: in 万元 or 元, with or without trailing zeros. */
function printedForms(amountYuan: string): string[] {
  const yuan = Number(amountYuan);
  const wan = yuan / 10000;
  return [wan.toFixed(2), yuan.toFixed(2), String(wan), String(yuan)];
}

describe.skipIf(files.length === 0)(files.length ? `generated samples in ${DIR}` : `generated samples (skipped: no PDFs in ${DIR})`, () => {
  it.each(files)('%s: every expected budget line has its code, name and amount in a table cell', async (file) => {
    const doc = await extractPdf(readFileSync(join(DIR, file)), { docId: file, source: file });
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.pdf$/, '.expected.json')), 'utf8')) as { budget_lines: ExpectedLine[] };
    const { cells, joined } = cellTexts(doc);
    const all = [...cells];
    const missing: string[] = [];
    for (const line of expected.budget_lines) {
      if (line.code && !cells.has(line.code) && !joined.has(line.code) && !all.some((c) => c.startsWith(`${line.code}-`))) missing.push(`code ${line.code}`);
      if (!all.some((c) => c.includes(norm(line.name)))) missing.push(`name ${line.name}`);
      if (Number(line.amount_yuan) !== 0 && !printedForms(line.amount_yuan).some((f) => cells.has(f))) missing.push(`amount ${line.amount_yuan} (${line.name})`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
