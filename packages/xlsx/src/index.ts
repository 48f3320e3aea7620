export { extractXlsx, type ExtractXlsxOptions } from './extract-xlsx.ts';
export { CorruptXlsxError } from './errors.ts';
export { SheetTooLargeError } from './sheet-grid.ts';
export { formatNumber, printedText } from './printed-text.ts';
