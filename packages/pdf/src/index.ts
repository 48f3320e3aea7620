/** @budget/pdf: PDF budget disclosures → the shared document model. */
export { extractPdf, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS, type ExtractPdfOptions } from './extract.ts';
export { CorruptPdfError, EncryptedPdfError, ExtractionTimeoutError, TooManyPagesError } from './errors.ts';
export { ocrUnavailableReason } from './ocr/tools.ts';
