/**
 * Accuracy on real documents against hand-made ground truth (test/real-truth/, see its README):
 * runs the pipeline in-process on every PDF under ../shared/real that has a truth file and
 * reports, per document and overall, the share of printed coded amounts (plus the tables'
 * 合计 rows) that the pipeline emitted with the same table kind, code, measure and amount.
 *   pnpm score:real [--verbose]
 * Where ../shared/real is absent it says so and exits 0 (the PDFs are never committed).
 * Reading the truth and comparing live in scripts/real-truth.ts (shared with test/real-truth.test.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CanonicalDocument } from '@budget/model';
import { runExtraction } from '@budget/pipeline';
import { describeExtra, describeMiss, fmtShare, readHeadlineTruth, readTruth, realDirOf, scoreAgainstTruth, scoreHeadline, truthDirOf, truthPairs, type Line } from './real-truth.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const realDir = realDirOf(root);
const truthDir = truthDirOf(root);

if (!existsSync(realDir)) {
  console.log(`score:real: ${relative(root, realDir)} is absent; nothing to score.`);
  process.exit(0);
}
if (!existsSync(truthDir)) {
  console.log(`score:real: ${relative(root, truthDir)} is absent; nothing to score.`);
  process.exit(0);
}

const pairs = truthPairs(root, (truthFile) =>
  console.log(`score:real: no PDF under ${relative(root, realDir)} for truth ${relative(root, truthFile)}; skipped`));
if (pairs.length === 0) {
  console.log('score:real: no truth file has its PDF; nothing to score.');
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'score-real-'));
// The run streams its records to disk; the few scored here are kept as they finish.
const bySource = new Map<string, CanonicalDocument>();
try {
  // A scanned document is read by OCR: seconds a page, not milliseconds.
  await runExtraction(pairs.map((p) => p.pdf), {
    out, toolVersion: 'score-real', process: { timeoutMs: 900_000 },
    onProgress: (_done, _total, record) => { if (!bySource.has(record.document.source)) bySource.set(record.document.source, record); },
  });
} finally {
  rmSync(out, { recursive: true, force: true });
}

let allTruth = 0;
let allRight = 0;
let allExtra = 0;
let headlineDocs = 0;
let headlineDocsRight = 0;
let headlineRight = 0;
let headlineTotal = 0;
const headlineText: string[] = [];
const extraText: string[] = [];
const report: string[] = [];
const missText: string[] = [];

for (const { key, truthFile, pdf } of pairs) {
  const truth = readTruth(truthFile);
  const record = bySource.get(pdf);
  const lines: Line[] = record?.budget_lines ?? [];
  const { right, total, misses, extra } = scoreAgainstTruth(truth, lines);
  // Emitted lines of the kinds the truth covers that no truth amount claimed: a hint of truth
  // omissions or of pipeline inventions (not counted in the share).
  allExtra += extra.length;
  if (extra.length) extraText.push(`${key}: ${extra.length} emitted, not in truth`, ...extra.map(describeExtra));
  const headlineTruth = readHeadlineTruth(truthFile);
  if (headlineTruth && record) {
    const h = scoreHeadline(headlineTruth, record.document as unknown as Record<string, unknown>);
    headlineDocs++;
    if (h.wrong.length === 0) headlineDocsRight++;
    headlineRight += h.right;
    headlineTotal += h.total;
    if (h.wrong.length) headlineText.push(`${key}: ${h.right}/${h.total} headline figures right`, ...h.wrong.map((w) => `  ${w}`));
  }
  allTruth += total;
  allRight += right;
  const status = record ? `${record.document.status}${record.document.error ? ` (${record.document.error})` : ''}` : 'not processed';
  report.push(`${key}: ${right}/${total} right (${fmtShare(right, total)}) — status ${status}, ${lines.length} lines emitted, ${extra.length} coded/total lines of the truth's tables not in truth`);
  if (misses.length) missText.push(`${key}: ${misses.length} missed`, ...misses.map((t) => describeMiss(t, lines, values.verbose)));
}

console.log(`## real documents against test/real-truth (${pairs.length} documents)`);
for (const r of report) console.log(r);
console.log(`overall: ${allRight}/${allTruth} right (${fmtShare(allRight, allTruth)})`);
if (headlineDocs) {
  console.log(`headline figures: ${headlineRight}/${headlineTotal} right (${fmtShare(headlineRight, headlineTotal)}); documents with every headline figure right: ${headlineDocsRight}/${headlineDocs}`);
  for (const h of headlineText) console.log(h);
}
if (missText.length) {
  console.log('\n## misses (table kind, page, code, name, [measure], truth vs emitted for that table and code)');
  for (const m of missText) console.log(m);
}
if (extraText.length) {
  console.log(`\n## emitted coded or total lines in the truth's table kinds that no truth amount claimed (${allExtra}; not scored)`);
  for (const m of extraText) console.log(m);
}
