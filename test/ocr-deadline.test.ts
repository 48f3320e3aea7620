/**
 * OCR time is not charged to a document's deadline: a scan whose OCR takes longer than
 * `timeoutMs` is still read, in-process and in a worker process (whose watchdog moves with the
 * document's deadline), and the OCR budget stops reading pages once it is spent.
 * Skips, saying so, where tesseract, pdftoppm or pdftocairo is missing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '@budget/pdf';
import { DEFAULT_PROCESS_OPTIONS, IsolatedProcessor } from '@budget/pipeline';
import { scannedPdf } from '@budget/samplegen';
import { missingScanTools } from './support/scan-tools.ts';

const missing = missingScanTools();
if (missing) console.warn(`ocr-deadline: not run: ${missing}`);

describe.skipIf(missing !== null)('OCR and the document deadline', () => {
  // Style D's first two pages (prose, then performance tables): seconds of OCR each.
  let scan: Uint8Array;
  beforeAll(() => {
    scan = scannedPdf(new Uint8Array(readFileSync(resolve(import.meta.dirname, '../samples/D-1-nanchang-xihu-2025.pdf'))), undefined, 2);
  }, 120_000);

  it('reads every page of a scan whose OCR outlasts timeoutMs', async () => {
    const started = Date.now();
    const doc = await extractPdf(scan, { docId: 'd', source: 'd.scan.pdf', timeoutMs: 500 });
    expect(Date.now() - started).toBeGreaterThan(500);
    expect(doc.pagesOcr).toBe(2);
  }, 300_000);

  it('stops reading pages by OCR once the budget is spent, saying why', async () => {
    const doc = await extractPdf(scan, { docId: 'd', source: 'd.scan.pdf', ocrBudgetMs: 1 });
    expect(doc.pagesOcr).toBe(1);
    expect(doc.findings.filter((f) => /OCR budget .* is spent/.test(f.message))).toHaveLength(1);
  }, 300_000);

  describe('in a worker process', () => {
    let processor: IsolatedProcessor;
    beforeAll(() => {
      processor = new IsolatedProcessor({ ...DEFAULT_PROCESS_OPTIONS, timeoutMs: 500 }, { maxHeapMb: 1024, deadlineMs: 2_500 });
    });
    afterAll(async () => processor.close());

    it('the watchdog moves with the deadline: the scan is read, not stopped', async () => {
      const started = Date.now();
      const record = await processor.process(scan, 'd.scan.pdf');
      expect(Date.now() - started).toBeGreaterThan(2_500);
      expect(record.document.status).not.toBe('failed');
      expect(record.findings.filter((f) => f.check === 'extract.ocr')).toHaveLength(2);
    }, 300_000);
  });
});
