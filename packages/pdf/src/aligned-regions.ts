/**
 * Aligned tables, step 1: where on a page an unruled table lies. A region is a run of
 * "tabular" lines (pieces far apart, no sentences), allowing a couple of short lines in
 * between (wrapped cell text); unit / department lines never belong to one.
 */
import { unitIn } from '@budget/model';
import { tokenPieces } from './cell-text.ts';
import { unionBox, type TextItem } from './geometry.ts';
import { makeLine, splitAtGaps, type TextLine } from './lines.ts';

/** Pieces of a line at least this many font sizes apart are in different columns. */
const COLUMN_GAP_EM = 1;
/** A region needs this many tabular lines. */
export const MIN_TABULAR_LINES = 3;
/** Lines further apart than this many line heights end a region. */
const MAX_LINE_PITCH = 2.6;
/** A non-tabular line inside a region must be narrower than this share of the region. */
const SHORT_LINE_SHARE = 0.6;
/** Wrapped lines of one cell are set at most this many font sizes apart. */
export const MAX_WRAP_PITCH_EM = 1.45;
/** A line spread into this many pieces, mostly single characters, is justified prose. */
const SPREAD_MIN_PIECES = 4;
const SPREAD_SINGLE_SHARE = 0.75;

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

/** Sentence punctuation: justified prose spreads around figures, but table cells seldom hold sentences. */
const SENTENCE_PUNCTUATION = /[。，；]/;

/**
 * A line that looks like a table row: several pieces far apart, no sentence punctuation.
 * A justified prose line spread letter by letter (most pieces one character) is not one.
 */
export function isTabularLine(line: TextLine): boolean {
  if (isFurniture(line.text) || SENTENCE_PUNCTUATION.test(line.text)) return false;
  const segments = lineSegments(line);
  if (segments.length < 2) return false;
  const single = segments.filter((s) => [...s.text].length === 1).length;
  return !(segments.length >= SPREAD_MIN_PIECES && single >= SPREAD_SINGLE_SHARE * segments.length);
}

const lineHeight = (l: TextLine) => l.bbox[3] - l.bbox[1];

/** Maximal runs of lines that look like one table, each with at least `minTabular` tabular lines. */
export function findTableRegions(lines: readonly TextLine[], minTabular = MIN_TABULAR_LINES): TextLine[][] {
  const regions: TextLine[][] = [];
  let run: TextLine[] = [];
  let tabular = 0;
  let pendingShort: TextLine[] = [];
  const close = () => {
    // Short lines right under the last row are its wrapped text; further ones are notes.
    for (const line of pendingShort) {
      const prev = run[run.length - 1];
      if (!prev || line.bbox[1] - prev.bbox[1] > MAX_WRAP_PITCH_EM * line.fontSize) break;
      run.push(line);
    }
    if (tabular >= minTabular) regions.push(run);
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

