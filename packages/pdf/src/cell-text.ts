/**
 * Text → table cells: each item (or each whitespace-separated token of an item that runs
 * across cells) goes to the cell holding its centre; a cell's text is its visual lines,
 * rejoined with joinWrapped so wrapped codes, figures and names come out whole.
 */
import { joinWrapped, type Cell, type Source } from '@budget/model';
import { roundBox, type TextItem } from './geometry.ts';
import { groupLines } from './lines.ts';

/** Cell layout shared by ruled and aligned tables: boundaries plus anchor cells with spans. */
export interface CellLayout {
  rows: readonly number[];
  cols: readonly number[];
  cells: readonly { row: number; col: number; rowSpan: number; colSpan: number }[];
}

const WIDE_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Relative advance of a character: CJK and full-width glyphs are square, the rest about half. */
function charWeight(ch: string): number {
  return WIDE_CHAR.test(ch) ? 1 : 0.55;
}

/**
 * Splits an item into its whitespace-separated tokens, estimating each token's x-range
 * from character widths (pdfjs gives only the item's total advance).
 */
export function tokenPieces(item: TextItem): TextItem[] {
  const chars = [...item.text];
  if (!chars.some((c) => /\s/.test(c)) || chars.length < 2) return [item];
  const weights = chars.map(charWeight);
  const total = weights.reduce((s, w) => s + w, 0);
  const scale = (item.bbox[2] - item.bbox[0]) / total;
  const pieces: TextItem[] = [];
  let x = item.bbox[0];
  let token = '', tokenStart = x;
  chars.forEach((ch, i) => {
    const w = weights[i]! * scale;
    if (/\s/.test(ch)) {
      if (token) pieces.push({ text: token, bbox: [tokenStart, item.bbox[1], x, item.bbox[3]], fontSize: item.fontSize });
      token = '';
    } else {
      if (!token) tokenStart = x;
      token += ch;
    }
    x += w;
  });
  if (token) pieces.push({ text: token, bbox: [tokenStart, item.bbox[1], x, item.bbox[3]], fontSize: item.fontSize });
  return pieces;
}

/** Index i with bounds[i] ≤ v < bounds[i+1], or -1 outside. */
export function intervalIndex(bounds: readonly number[], v: number): number {
  if (v < bounds[0]! || v > bounds[bounds.length - 1]!) return -1;
  for (let i = 0; i + 1 < bounds.length; i++) if (v < bounds[i + 1]!) return i;
  return bounds.length - 2;
}

/** For each elementary (row, col), the index of the anchor cell covering it. */
function ownerMap(layout: CellLayout): number[][] {
  const owner = Array.from({ length: layout.rows.length - 1 }, () => new Array<number>(layout.cols.length - 1).fill(-1));
  layout.cells.forEach((cell, k) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) for (let c = cell.col; c < cell.col + cell.colSpan; c++) owner[r]![c] = k;
  });
  return owner;
}

const centreX = (b: TextItem['bbox']) => (b[0] + b[2]) / 2;
const centreY = (b: TextItem['bbox']) => (b[1] + b[3]) / 2;

/** Share of an item's height that must lie above a row rule for it to count as straddling it. */
const STRADDLE_SHARE = 0.1;
/** A wrapped line follows the previous one within this share of its height. */
const WRAP_GAP_SHARE = 0.5;

/**
 * Puts items into cells. An item whose tokens fall into different cells is split at its
 * spaces (pdfjs glues nearby cells' text into one item); an item without spaces stays
 * whole in the cell of its centre (text overflowing into an empty neighbour). An item
 * that overflows a too-short cell downwards across the rule, right under the cell's
 * previous line, stays with that cell (the last line of a wrapped header).
 */
export function assignToCells(items: readonly TextItem[], layout: CellLayout): { byCell: TextItem[][]; outside: TextItem[] } {
  const owner = ownerMap(layout);
  const byCell: TextItem[][] = layout.cells.map(() => []);
  const outside: TextItem[] = [];
  const cellOf = (x: number, y: number) => {
    const r = intervalIndex(layout.rows, y), c = intervalIndex(layout.cols, x);
    return r < 0 || c < 0 ? -1 : owner[r]![c]!;
  };
  const placed: { item: TextItem; cell: number }[] = [];
  for (const item of items) {
    const home = cellOf(centreX(item.bbox), centreY(item.bbox));
    if (home < 0) { outside.push(item); continue; }
    const pieces = tokenPieces(item);
    const homes = pieces.map((p) => cellOf(centreX(p.bbox), centreY(p.bbox)));
    if (pieces.length === 1 || homes.every((h) => h === homes[0])) { placed.push({ item, cell: home }); continue; }
    pieces.forEach((p, i) => (homes[i]! >= 0 ? placed.push({ item: p, cell: homes[i]! }) : outside.push(p)));
  }
  for (const p of placed) {
    const above = overflowOwner(p.item, p.cell, layout, placed, cellOf);
    byCell[above ?? p.cell]!.push(p.item);
  }
  return { byCell, outside };
}

/** The cell above when `item` is the overflowing last line of that cell's wrapped text; else null. */
function overflowOwner(
  item: TextItem,
  cell: number,
  layout: CellLayout,
  placed: readonly { item: TextItem; cell: number }[],
  cellOf: (x: number, y: number) => number,
): number | null {
  const top = layout.cells[cell]!.row;
  const rule = layout.rows[top]!;
  const h = item.bbox[3] - item.bbox[1];
  if (top === 0 || rule - item.bbox[1] < STRADDLE_SHARE * h) return null;
  const upper = cellOf(centreX(item.bbox), rule - 0.5);
  if (upper < 0 || upper === cell) return null;
  const previousLine = placed.some(
    (q) => q.cell === upper && q.item.bbox[3] <= item.bbox[1] + STRADDLE_SHARE * h && item.bbox[1] - q.item.bbox[3] <= WRAP_GAP_SHARE * h,
  );
  return previousLine ? upper : null;
}

/** The OCR reading of a line: the lowest confidence of its items, their alternatives (none for a text layer). */
function lineOcr(items: readonly TextItem[]): Pick<Source, 'ocr'> {
  const read = items.filter((i) => i.ocr);
  if (read.length === 0) return {};
  const alternatives = read.flatMap((i) => i.ocr!.alternatives ?? []);
  return { ocr: { engine: read[0]!.ocr!.engine, confidence: Math.min(...read.map((i) => i.ocr!.confidence)), ...(alternatives.length ? { alternatives } : {}) } };
}

/** One model Cell from its items: visual lines joined with joinWrapped, one Source per line. */
export function cellFromItems(anchor: { row: number; col: number; rowSpan: number; colSpan: number }, items: readonly TextItem[], page: number): Cell {
  const lines = groupLines(items);
  const sources: Source[] = lines.map((l) => ({ page, bbox: roundBox(l.bbox), text: l.text, ...lineOcr(l.items) }));
  return { ...anchor, text: joinWrapped(lines.map((l) => l.text)), sources };
}
