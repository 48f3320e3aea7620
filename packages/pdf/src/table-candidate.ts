/**
 * Whether a page's text can belong to a table, decided before its drawing is parsed: the
 * operator list (ruling lines) costs more than the text itself, and prose, cover and
 * contents pages need none. A table prints many short items (figures, codes, header words,
 * row labels) side by side in columns; a page of prose prints long lines, with figures
 * inside sentences. The rule is deliberately generous: a page is skipped only when almost
 * nothing on it is short, or when no line of it has two items apart by a column's gap.
 */
import type { TextItem } from './geometry.ts';

/** Short items a page of prose still prints: a page number, a date, a signature line. */
const MAX_SHORT_ITEMS_ON_PROSE = 3;
const SHORT = 8;
/**
 * A gap between two items of one line wider than this many of their font size is a
 * column's: prose is set with gaps well under one character; on every table page of the
 * samples and real disclosures some line has a gap of more than three (measured: no table
 * page would be missed at 3 em; 1 em leaves room for tight layouts).
 */
const COLUMN_GAP_EM = 1;

export function mayHoldTable(items: readonly TextItem[]): boolean {
  return hasShortItems(items) && hasColumnGap(items);
}

function hasShortItems(items: readonly TextItem[]): boolean {
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

/** Some line holds two items with a column's gap between them. */
function hasColumnGap(items: readonly TextItem[]): boolean {
  const placed = items
    .filter((item) => item.text.trim())
    .map((item) => ({ left: item.bbox[0], right: item.bbox[2], middle: (item.bbox[1] + item.bbox[3]) / 2, size: Math.max(1, item.fontSize || item.bbox[3] - item.bbox[1]) }))
    .sort((a, b) => a.middle - b.middle || a.left - b.left);
  let line: typeof placed = [];
  const lineHasGap = () => {
    line.sort((a, b) => a.left - b.left);
    return line.some((item, k) => k > 0 && item.left - line[k - 1]!.right > COLUMN_GAP_EM * item.size);
  };
  for (const item of placed) {
    if (line.length > 0 && Math.abs(item.middle - line[0]!.middle) >= item.size / 2) {
      if (lineHasGap()) return true;
      line = [];
    }
    line.push(item);
  }
  return lineHasGap();
}
