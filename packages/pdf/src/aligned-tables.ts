/**
 * Unruled (aligned) tables: runs of text lines laid out in columns without ruling lines.
 *
 * 1. Region: a run of "tabular" lines (several pieces far apart, or a figure set apart
 *    from text), allowing short lines between them (wrapped cell text).
 * 2. Columns: x-strips that are empty on (nearly) every line of the region.
 * 3. Rows: lines closer together than the usual row pitch belong to one row (a wrapped
 *    name, or a figure centred beside a two-line name); the pitch threshold is the
 *    biggest jump in the sorted line pitches.
 * 4. Spans: a piece running across a column gap with empty neighbours becomes a merged cell.
 * The result is a CellLayout; text goes into cells the same way as for ruled tables.
 */
import { isFigure, unitIn } from '@budget/model';
import { tokenPieces, type CellLayout } from './cell-text.ts';
import { unionBox, type TextItem } from './geometry.ts';
import { makeLine, splitAtGaps, type TextLine } from './lines.ts';

/** Pieces of a line at least this many font sizes apart are in different columns. */
const COLUMN_GAP_EM = 1;
/** A region needs this many tabular lines. */
const MIN_TABULAR_LINES = 3;
/** Lines further apart than this many line heights end a region. */
const MAX_LINE_PITCH = 2.6;
/** A non-tabular line inside a region must be narrower than this share of the region. */
const SHORT_LINE_SHARE = 0.6;
/** A column gap may be crossed by this share of the region's lines (spanning headers). */
const GAP_CROSSING_SHARE = 0.1;
/** Narrowest column gap, in font sizes. */
const MIN_GAP_EM = 0.3;
/** Pitches must jump by this factor to separate wrapped lines from rows. */
const PITCH_JUMP = 1.3;

/** Page furniture that sits next to tables but is never part of one (unit, department, year lines). */
export function isFurniture(text: string): boolean {
  return unitIn(text) !== null || /(编制单位|部门|单位名称|预算年度|年度)[:：]/.test(text);
}

/** The line's whitespace-separated tokens with estimated boxes. */
export function linePieces(line: TextLine): TextItem[] {
  return line.items.flatMap(tokenPieces).sort((a, b) => a.bbox[0] - b.bbox[0]);
}

/** The line cut where pieces are at least COLUMN_GAP_EM apart. */
export function lineSegments(line: TextLine): TextLine[] {
  return splitAtGaps(makeLine(linePieces(line)), COLUMN_GAP_EM);
}

/** A line that looks like a table row: several separated pieces, one of them a figure or all short. */
export function isTabularLine(line: TextLine): boolean {
  if (isFurniture(line.text)) return false;
  const segments = lineSegments(line);
  return segments.length >= 2;
}

const lineHeight = (l: TextLine) => l.bbox[3] - l.bbox[1];

/** Maximal runs of lines that look like one table, each with enough tabular lines. */
export function findTableRegions(lines: readonly TextLine[]): TextLine[][] {
  const regions: TextLine[][] = [];
  let run: TextLine[] = [];
  let tabular = 0;
  let pendingShort: TextLine[] = [];
  const close = () => {
    if (tabular >= MIN_TABULAR_LINES) regions.push(run);
    run = []; tabular = 0; pendingShort = [];
  };
  for (const line of lines) {
    const prev = pendingShort[pendingShort.length - 1] ?? run[run.length - 1];
    if (prev && line.bbox[1] - prev.bbox[1] > MAX_LINE_PITCH * Math.max(lineHeight(prev), lineHeight(line))) close();
    if (isTabularLine(line)) {
      run.push(...pendingShort, line);
      pendingShort = [];
      tabular++;
      continue;
    }
    const region = run.length ? unionBox(run.map((l) => l.bbox)) : null;
    const short = region && !isFurniture(line.text) && line.bbox[2] - line.bbox[0] < SHORT_LINE_SHARE * (region[2] - region[0]);
    if (short && pendingShort.length < 2) pendingShort.push(line);
    else close();
  }
  close();
  return regions;
}

/**
 * Column boundaries: centres of x-strips no more than GAP_CROSSING_SHARE of the lines
 * touch, between the region's left and right edges (which are the outer boundaries).
 */
export function columnBoundaries(lines: readonly TextLine[]): number[] {
  const pieces = lines.map(linePieces);
  const all = pieces.flat();
  if (!all.length) return [];
  const left = Math.floor(Math.min(...all.map((p) => p.bbox[0])));
  const right = Math.ceil(Math.max(...all.map((p) => p.bbox[2])));
  const counts = new Array<number>(right - left + 1).fill(0);
  for (const linePieceList of pieces) {
    const covered = new Uint8Array(counts.length);
    for (const p of linePieceList) {
      for (let x = Math.max(0, Math.floor(p.bbox[0]) - left); x <= Math.min(counts.length - 1, Math.ceil(p.bbox[2]) - left - 1); x++) covered[x] = 1;
    }
    covered.forEach((c, i) => { counts[i]! += c; });
  }
  const allowed = Math.floor(GAP_CROSSING_SHARE * lines.length);
  const fontSize = median(all.map((p) => p.fontSize));
  const bounds = [left];
  let gapStart = -1;
  for (let i = 0; i < counts.length; i++) {
    const empty = counts[i]! <= allowed;
    if (empty && gapStart < 0) gapStart = i;
    if (!empty && gapStart >= 0) {
      if (gapStart > 0 && i - gapStart >= MIN_GAP_EM * fontSize) bounds.push(left + (gapStart + i) / 2);
      gapStart = -1;
    }
  }
  bounds.push(right);
  return bounds;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** The pitch below which consecutive lines are one row: the geometric middle of the biggest jump, or 0. */
export function wrapPitchThreshold(pitches: readonly number[]): number {
  const sorted = pitches.filter((p) => p > 0).sort((a, b) => a - b);
  let best = 0, threshold = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const ratio = sorted[i + 1]! / sorted[i]!;
    if (ratio >= PITCH_JUMP && ratio > best) { best = ratio; threshold = Math.sqrt(sorted[i]! * sorted[i + 1]!); }
  }
  return threshold;
}

