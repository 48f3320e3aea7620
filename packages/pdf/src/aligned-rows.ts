/**
 * Aligned tables, step 3: lines → rows. Lines closer than the wrap threshold are one row
 * (a wrapped name, or a figure centred beside a two-line name); the threshold sits in the
 * biggest jump of the sorted line pitches, and never above a wrapped line's pitch.
 */
import { isFigure } from '@budget/model';
import { columnAt, median, pieceCentre } from './aligned-columns.ts';
import { linePieces, MAX_WRAP_PITCH_EM } from './aligned-regions.ts';
import type { TextLine } from './lines.ts';

/** Pitches must jump by this factor to separate wrapped lines from rows. */
const PITCH_JUMP = 1.3;

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
export function figureColumns(line: TextLine, cols: readonly number[]): Set<number> {
  const out = new Set<number>();
  for (const p of linePieces(line)) {
    const c = isFigure(p.text) ? columnAt(cols, pieceCentre(p)) : -1;
    if (c >= 0) out.add(c);
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
  const fontSize = median(lines.map((l) => l.fontSize));
  const threshold = Math.min(wrapPitchThreshold(pitches), MAX_WRAP_PITCH_EM * fontSize);
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

