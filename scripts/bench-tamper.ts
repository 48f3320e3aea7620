/**
 * How many altered figures validation catches: copies of documents with one printed figure
 * changed at a time (the digit before the decimal point, then the last digit), each run
 * through the pipeline; a change counts as caught when the copy gets an `error` finding.
 *   pnpm bench:tamper [--per-document 30]
 * Documents: the sample PDFs (our generator) and the independent generator's Word files
 * (test/fixtures/outside, outside-hard). Figures are picked evenly over each document's
 * budget lines that print a non-zero amount with two decimals. The first place the figure is
 * printed is altered: a table cell (a budget line moves) or the prose (a stated figure does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { processDocument } from '@budget/pipeline';
import { tamper, tamperDocx } from '../test/support/tamper.ts';

const { values } = parseArgs({ options: { 'per-document': { type: 'string', default: '30' } } });
const perDocument = Number(values['per-document']);
const root = resolve(import.meta.dirname, '..');

interface Tally { tried: number; caught: number; missed: string[] }
const tallies = new Map<string, Tally>();
const tally = (key: string): Tally => tallies.get(key) ?? tallies.set(key, { tried: 0, caught: 0, missed: [] }).get(key)!;

const documents = [
  ...readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.pdf') && !f.startsWith('D-')).map((f) => join(root, 'samples', f)),
  ...['outside', 'outside-hard'].flatMap((dir) =>
    readdirSync(join(root, 'test/fixtures', dir)).filter((f) => f.endsWith('.docx')).map((f) => join(root, 'test/fixtures', dir, f))),
];

for (const file of documents) {
  const bytes = readFileSync(file);
  const original = await processDocument(new Uint8Array(bytes), file);
  const unit = original.document.printed_unit ?? '?';
  const figures = [...new Set(original.budget_lines.map((l) => l.printed).filter((p) => /\d\.\d{2}$/.test(p) && !/^0\.00$/.test(p)))];
  const step = Math.max(1, Math.floor(figures.length / perDocument));
  for (const printed of figures.filter((_, i) => i % step === 0).slice(0, perDocument)) {
    for (const lastDigit of [false, true]) {
      const changed = file.endsWith('.pdf') ? tamper(bytes, printed, lastDigit) : tamperDocx(bytes, printed, lastDigit);
      if (!changed) continue;
      const record = await processDocument(new Uint8Array(changed.bytes), file);
      // What the altered text was: a table figure (a budget line moved), or a figure of the prose.
      const inTable = record.budget_lines.some((l, i) => l.amount_yuan !== original.budget_lines[i]?.amount_yuan);
      const where = inTable ? 'table' : 'prose';
      const caught = record.findings.some((f) => f.severity === 'error');
      const t = tally(`${where} ${unit} ${lastDigit ? 'last digit (0.01)' : 'units digit (1)'}`);
      t.tried++;
      if (caught) t.caught++;
      else t.missed.push(`${file.replace(root + '/', '')}: ${printed} → ${changed.altered}`);
    }
  }
}

console.log(`## altered figures caught by an error finding (${documents.length} documents, up to ${perDocument} figures each)`);
for (const [key, t] of [...tallies].sort()) {
  console.log(`${key.padEnd(28)} ${((100 * t.caught) / t.tried).toFixed(1)}% (${t.caught}/${t.tried})`);
  for (const m of t.missed.slice(0, 5)) console.log(`    missed ${m}`);
}
