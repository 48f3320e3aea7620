/**
 * DOCX bytes to the shared document model: guard the zip, convert with mammoth,
 * walk the HTML into paragraph and table blocks in document order.
 */
import type { Finding, SourceDocument } from '@budget/model';
import { htmlToBlocks } from './html-blocks.ts';
import { docxToHtml } from './mammoth-html.ts';
import { resolveDocxOptions, type ExtractDocxOptions } from './options.ts';
import { skippedGridCellFindings } from './skipped-grid-cells.ts';
import { withTimeout } from './with-timeout.ts';
import { inspectZip, type ZipEntry } from './zip-guard.ts';
import { verifyXmlParts } from './zip-parts.ts';

/** Where Word keeps the body; other generators may name it differently (then the gridBefore scan is skipped). */
const MAIN_PART = 'word/document.xml';

export async function extractDocx(bytes: Uint8Array, options: ExtractDocxOptions): Promise<SourceDocument> {
  const resolved = resolveDocxOptions(options);
  return withTimeout(resolved.timeoutMs, async () => {
    const directory = inspectZip(bytes, resolved);
    const gridFindings = checkXmlParts(bytes, directory.entries);
    const converted = await docxToHtml(bytes);
    const { blocks, findings } = htmlToBlocks(converted.html);
    return {
      docId: resolved.docId,
      source: resolved.source,
      format: 'docx',
      pages: null,
      blocks,
      findings: [...converted.findings, ...findings, ...gridFindings, ...contentFindings(blocks.length, converted.imageCount)],
      pagesWithoutText: 0,
    };
  });
}

/**
 * Inflates every XML part with its declared size as the cap (throws on a lie) and scans
 * the body for rows mammoth will shift. Runs before mammoth, in its own scope, so the
 * inflated copies are garbage before mammoth makes its own.
 */
function checkXmlParts(bytes: Uint8Array, entries: ZipEntry[]): Finding[] {
  const mainPart = verifyXmlParts(bytes, entries, new Set([MAIN_PART])).get(MAIN_PART);
  return mainPart ? skippedGridCellFindings(mainPart.toString('utf8')) : [];
}

/** Says when images were dropped, and when nothing but images was there (a scan pasted into Word). */
function contentFindings(blockCount: number, imageCount: number): Finding[] {
  const finding = (check: string, severity: Finding['severity'], message: string): Finding => ({
    check, severity, table: null, page: null, code: null, expected: null, actual: null, message,
  });
  const findings: Finding[] = [];
  if (imageCount > 0) findings.push(finding('extract.docx.images', 'info', `${imageCount} image(s) ignored`));
  if (blockCount === 0) {
    findings.push(finding('extract.docx.no_text', 'warning', imageCount > 0
      ? 'no text, only images: the content may be scanned pages'
      : 'no text found'));
  }
  return findings;
}
