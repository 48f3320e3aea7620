/**
 * A figure altered in a copy of a sample is flagged: every tampered amount gets an
 * `error` finding that names its code (or the parent whose sum it breaks).
 * The sample PDFs draw text as uncompressed UCS-2 hex strings, so one digit of one
 * printed figure can be changed in place without touching the file's structure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '@budget/model';
import { processDocument } from '@budget/pipeline';
import { generateDisclosure } from '@budget/samplegen';
import { tamper, tamperDocx } from './support/tamper.ts';

const samples = resolve(import.meta.dirname, '../samples');

describe('tampered samples', () => {
  for (const name of ['A-1-dalian-xigang-2025', 'B-1-luoyang-xigong-2025', 'C-1-shijiazhuang-qiaoxi-2024']) {
    it(`${name}: each altered figure gets an error finding naming it`, async () => {
      const pdf = readFileSync(resolve(samples, `${name}.pdf`));
      const original = await processDocument(new Uint8Array(pdf), `${name}.pdf`);
      expect(original.findings.filter((f) => f.severity === 'error')).toEqual([]);
      // Leaf subjects (项 / 款 economic items) printed whole in one text run, not wrapped.
      const candidates = original.budget_lines.filter(
        (l: BudgetLine) => l.code && l.code.length >= 5 && l.measure === 'total' && !l.repaired && !/^0(\.0+)?$/.test(l.printed),
      );
      let tested = 0;
      for (const line of candidates.filter((_, i) => i % 7 === 0).slice(0, 4)) {
        const changed = tamper(pdf, line.printed);
        if (!changed) continue;
        const record = await processDocument(new Uint8Array(changed.bytes), `${name}-tampered.pdf`);
        // The same figure may print in several tables: the altered line is the one whose amount moved.
        const moved = record.budget_lines.filter((l, i) => l.amount_yuan !== original.budget_lines[i]?.amount_yuan);
        expect(moved).toHaveLength(1);
        const target = moved[0]!;
        const errors = record.findings.filter((f) => f.severity === 'error');
        // A summary row of a function class ("function.201") is named by its class code.
        const code = target.code ?? target.item?.replace(/^function\./, '') ?? '';
        const naming = errors.filter((f) => !!f.code && (code.startsWith(f.code) || f.code.startsWith(code)));
        expect(naming.length, `${target.table} ${target.code} ${line.printed} → ${changed.altered}: ${errors.map((f) => f.message).join('; ')}`).toBeGreaterThan(0);
        expect(record.document.status).toBe('partial');
        tested++;
      }
      expect(tested).toBeGreaterThanOrEqual(2);
    });
  }

  it('in a 万元 table, a change of 0.01 万元 to a figure printed in two tables is flagged (the prints must be identical)', async () => {
    const name = 'B-1-luoyang-xigong-2025';
    const pdf = readFileSync(resolve(samples, `${name}.pdf`));
    const original = await processDocument(new Uint8Array(pdf), `${name}.pdf`);
    const candidates = original.budget_lines.filter((l) => l.table === 'expenditure_summary' && l.code?.length === 7 && l.measure === 'total');
    let tested = 0;
    for (const line of candidates.slice(0, 3)) {
      const changed = tamper(pdf, line.printed, true);
      if (!changed) continue;
      const record = await processDocument(new Uint8Array(changed.bytes), `${name}-tampered.pdf`);
      const moved = record.budget_lines.filter((l, i) => l.amount_yuan !== original.budget_lines[i]?.amount_yuan);
      expect(moved).toHaveLength(1);
      const errors = record.findings.filter((f) => f.severity === 'error' && f.code === moved[0]!.code);
      expect(errors.length, `${moved[0]!.table} ${moved[0]!.code} ${line.printed} → ${changed.altered}`).toBeGreaterThan(0);
      tested++;
    }
    expect(tested).toBeGreaterThanOrEqual(2);
  });

  // Where the document's 万元 sums are otherwise all exact (as in the real Jiangsu files), a
  // last-digit change of a figure printed once is not rounding: the gaps it opens all involve it.
  for (const style of ['B', 'C'] as const) {
    it(`${style}, 万元, summing exactly: a 0.01 万元 change to a figure printed once is an error naming it`, async () => {
      const generated = generateDisclosure(style, 11, { wholeHundreds: true });
      const pdf = Buffer.from(generated.pdf);
      const original = await processDocument(new Uint8Array(pdf), `${style}-exact.pdf`);
      expect(original.document.printed_unit).toBe('万元');
      expect(original.findings.filter((f) => f.severity === 'error' || /rounding/.test(f.message))).toEqual([]);
      // Figures no other table or subject prints (the same row may print it twice: 合计 and 人员经费).
      const printedOnce = original.budget_lines.filter((l) =>
        l.code && l.code.length >= 5 && l.measure === 'total' && !l.repaired && !/^0(\.0+)?$/.test(l.printed) &&
        original.budget_lines.every((o) => o.amount_yuan !== l.amount_yuan || (o.table === l.table && o.code === l.code)));
      let tested = 0;
      for (const line of printedOnce.filter((_, i) => i % 5 === 0).slice(0, 4)) {
        const changed = tamper(pdf, line.printed, true);
        if (!changed) continue;
        const record = await processDocument(new Uint8Array(changed.bytes), `${style}-exact-tampered.pdf`);
        const moved = record.budget_lines.filter((l, i) => l.amount_yuan !== original.budget_lines[i]?.amount_yuan);
        expect(moved).toHaveLength(1);
        const code = moved[0]!.code!;
        const errors = record.findings.filter((f) => f.severity === 'error' && !!f.code && (code.startsWith(f.code) || f.code.startsWith(code)));
        expect(errors.length, `${moved[0]!.table} ${code} ${line.printed} → ${changed.altered}: ${record.findings.map((f) => f.message).join('; ')}`).toBeGreaterThan(0);
        expect(record.document.status).toBe('partial');
        tested++;
      }
      expect(tested).toBeGreaterThanOrEqual(2);
    }, 120_000);
  }

  // The independent generator's Word files (test/fixtures/outside*): one figure's text changed in
  // word/document.xml, the digit before the decimal point (1 元 or 1 万元, beyond rounding).
  const fixtures = resolve(import.meta.dirname, 'fixtures');
  for (const name of ['outside/A-0001', 'outside/B-0002', 'outside/C-0003', 'outside-hard/A-0105', 'outside-hard/B-0106', 'outside-hard/D-0116']) {
    it(`independent generator ${name}.docx: each altered figure gets an error finding naming it`, async () => {
      const docx = readFileSync(resolve(fixtures, `${name}.docx`));
      const original = await processDocument(new Uint8Array(docx), `${name}.docx`);
      expect(original.findings.filter((f) => f.severity === 'error')).toEqual([]);
      const candidates = original.budget_lines.filter(
        (l: BudgetLine) => l.code && l.code.length >= 5 && !l.repaired && /\d\.\d{2}$/.test(l.printed) && !/^0\.00$/.test(l.printed),
      );
      let tested = 0;
      for (const line of candidates.filter((_, i) => i % 9 === 0).slice(0, 4)) {
        const changed = tamperDocx(docx, line.printed);
        if (!changed) continue;
        const record = await processDocument(new Uint8Array(changed.bytes), `${name}-tampered.docx`);
        const moved = record.budget_lines.filter((l, i) => l.amount_yuan !== original.budget_lines[i]?.amount_yuan);
        expect(moved.length, `${line.printed} → ${changed.altered}`).toBe(1);
        // A coded line is named by its code (or the parent it breaks); a summary line by its table.
        const target = moved[0]!;
        const code = target.code ?? '';
        const errors = record.findings.filter((f) => f.severity === 'error' &&
          (code ? !!f.code && (code.startsWith(f.code) || f.code.startsWith(code)) : f.table === target.table || f.message.includes(target.table)));
        expect(errors.length, `${target.table} ${target.item ?? code} ${target.measure} ${line.printed} → ${changed.altered}: ${record.findings.filter((f) => f.severity !== 'info').map((f) => f.message).join('; ')}`).toBeGreaterThan(0);
        expect(record.document.status).toBe('partial');
        tested++;
      }
      expect(tested).toBeGreaterThanOrEqual(2);
    }, 120_000);
  }
});
