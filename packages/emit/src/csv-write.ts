/**
 * Rows to CSV text as the contract wants it: UTF-8, optional BOM, RFC 4180 quoting
 * (csv-stringify quotes a field holding a comma, a quote or a line break), one header
 * row, '\n' between records. Values are formatted here, not by csv-stringify, whose
 * default casts would write booleans as 1 / "".
 */
import { stringify } from 'csv-stringify/sync';

/** One value as CSV text: null is the empty cell, booleans true / false, amounts exactly as stored. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to a CSV cell`);
    return String(value);
  }
  // An extension field holding a structure: keep it whole and machine-readable.
  return JSON.stringify(value);
}

export function toCsv(columns: readonly string[], rows: readonly object[], options: { bom: boolean }): string {
  const records = rows.map((row) => columns.map((column) => formatCell((row as Record<string, unknown>)[column])));
  return stringify(records, { header: true, columns: [...columns], bom: options.bom, record_delimiter: '\n' });
}
