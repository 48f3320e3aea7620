/**
 * Accuracy on real published disclosures against the hand-made ground truth in test/real-truth/
 * (the PDFs live in ../shared/real, outside the project; never committed): per document and
 * overall, the share of the truth amounts right, the headline figures, and the status (ok
 * unless the document contradicts itself in print). The same
 * comparison as `pnpm score:real` (scripts/real-truth.ts).
 * Skips, saying so, where the folder is absent (a fresh clone outside this workplace).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ocrUnavailableReason } from '@budget/pdf';
import { DEFAULT_PROCESS_OPTIONS, processDocument } from '@budget/pipeline';
import { describeMiss, fmtShare, readHeadlineTruth, readTruth, realDirOf, scoreAgainstTruth, scoreHeadline, truthPairs } from '../scripts/real-truth.ts';

const root = resolve(import.meta.dirname, '..');
const realDir = realDirOf(root);
const present = existsSync(realDir);
if (!present) console.warn(`real-truth: ${realDir} is absent; the accuracy check against test/real-truth is skipped`);

/** Per document (a misprinted code or an unnamed column costs a few amounts), and over all documents. */
const BAR = 0.97;
const OVERALL_BAR = 0.99;
/** Headline figures (test/real-truth/*.headline.json) right, over all documents that have them. */
const HEADLINE_BAR = 0.98;

/**
 * Documents that contradict themselves in print (checked on the page images; see
 * test/real-truth/README.md): `partial` is their right status. Every other one must be `ok`.
 */
const INCONSISTENT: Record<string, { why: string; errors: number }> = {
  'nationwide/bj_gaj_2026_dept_budget_tables': {
    why: '支出总表 p7 and 一般公共预算支出表 p11 合计 exceed their printed rows by 67,889.38 / 63,729.99 万元, all in class 204', errors: 8,
  },
  'nationwide/cc_xfj_2026_dept_budget': {
    why: 'p8 rows 2014002 / 2014099 print 当年预算 0.00 beside 合计 458.00 / 16.56; p11 301 prints 911.21 (items 920.96), 302 prints 211.00 (items 221.37)', errors: 11,
  },
  '江苏省人民检察院/2017年省检察院部门预算': { why: 'prose p19 states 基本支出 12323.46 万元, the table prints 12323.48', errors: 1 },
};
const TIMEOUT = 300_000; // 1–3 s a document, but the machine may be loaded

/**
 * Scans without a text layer, read by OCR (about 7–10 s a page on 2 cores). Their headline
 * figures are scored on their own, so a scan cannot lower the bar of the text-layer
 * documents: the Beijing scan prints its figures in prose only, all nine read (six before
 * the prose rules learnt “2026年度收入预算…” and “(一)因公出国(境)费用。2026年预算数51.3万元”).
 */
const SCANS: Record<string, { headlineBar: number }> = {
  'nationwide/bj_zwfw_2026_dept_budget_scan': { headlineBar: 9 / 9 },
};
const OCR_MISSING = ocrUnavailableReason();
if (OCR_MISSING) console.warn(`real-truth: ${OCR_MISSING}; the scanned documents (${Object.keys(SCANS).join(', ')}) are skipped`);
const SCAN_TIMEOUT = 900_000;

describe.skipIf(!present)('real disclosures (Jiangsu, nationwide, Shanghai) against test/real-truth', () => {
  const pairs = present ? truthPairs(root) : [];
  const scored = new Map<string, { right: number; total: number }>();
  const headlines = new Map<string, { right: number; total: number; wrong: string[] }>();

  it('has truth files with their PDFs', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  for (const { key, truthFile, pdf } of pairs) {
    const scan = SCANS[key];
    it.skipIf(scan !== undefined && OCR_MISSING !== null)(`${key}: ≥ ${BAR * 100}% of the truth amounts right`, async () => {
      const truth = readTruth(truthFile);
      const options = DEFAULT_PROCESS_OPTIONS; // OCR time is not charged to the deadline
      const record = await processDocument(new Uint8Array(readFileSync(pdf)), pdf, options);
      const lines = record.budget_lines;
      const { right, total, misses } = scoreAgainstTruth(truth, lines);
      scored.set(key, { right, total });
      const headlineTruth = readHeadlineTruth(truthFile);
      if (headlineTruth && scan) {
        const h = scoreHeadline(headlineTruth, record.document as unknown as Record<string, unknown>);
        console.log(`${key} (OCR): headline ${h.right}/${h.total}\n${h.wrong.join('\n')}`);
        expect(h.right / h.total, h.wrong.join('; ')).toBeGreaterThanOrEqual(scan.headlineBar);
      } else if (headlineTruth) headlines.set(key, scoreHeadline(headlineTruth, record.document as unknown as Record<string, unknown>));
      const errors = record.findings.filter((f) => f.severity === 'error');
      if (INCONSISTENT[key]) {
        // Partial for the document's own inconsistencies, and no error beyond them.
        expect(record.document.status, INCONSISTENT[key].why).toBe('partial');
        expect(errors.length, `${key}: ${errors.map((f) => f.message).join('; ')}`).toBe(INCONSISTENT[key].errors);
      }
      else expect(errors.map((f) => f.message), `${key}: error findings on a consistent document`).toEqual([]);
      const share = total ? right / total : 0;
      if (share < BAR) {
        console.log(`${key}: ${right}/${total} right (${fmtShare(right, total)}), status ${record.document.status}\n${misses.map((t) => describeMiss(t, lines)).join('\n')}`);
      }
      // A prose-only document has a headline truth and no coded amounts.
      if (total > 0) expect(share, `${key}: ${misses.length} of ${total} truth amounts missed`).toBeGreaterThanOrEqual(BAR);
      else expect(headlineTruth, `${key}: neither amounts nor headline figures in its truth`).not.toBeNull();
    }, scan ? SCAN_TIMEOUT : TIMEOUT);
  }

  it(`overall ≥ ${OVERALL_BAR * 100}% of the truth amounts right`, () => {
    const skipped = OCR_MISSING ? pairs.filter((p) => SCANS[p.key]).length : 0;
    expect(scored.size, 'every document scored').toBe(pairs.length - skipped);
    const right = [...scored.values()].reduce((n, s) => n + s.right, 0);
    const total = [...scored.values()].reduce((n, s) => n + s.total, 0);
    console.log(`real-truth: ${right}/${total} right (${fmtShare(right, total)}) over ${scored.size} documents`);
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(OVERALL_BAR);
  });

  it(`headline figures ≥ ${HEADLINE_BAR * 100}% right`, () => {
    const right = [...headlines.values()].reduce((n, s) => n + s.right, 0);
    const total = [...headlines.values()].reduce((n, s) => n + s.total, 0);
    console.log(`real-truth headline: ${right}/${total} figures right over ${headlines.size} documents\n${[...headlines].flatMap(([k, h]) => h.wrong.map((w) => `${k}: ${w}`)).join('\n')}`);
    expect(total).toBeGreaterThan(0);
    expect(right / total).toBeGreaterThanOrEqual(HEADLINE_BAR);
  });
});