/** Columns (indices) of a line's figure pieces. */
function figureColumns(line: TextLine, cols: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const p of linePieces(line)) {
    if (!isFigure(p.text)) continue;
    const x = (p.bbox[0] + p.bbox[2]) / 2;
    for (let c = 0; c + 1 < cols.length; c++) if (x >= cols[c]! && x < cols[c + 1]!) out.add(c);
  }
  return out;
}

/**
 * Groups the region's lines into rows: a line joins the previous row when it follows
 * closer than the wrap threshold, unless both carry a figure in the same column
 * (then they are two rows that happen to be tight).
 */
export function groupRows(lines: readonly TextLine[], cols: readonly number[]): TextLine[][] {
  const centre = (l: TextLine) => (l.bbox[1] + l.bbox[3]) / 2;
  const pitches = lines.slice(1).map((l, i) => centre(l) - centre(lines[i]!));
  const threshold = wrapPitchThreshold(pitches);
  const rows: TextLine[][] = [];
  lines.forEach((line, i) => {
    const row = rows[rows.length - 1];
    const prev = lines[i - 1];
    if (row && prev && centre(line) - centre(prev) < threshold) {
      const mine = figureColumns(line, cols);
      const clash = row.some((l) => [...figureColumns(l, cols)].some((c) => mine.has(c)));
      if (!clash) { row.push(line); return; }
    }
    rows.push([line]);
  });
  return rows;
}

/** Columns a piece covers substantially (more than half a font size inside each). */
function coveredColumns(piece: TextItem, cols: readonly number[]): [number, number] {
  const margin = 0.5 * piece.fontSize;
  let first = -1, last = -1;
  for (let c = 0; c + 1 < cols.length; c++) {
    const inside = Math.min(piece.bbox[2], cols[c + 1]!) - Math.max(piece.bbox[0], cols[c]!);
    if (inside > margin || (inside > 0 && piece.bbox[2] - piece.bbox[0] <= 2 * margin)) {
      if (first < 0) first = c;
      last = c;
    }
  }
  return [first, last];
}

/** Row cells with column spans where a piece crosses gaps into otherwise empty columns. */
export function rowCells(row: readonly TextLine[], rowIndex: number, cols: readonly number[]): { row: number; col: number; rowSpan: number; colSpan: number }[] {
  const nCols = cols.length - 1;
  const spanOf = new Array<number>(nCols).fill(1);
  const pieces = row.flatMap(linePieces);
  const occupied = new Array<number>(nCols).fill(0);
  const ranges = pieces.map((p) => coveredColumns(p, cols));
  for (const [first] of ranges) if (first >= 0) occupied[first]!++;
  for (const [first, last] of ranges) {
    if (first < 0 || last <= first) continue;
    let end = first;
    while (end < last && occupied[end + 1] === 0) end++;
    spanOf[first] = Math.max(spanOf[first]!, end - first + 1);
  }
  const cells = [];
  for (let c = 0; c < nCols; ) {
    cells.push({ row: rowIndex, col: c, rowSpan: 1, colSpan: spanOf[c]! });
    c += spanOf[c]!;
  }
  return cells;
}

/** A layout for one region, or null when it does not hold up as a table. */
export function alignedLayout(lines: readonly TextLine[]): CellLayout | null {
  const cols = columnBoundaries(lines);
  if (cols.length < 3) return null;
  const rows = groupRows(lines, cols);
  const bounds = [rows[0]![0]!.bbox[1]];
  for (let r = 0; r + 1 < rows.length; r++) {
    const bottom = Math.max(...rows[r]!.map((l) => l.bbox[3]));
    const top = Math.min(...rows[r + 1]!.map((l) => l.bbox[1]));
    bounds.push((bottom + top) / 2);
  }
  bounds.push(Math.max(...rows[rows.length - 1]!.map((l) => l.bbox[3])));
  const cells = rows.flatMap((row, r) => rowCells(row, r, cols));
  const multiCellRows = rows.filter((row) => {
    const used = new Set(row.flatMap(linePieces).map((p) => coveredColumns(p, cols)[0]));
    return used.size >= 2;
  }).length;
  if (multiCellRows < Math.max(2, rows.length / 2)) return null;
  return { rows: bounds, cols, cells };
}

/** Aligned tables among a page's lines: their layouts and items, and the lines left over. */
export function findAlignedTables(lines: readonly TextLine[]): { tables: { layout: CellLayout; items: TextItem[] }[]; rest: TextLine[] } {
  const tables: { layout: CellLayout; items: TextItem[] }[] = [];
  const used = new Set<TextLine>();
  for (const region of findTableRegions(lines)) {
    const layout = alignedLayout(region);
    if (!layout) continue;
    tables.push({ layout, items: region.flatMap((l) => l.items) });
    for (const l of region) used.add(l);
  }
  return { tables, rest: lines.filter((l) => !used.has(l)) };
}
