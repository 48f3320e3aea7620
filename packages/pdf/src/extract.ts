/**
 * extractPdf: bytes → SourceDocument. Opens with pdfjs, reads pages one by one under a
 * whole-document deadline, lays each page out into blocks, then flags running lines.
 */
import type { Block, Finding, SourceDocument } from '@budget/model';
import { startDeadline } from './deadline.ts';
import { CorruptPdfError, ExtractionTimeoutError, TooManyPagesError } from './errors.ts';
import { pdfWarning } from './findings.ts';
import type { CarriedTable } from './aligned-tables.ts';
import { pageBlocks } from './page-blocks.ts';
import { openPdf, pageTreeLoops, readPage, translatePdfjsError } from './pdfjs.ts';
import { markRunning } from './running.ts';
import { OCR_PAGE_LIMIT_MS, ScanReader, type ScanRead } from './ocr/scan-reader.ts';

export interface ExtractPdfOptions {
  docId: string;
  source: string;
  /** Refuse documents with more pages (default 500). */
  maxPages?: number;
  /** Whole-document deadline in milliseconds (default 120 000). */
  timeoutMs?: number;
  /** Read pages without a text layer by OCR where tesseract is installed (default true). */
  ocr?: boolean;
  /**
   * OCR time a document may spend (default 30 minutes). OCR is not charged to `timeoutMs`:
   * each page is bounded by its own limit, and pages past this budget are not read.
   */
  ocrBudgetMs?: number;
  /**
   * Told before a page is read by OCR (a positive shift: the page's most time) and after
   * (a negative shift: what it did not use), so a watchdog outside (the isolated worker's
   * parent) moves its own deadline as this one moves.
   */
  onDeadlineShift?: (ms: number) => void;
}

export const DEFAULT_MAX_PAGES = 500;
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_OCR_BUDGET_MS = 30 * 60_000;

export async function extractPdf(bytes: Uint8Array, options: ExtractPdfOptions): Promise<SourceDocument> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const deadline = startDeadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const opening = openPdf(bytes);
  const doc = await deadline.race(opening, 0).catch((err: unknown) => {
    // Past the deadline the document may still open later; close it then.
    opening.then((late) => late.destroy(), (openErr: unknown) => void openErr);
    throw err;
  });
  const scans = new ScanReader(bytes, options.ocr ?? true);
  const ocrBudgetMs = options.ocrBudgetMs ?? DEFAULT_OCR_BUDGET_MS;
  let ocrLeftMs = ocrBudgetMs;
  /** One page by OCR, outside the document's deadline but within its own limit and the OCR budget. */
  const readScan = async (n: number): Promise<ScanRead> => {
    if (ocrLeftMs <= 0) return { content: null, reason: `the document's OCR budget (${Math.round(ocrBudgetMs / 1000)} s) is spent` };
    const started = Date.now();
    options.onDeadlineShift?.(OCR_PAGE_LIMIT_MS);
    try {
      return await startDeadline(OCR_PAGE_LIMIT_MS).race(scans.read(n), n - 1);
    } catch (err) {
      if (!(err instanceof ExtractionTimeoutError)) throw err;
      return { content: null, reason: `OCR of the page took longer than ${OCR_PAGE_LIMIT_MS / 1000} s` };
    } finally {
      const took = Date.now() - started;
      ocrLeftMs -= took;
      deadline.extend(took);
      options.onDeadlineShift?.(took - OCR_PAGE_LIMIT_MS);
    }
  };
  try {
    if (doc.numPages === 0) throw new CorruptPdfError('the PDF has no pages');
    if (doc.numPages > maxPages) throw new TooManyPagesError(doc.numPages, maxPages);
    const blocks: Block[] = [];
    const findings: Finding[] = [];
    const pageHeights = new Map<number, number>();
    let pagesWithoutText = 0;
    let pagesOcr = 0;
    let drawingsSkipped = 0;
    let firstUnreadable: { page: number; reason: string } | null = null;
    let pagesUnreadable = 0;
    let carried: CarriedTable | null = null;
    for (let n = 1; n <= doc.numPages; n++) {
      let page;
      try {
        page = await deadline.race(doc.getPage(n), n - 1);
        let content = await deadline.race(readPage(page), n - 1);
        pageHeights.set(n, content.height);
        if (content.operatorListSkipped && content.items.length > 0) drawingsSkipped++;
        if (content.items.length === 0) {
          const scanned = await readScan(n);
          if (scanned.content === null) {
            pagesWithoutText++;
            findings.push(pdfWarning(n, `page ${n} has no text layer (blank or scanned); nothing extracted from it${scanned.reason ? `: ${scanned.reason}` : ''}`));
            continue;
          }
          pagesOcr++;
          findings.push(scanned.finding);
          content = { ...scanned.content, sidewaysItems: 0, ignoredFills: 0, diagonals: 0, operatorListSkipped: false };
        }
        if (content.sidewaysItems > 0) {
          findings.push(pdfWarning(n, `page ${n}: ${content.sidewaysItems} text item(s) are vertical or rotated as displayed; their lines and reading order are approximate`));
        }
        const result = pageBlocks(content, carried);
        carried = result.carried;
        blocks.push(...result.blocks);
        findings.push(...result.findings);
      } catch (err) {
        if (err instanceof ExtractionTimeoutError) throw err;
        // A page tree that loops is a hostile structure, not one bad page: the document fails.
        if (pageTreeLoops(err)) throw new CorruptPdfError('the PDF\'s page tree loops', { cause: err });
        // One unreadable page should not lose the document; record it and go on.
        const reason = translatePdfjsError(err).message;
        firstUnreadable ??= { page: n, reason };
        pagesUnreadable++;
        findings.push(pdfWarning(n, `page ${n} could not be read: ${reason}`));
      } finally {
        page?.cleanup();
      }
    }
    if (firstUnreadable && pagesUnreadable === doc.numPages) {
      throw new CorruptPdfError(`none of the PDF's ${doc.numPages} page(s) could be read (page ${firstUnreadable.page}: ${firstUnreadable.reason})`);
    }
    markRunning(blocks, (p) => pageHeights.get(p) ?? 0);
    return { docId: options.docId, source: options.source, format: 'pdf', pages: doc.numPages, blocks, findings, pagesWithoutText, ...(pagesOcr ? { pagesOcr } : {}), drawingsSkipped };
  } finally {
    scans.close();
    await doc.destroy();
  }
}
