/**
 * Aligned tables, step 2: column boundaries from x-strips (nearly) no line touches, and a
 * best guess of the true cell edges (text aligned to an edge sits a padding from it).
 */
import type { TextItem } from './geometry.ts';
import { linePieces } from './aligned-regions.ts';
import type { TextLine } from './lines.ts';

/** A column gap may be crossed by this share of the region's lines, at least one (spanning headers). */
const GAP_CROSSING_SHARE = 0.1;
/** Narrowest column gap, in font sizes. */
const MIN_GAP_EM = 0.3;
/** Distance (pt) assumed between a cell's edge and text aligned to it. */
const CELL_PADDING = 2;
/** Share of a column's pieces that must start (end) at one x for the column to count as left- (right-) aligned. */
const ALIGNED_SHARE = 0.5;

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/** Index of the column holding x, or -1. */
export function columnAt(cols: readonly number[], x: number): number {
  for (let c = 0; c + 1 < cols.length; c++) if (x >= cols[c]! && x < cols[c + 1]!) return c;
  return x === cols[cols.length - 1] ? cols.length - 2 : -1;
}

export const pieceCentre = (p: TextItem) => (p.bbox[0] + p.bbox[2]) / 2;

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
  const allowed = lines.length >= 4 ? Math.max(1, Math.floor(GAP_CROSSING_SHARE * lines.length)) : 0;
  const fontSize = median(all.map((p) => p.fontSize));
  const bounds = [left];
  let gapStart = -1;
  for (let i = 0; i < counts.length; i++) {
    const empty = counts[i]! <= allowed;
    if (empty && gapStart < 0) gapStart = i;
    if (!empty && gapStart >= 0) {
      if (gapStart > 0 && i - gapStart >= MIN_GAP_EM * fontSize) bounds.push(left + emptiestMiddle(counts, gapStart, i));
      gapStart = -1;
    }
  }
  bounds.push(right);
  return bounds;
}

/** The middle of the widest run of least-covered bins in [from, to): a gap crossed by a header is cut where nothing is. */
function emptiestMiddle(counts: readonly number[], from: number, to: number): number {
  const least = Math.min(...counts.slice(from, to));
  let best: [number, number] = [from, to], run = -1;
  for (let i = from; i <= to; i++) {
    const low = i < to && counts[i] === least;
    if (low && run < 0) run = i;
    if (!low && run >= 0) {
      if (i - run > best[1] - best[0] || best[1] - best[0] === to - from) best = [run, i];
      run = -1;
    }
  }
  return (best[0] + best[1]) / 2;
}

/** The most common rounded value and its share of all values. */
function modeOf(values: readonly number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let value = 0, best = 0;
  for (const [v, n] of counts) if (n > best) { value = v; best = n; }
  return { value, share: values.length ? best / values.length : 0 };
}

type Alignment = { side: 'left' | 'right' | 'other'; at: number };

/** How a column's text is aligned: the edge most pieces share, if one clearly dominates. */
function columnAlignment(pieces: readonly TextItem[]): Alignment {
  const starts = modeOf(pieces.map((p) => p.bbox[0]));
  const ends = modeOf(pieces.map((p) => p.bbox[2]));
  if (starts.share >= ALIGNED_SHARE && starts.share > ends.share) return { side: 'left', at: starts.value };
  if (ends.share >= ALIGNED_SHARE && ends.share > starts.share) return { side: 'right', at: ends.value };
  return { side: 'other', at: 0 };
}

/**
 * Best guess of the cells' true edges, for judging whether a header is centred over
 * columns. Text aligned to a cell edge sits a padding away from it: a left-aligned column
 * starts just right of its left edge, a right-aligned one ends just left of its right
 * edge; where neither side tells, the gap-based boundary stands.
 */
export function estimateCellEdges(bodyLines: readonly TextLine[], cols: readonly number[]): number[] {
  const byColumn: TextItem[][] = cols.slice(1).map(() => []);
  for (const p of bodyLines.flatMap(linePieces)) {
    const c = columnAt(cols, pieceCentre(p));
    if (c >= 0) byColumn[c]!.push(p);
  }
  const alignment = byColumn.map(columnAlignment);
  return cols.map((x, i) => {
    if (i === 0 || i === cols.length - 1 || !byColumn[i - 1]!.length || !byColumn[i]!.length) return x;
    const leftEnd = Math.max(...byColumn[i - 1]!.map((p) => p.bbox[2]));
    const rightStart = Math.min(...byColumn[i]!.map((p) => p.bbox[0]));
    const guesses: number[] = [];
    if (alignment[i]!.side === 'left') guesses.push(alignment[i]!.at - CELL_PADDING);
    if (alignment[i - 1]!.side === 'right') guesses.push(alignment[i - 1]!.at + CELL_PADDING);
    if (!guesses.length) return x;
    const guess = guesses.reduce((a, b) => a + b, 0) / guesses.length;
    return Math.min(Math.max(guess, leftEnd), rightStart);
  });
}

