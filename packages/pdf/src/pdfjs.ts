/**
 * The only module that talks to pdfjs: opens a document with safe options, maps its
 * errors to ours, and reads one page into display-space text items and ruling segments.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { AnnotationMode, getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CachedBinaryDataFactory } from './data-files.ts';
import { CorruptPdfError, EncryptedPdfError } from './errors.ts';
import type { Matrix, PageContent } from './geometry.ts';
import { rulingSegments } from './ruling-lines.ts';
import { restoreNativePush } from './native-push.ts';
import { mayHoldTable } from './table-candidate.ts';
import { countSideways, toTextItems, type RawTextItem, type RawTextStyle } from './text-items.ts';

export type { PDFDocumentProxy, PDFPageProxy };

restoreNativePush();

/** Filesystem folders of pdfjs-dist's data files, each with the trailing slash pdfjs expects. */
function pdfjsDataDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string; iccUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => path.join(root, name) + path.sep;
  return { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm'), iccUrl: dir('iccs') };
}

/** pdfjs reports errors as objects with a `name` (its exception classes are not all exported). */
function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
}

function errorMessage(err: unknown): string {
  return err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err)
    ? String((err as { message: unknown }).message)
    : String(err);
}

/** Maps a pdfjs failure to EncryptedPdfError / CorruptPdfError; other Errors pass through unchanged. */
export function translatePdfjsError(err: unknown): Error {
  const name = errorName(err);
  if (name === 'PasswordException') return new EncryptedPdfError(`the PDF is password-protected: ${errorMessage(err)}`, { cause: err });
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException' || name === 'MissingPDFException') {
    return new CorruptPdfError(errorMessage(err), { cause: err });
  }
  return err instanceof Error ? err : new CorruptPdfError(errorMessage(err), { cause: err });
}

/**
 * pdfjs's complaint when walking the page tree meets a node it has already visited (a
 * /Pages node among its own kids or its ancestors'). Its error classes are not exported
 * and cross the worker boundary by name and message only, so the message is what is left.
 */
export function pageTreeLoops(err: unknown): boolean {
  return /Pages tree contains circular reference/.test(errorMessage(err));
}

/** Opens a PDF from bytes. The bytes are copied: pdfjs transfers (detaches) the buffer it gets. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    ...pdfjsDataDirs(),
    BinaryDataFactory: CachedBinaryDataFactory,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    // Images are never looked at; skipping their decoding is most of getOperatorList's cost on scans.
    maxImageSize: 1,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    // pdf.js loads its in-thread worker with the first document, and core-js with it.
    restoreNativePush();
    return doc;
  } catch (err) {
    await task.destroy().catch((destroyErr: unknown) => void destroyErr);
    throw translatePdfjsError(err);
  }
}

/** One page as read from pdfjs, with counts the extractor reports on. */
export interface PageRead extends PageContent {
  /** Items in vertical writing or not running left to right as displayed (see countSideways). */
  sidewaysItems: number;
  /** Big filled areas ignored as shading, and diagonal edges skipped. */
  ignoredFills: number;
  diagonals: number;
  /** The page's drawing was not parsed: its text holds no table (table-candidate.ts). */
  operatorListSkipped: boolean;
}

/** Reads one page: text items and ruling segments in display coordinates (viewport at scale 1). */
export async function readPage(page: PDFPageProxy): Promise<PageRead> {
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as unknown as Matrix;
  const text = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const styles = text.styles as Record<string, RawTextStyle>;
  const rawItems = text.items as RawTextItem[];
  const items = toTextItems(rawItems, styles, transform);
  const sidewaysItems = countSideways(rawItems, styles, transform);
  // A page without text (scanned, blank) yields nothing, and a page of prose no table: their
  // drawing is not worth parsing.
  const operatorListSkipped = !mayHoldTable(items);
  const ruling = !operatorListSkipped
    ? rulingSegments(await page.getOperatorList({ intent: 'display', annotationMode: AnnotationMode.DISABLE }), transform)
    : { segments: [], ignoredFills: 0, diagonals: 0 };
  return {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    items,
    sidewaysItems,
    segments: ruling.segments,
    ignoredFills: ruling.ignoredFills,
    diagonals: ruling.diagonals,
    operatorListSkipped,
  };
}
