/**
 * Rows to CSV text as the contract wants it: UTF-8, optional BOM, RFC 4180 quoting
 * (csv-stringify quotes a field holding a comma, a quote or a line break), one header
 * row, '\n' between records. Values are formatted here, not by csv-stringify, whose
 * default casts would write booleans as 1 / "".
 *
 * The CSVs are opened in Excel, and their text comes from documents strangers publish:
 * a text cell that would start a formula (= + - @, tab, carriage return) gets a leading
 * apostrophe, the OWASP remedy (Excel shows the text, not a formula), except a plain
 * number such as -12.50, which Excel reads as the number it is; control characters other
 * than line breaks and tabs are removed. The JSONL twins keep the text exactly.
 */
import { stringify } from 'csv-stringify/sync';

/** One value as CSV text: null is the empty cell, booleans true / false, amounts exactly as stored. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return safeText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to a CSV cell`);
    return String(value);
  }
  // An extension field holding a structure: keep it whole and machine-readable.
  return JSON.stringify(value);
}

export function toCsv(columns: readonly string[], rows: readonly object[], options: { bom: boolean }): string {
  return csvHeader(columns, options) + csvRows(columns, rows);
}

/** The start of a CSV file: the optional BOM and the header row (what toCsv writes before the first row). */
export function csvHeader(columns: readonly string[], options: { bom: boolean }): string {
  return stringify([], { header: true, columns: [...columns], bom: options.bom, record_delimiter: '\n' });
}

/** Rows as CSV records without a header, so a file can be written a document at a time: header + rows + rows … = toCsv. */
export function csvRows(columns: readonly string[], rows: readonly object[]): string {
  if (rows.length === 0) return '';
  const records = rows.map((row) => columns.map((column) => formatCell((row as Record<string, unknown>)[column])));
  return stringify(records, { header: false, columns: [...columns], record_delimiter: '\n' });
}

/**
 * Control characters Excel or a terminal could act on; tabs and line feeds stay. A carriage
 * return goes too: a bare CR inside a quoted field is legal CSV, yet readers (DuckDB's among
 * them) take it for the end of a record.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Text as it may stand in a CSV cell: controls removed, a would-be formula neutralised. */
export function safeText(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  // Removed first, so that "\u0001=1" is seen as the formula it becomes.
  const clean = text.replace(CONTROL, '');
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}
