/**
 * Pages without a text layer, read by OCR: the PDF is written once to a private temp folder
 * (pdftoppm reads files), each page rendered and read (ocr-page.ts). Where the tools are
 * missing every page says why, and the document stays `needs_ocr`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finding, type Finding } from '@budget/model';
import type { PageContent } from '../geometry.ts';
import { inkShare } from './grey-image.ts';
import { ocrPage } from './ocr-page.ts';
import { renderPage } from './render.ts';
import { ocrUnavailableReason } from './tools.ts';

/** Pages are rendered at this resolution: about what Tesseract is trained on, an upscale of a 144–150 dpi scan. */
export const OCR_DPI = 300;
/** Below this share of dark pixels a rendered page is blank. */
const BLANK_INK = 0.0002;
/** One tool call (a render, one tesseract batch) may take this long. */
const TOOL_TIMEOUT_MS = 120_000;
/** A page may take this long: its render and its passes (lines and blocks together, then digits). */
export const OCR_PAGE_LIMIT_MS = 3 * TOOL_TIMEOUT_MS + 30_000;

/** `reason` null: the page is blank, nothing to say beyond “no text layer”. */
export type ScanRead = { content: PageContent; finding: Finding } | { content: null; reason: string | null };

export class ScanReader {
  private dir: string | null = null;
  private pdfPath: string | null = null;

  constructor(private readonly bytes: Uint8Array, private readonly enabled: boolean) {}

  async read(page: number): Promise<ScanRead> {
    if (!this.enabled) return { content: null, reason: 'OCR is turned off' };
    const missing = ocrUnavailableReason();
    if (missing) return { content: null, reason: `no OCR: ${missing}` };
    try {
      if (!this.pdfPath) {
        this.dir = mkdtempSync(join(tmpdir(), 'budget-scan-'));
        this.pdfPath = join(this.dir, 'input.pdf');
        writeFileSync(this.pdfPath, this.bytes);
      }
      const image = await renderPage(this.pdfPath, page, OCR_DPI, this.dir!, TOOL_TIMEOUT_MS);
      // A blank page (a separator inside a digital PDF) is not worth seconds of OCR.
      if (inkShare(image) < BLANK_INK) return { content: null, reason: null };
      const result = await ocrPage(image, page, OCR_DPI, { timeoutMs: TOOL_TIMEOUT_MS });
      if (result.content.items.length === 0) return { content: null, reason: `OCR found no text on it (${result.seconds.toFixed(1)} s)` };
      const message = `page ${page} has no text layer: read by OCR (${result.content.items.length} text items, ${result.cellsRead} table cells, ${result.seconds.toFixed(1)} s)`;
      return { content: result.content, finding: finding({ check: 'extract.ocr', severity: 'info', page, actual: result.seconds.toFixed(1), message }) };
    } catch (err) {
      return { content: null, reason: `OCR failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
