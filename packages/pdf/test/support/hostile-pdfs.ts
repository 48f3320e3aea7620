/**
 * Hand-made PDFs whose page tree is hostile: no pages at all, a /Pages node that lists
 * itself or its parent among its /Kids, and kids that are not pages. Each has a correct
 * cross-reference table, so pdfjs opens it and only the page tree is wrong.
 */
import { pdfOfObjects } from './tiny-pdf.ts';

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';

/** A catalog whose page tree is empty: /Kids [] /Count 0. */
export function noPagesPdf(): Uint8Array {
  return pdfOfObjects(['', CATALOG, '<< /Type /Pages /Kids [] /Count 0 >>']);
}

/** The root /Pages node lists itself as its only kid. */
export function selfLoopingPdf(): Uint8Array {
  return pdfOfObjects(['', CATALOG, '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']);
}

/** A page, then an intermediate /Pages node whose only kid is the root again (/Count claims 3 pages). */
export function ancestorLoopingPdf(): Uint8Array {
  return pdfOfObjects([
    '', CATALOG,
    '<< /Type /Pages /Kids [4 0 R 3 0 R] /Count 3 >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]);
}

/** Two kids that are numbers, not page dictionaries: pdfjs's getPage throws for every page. */
export function unreadablePagesPdf(): Uint8Array {
  return pdfOfObjects(['', CATALOG, '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>', '42', '43']);
}
