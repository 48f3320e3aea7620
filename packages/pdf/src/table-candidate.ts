/**
 * Whether a page's text can belong to a table, decided before its drawing is parsed: the
 * operator list (ruling lines) costs more than the text itself, and prose, cover and
 * contents pages need none. A table prints many short items (figures, codes, header words,
 * row labels); a page of prose prints long lines, with figures inside sentences. The rule
 * is deliberately generous: a page is skipped only when almost nothing on it is short.
 */
import type { TextItem } from './geometry.ts';

/** Short items a page of prose still prints: a page number, a date, a signature line. */
const MAX_SHORT_ITEMS_ON_PROSE = 3;
const SHORT = 8;

export function mayHoldTable(items: readonly TextItem[]): boolean {
  let short = 0;
  for (const item of items) {
    const text = item.text.trim();
    if (!text) continue;
    // A standalone figure or code is a table cell more often than not.
    if (/^[-+]?[\d,.%]*\d[\d,.%]*$/.test(text) && !/^\d{1,3}$/.test(text)) return true;
    if (text.length <= SHORT && ++short > MAX_SHORT_ITEMS_ON_PROSE) return true;
  }
  return false;
}
