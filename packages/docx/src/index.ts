export { extractDocx } from './extract-docx.ts';
export { DOCX_DEFAULTS, type ExtractDocxOptions } from './options.ts';
export { CorruptDocxError, DocxTooLargeError, ExtractionTimeoutError } from './errors.ts';
// The OOXML zip guard and the timeout serve the workbook reader (@budget/xlsx) as well.
export { inspectZip } from './zip-guard.ts';
export { withTimeout } from './with-timeout.ts';
