/**
 * Text items → visual lines: items whose vertical centres agree, in x order. Used for
 * cell text, paragraphs and aligned-table detection alike.
 */
import type { BBox } from '@budget/model';
import { unionBox, type TextItem } from './geometry.ts';

export interface TextLine {
  items: TextItem[];
  bbox: BBox;
  text: string;
  /** The font size most of the line's characters are set in. */
  fontSize: number;
}

/** Items on one line may differ this much in centre, as a share of the smaller height. */
const SAME_LINE_SHARE = 0.5;
/** A gap wider than this share of the font size is printed as a space. */
const SPACE_GAP_SHARE = 0.25;

const height = (it: TextItem) => it.bbox[3] - it.bbox[1];
const centreY = (it: TextItem) => (it.bbox[1] + it.bbox[3]) / 2;

/** Joins the items of one line left to right; a visible gap becomes one space, runs of spaces collapse. */
export function joinLineItems(items: readonly TextItem[]): string {
  const sorted = [...items].sort((a, b) => a.bbox[0] - b.bbox[0]);
  let out = '';
  let prev: TextItem | null = null;
  for (const it of sorted) {
    const text = it.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (prev) {
      const gap = it.bbox[0] - prev.bbox[2];
      out += gap > SPACE_GAP_SHARE * Math.min(it.fontSize, prev.fontSize) ? ' ' : '';
    }
    out += text;
    prev = it;
  }
  return out;
}

/** The font size carrying the most characters. */
export function dominantFontSize(items: readonly TextItem[]): number {
  const weight = new Map<number, number>();
  for (const it of items) {
    const size = Math.round(it.fontSize * 10) / 10;
    weight.set(size, (weight.get(size) ?? 0) + it.text.trim().length);
  }
  let best = 0, bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight || (w === bestWeight && size > best)) { best = size; bestWeight = w; }
  return best;
}

export function makeLine(items: TextItem[]): TextLine {
  const sorted = [...items].sort((a, b) => a.bbox[0] - b.bbox[0]);
  return { items: sorted, bbox: unionBox(sorted.map((i) => i.bbox)), text: joinLineItems(sorted), fontSize: dominantFontSize(sorted) };
}

/** Groups items into visual lines, top to bottom. */
export function groupLines(items: readonly TextItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => centreY(a) - centreY(b) || a.bbox[0] - b.bbox[0]);
  const groups: TextItem[][] = [];
  let current: TextItem[] = [];
  let sumCentre = 0, minHeight = Infinity;
  for (const it of sorted) {
    if (current.length) {
      const lineCentre = sumCentre / current.length;
      if (Math.abs(centreY(it) - lineCentre) > SAME_LINE_SHARE * Math.min(height(it), minHeight)) {
        groups.push(current);
        current = []; sumCentre = 0; minHeight = Infinity;
      }
    }
    current.push(it);
    sumCentre += centreY(it);
    minHeight = Math.min(minHeight, height(it));
  }
  if (current.length) groups.push(current);
  return groups.map(makeLine);
}

/** Splits a line where the horizontal gap between items exceeds `gapEm` font sizes. */
export function splitAtGaps(line: TextLine, gapEm: number): TextLine[] {
  const parts: TextItem[][] = [];
  let reach = -Infinity;
  for (const it of line.items) {
    const last = parts[parts.length - 1];
    if (last && it.bbox[0] - reach <= gapEm * Math.max(it.fontSize, 1)) {
      last.push(it);
      reach = Math.max(reach, it.bbox[2]);
    } else {
      parts.push([it]);
      reach = it.bbox[2];
    }
  }
  return parts.map(makeLine);
}
