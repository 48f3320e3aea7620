/**
 * Golden tests over the scanned samples: seed 1 of every house style, its PDF rendered at
 * 150 dpi, grey, JPEG, no text layer (what `pnpm samples --scans` writes to samples/scanned/),
 * against the same expected dataset as the PDF, with the bars: at least 90% of
 * printed coded amounts right, and of the amounts in tables whose identities all hold, at
 * least 99.5% right (OCR mistakes are caught, not published). Where samples/scanned/ is
 * absent the scans are made here from the committed PDFs. Skips, saying so, where tesseract,
 * pdftoppm or pdftocairo is missing. Slow: OCR takes seconds a page, minutes in all
 * (`npx tsx scripts/score-scans.ts` prints the same figures).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_OPTIONS, processDocument } from '@budget/pipeline';
import { scannedPdf } from '@budget/samplegen';
import { missingScanTools } from './support/scan-tools.ts';
import { emptyScore, ratio, scoreDocument, type Expected } from '../scripts/score.ts';
import { scoreConfirmed } from '../scripts/score-scans.ts';

const samples = resolve(import.meta.dirname, '../samples');
const written = join(samples, 'scanned');
const STYLES = ['A', 'B', 'C', 'D'];
/** Seed 1 of each style: the PDFs the scans are made of. */
const seedOnes = readdirSync(samples).filter((f) => /^[A-D]-1-.*\.pdf$/.test(f)).sort();

const missing = missingScanTools();
if (missing) console.warn(`golden-scans: ${missing}; the scanned samples are not read`);
const TIMEOUT = 1_800_000;

/** samples/scanned/<id>.scan.pdf where written, else a scan made now of samples/<id>.pdf. */
const made = missing ? null : mkdtempSync(join(tmpdir(), 'golden-scans-'));
afterAll(() => { if (made) rmSync(made, { recursive: true, force: true }); });
function scanOf(pdf: string): string {
  const id = basename(pdf, '.pdf');
  const onDisk = join(written, `${id}.scan.pdf`);
  if (existsSync(onDisk)) return onDisk;
  const path = join(made!, `${id}.scan.pdf`);
  writeFileSync(path, scannedPdf(new Uint8Array(readFileSync(join(samples, pdf)))));
  return path;
}

describe.skipIf(missing !== null)('scanned samples against their expected datasets', () => {
  it('has a sample of every house style to scan', () => {
    for (const style of STYLES) expect(seedOnes.some((f) => f.startsWith(`${style}-`)), `style ${style}`).toBe(true);
  });

  for (const pdf of seedOnes) {
    const file = pdf.replace(/\.pdf$/, '.scan.pdf');
    it(file, async () => {
      const path = scanOf(pdf);
      const expected = JSON.parse(readFileSync(join(samples, pdf.replace(/\.pdf$/, '.expected.json')), 'utf8')) as Expected;
      const record = await processDocument(new Uint8Array(readFileSync(path)), file, DEFAULT_PROCESS_OPTIONS);
      const score = scoreDocument(record, expected, emptyScore(), file);
      const confirmed = scoreConfirmed(record, expected);
      console.log(`${file}: coded ${score.codedFound}/${score.codedExpected}, confirmed right ${confirmed.right}/${confirmed.emitted}\n${confirmed.wrong.slice(0, 10).join('\n')}`);
      expect(record.document.status).not.toBe('failed');
      expect(record.document.status).not.toBe('needs_ocr');
      expect(record.document.year).toBe(expected.document.year);
      // Every figure taken from a table was read by OCR, and says so.
      expect(record.budget_lines.every((l) => l.provenance.ocr?.engine === 'tesseract')).toBe(true);
      if (score.codedExpected > 0) expect(ratio(score.codedFound, score.codedExpected)).toBeGreaterThanOrEqual(0.9);
      if (confirmed.emitted > 0) expect(ratio(confirmed.right, confirmed.emitted)).toBeGreaterThanOrEqual(0.995);
    }, TIMEOUT);
  }
});
