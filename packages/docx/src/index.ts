export { extractDocx } from './extract-docx.ts';
export { DOCX_DEFAULTS, type ExtractDocxOptions } from './options.ts';
export { CorruptDocxError, DocxTooLargeError, ExtractionTimeoutError } from './errors.ts';
