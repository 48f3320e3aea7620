/**
 * Accuracy on real published disclosures against the hand-made ground truth in test/real-truth/
 * (the PDFs live in ../shared/real, outside the project; never committed): per document and
 * overall, at least 98% of the truth amounts right (the bar for real disclosures). The same
 * comparison as `pnpm score:real` (scripts/real-truth.ts).
 * Skips, saying so, where the folder is absent (a fresh clone outside this workplace).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '@budget/pipeline';
import { describeMiss, fmtShare, readTruth, realDirOf, scoreAgainstTruth, truthPairs } from '../scripts/real-truth.ts';

const root = resolve(import.meta.dirname, '..');
const realDir = realDirOf(root);
const present = existsSync(realDir);
if (!present) console.warn(`real-truth: ${realDir} is absent; the accuracy check against test/real-truth is skipped`);

const BAR = 0.98;
const TIMEOUT = 300_000; // 1–3 s a document, but the machine may be loaded

describe.skipIf(!present)('real Jiangsu disclosures against test/real-truth', () => {
  const pairs = present ? truthPairs(root) : [];
  const scored = new Map<string, { right: number; total: number }>();

  it('has truth files with their PDFs', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  for (const { key, truthFile, pdf } of pairs) {
    it(`${key}: ≥ ${BAR * 100}% of the truth amounts right`, async () => {
      const truth = readTruth(truthFile);
      const record = await processDocument(new Uint8Array(readFileSync(pdf)), pdf);
      const lines = record.budget_lines;
      const { right, total, misses } = scoreAgainstTruth(truth, lines);
      scored.set(key, { right, total });
      const share = total ? right / total : 0;
      if (share < BAR) {
        console.log(`${key}: ${right}/${total} right (${fmtShare(right, total)}), status ${record.document.status}\n${misses.map((t) => describeMiss(t, lines)).join('\n')}`);
      }
      expect(total).toBeGreaterThan(0);
      expect(share, `${key}: ${misses.length} of ${total} truth amounts missed`).toBeGreaterThanOrEqual(BAR);
    }, TIMEOUT);
  }

  it(`overall ≥ ${BAR * 100}% of the truth amounts right`, () => {
    expect(scored.size, 'every document scored').toBe(pairs.length);
    const right = [...scored.values()].reduce((n, s) => n + s.right, 0);
    const total = [...scored.values()].reduce((n, s) => n + s.total, 0);
    console.log(`real-truth: ${right}/${total} right (${fmtShare(right, total)}) over ${scored.size} documents`);
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(BAR);
  });
});
