/**
 * The printed lines of a page image (its tables painted out), as boxes: bands of rows with
 * ink, each split where a gap is wider than the band is high (a title in the middle and
 * 附表4 at the right margin are two boxes). Tesseract reads a cropped line far better than
 * a whole page: page-level reading of a scan turns 支出功能分类预算表 into …预算夫, the same
 * line cropped alone reads right.
 */
import { inkRuns, rowHasInk, type GreyImage } from './grey-image.ts';

export interface LineBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const DARK = 128;
/** Blank rows that end a band (fewer are the gaps inside a glyph, or between 二 strokes). */
const BLANK_ROWS = 3;
/** Bands lower than this (pixels) are specks, not text. */
const MIN_HEIGHT_PX = 8;

export function textLineBoxes(image: GreyImage): LineBox[] {
  const { width, data } = image;
  const boxes: LineBox[] = [];
  for (const [y0, y1] of inkRuns(image.height, (y) => rowHasInk(image, y, DARK), BLANK_ROWS - 1)) {
    const bandHeight = y1 - y0;
    if (bandHeight < MIN_HEIGHT_PX) continue;
    const colInked = (x: number) => {
      for (let y = y0; y < y1; y++) if (data[y * width + x]! < DARK) return true;
      return false;
    };
    for (const [x0, x1] of inkRuns(width, colInked, Math.max(BLANK_ROWS, Math.round(1.5 * bandHeight)) - 1)) {
      boxes.push({ x0, y0, x1, y1 });
    }
  }
  return boxes;
}

/** Boxes that share an edge within this many pixels stand in one column. */
const ALIGN_PX = 12;
/** A column of a table drawn without rules has at least this many lines. */
const MIN_COLUMN_LINES = 3;

/**
 * Columns of a table printed without rules: boxes whose right edges line up (figures are
 * right-aligned), else whose left edges do (codes, names), at least three of them. The key
 * of each box's column, or undefined for a box in none.
 */
export function alignedColumnKeys(boxes: readonly LineBox[]): (string | undefined)[] {
  const keys: (string | undefined)[] = boxes.map(() => undefined);
  for (const edge of ['x1', 'x0'] as const) {
    const open = boxes.map((b, i) => i).filter((i) => keys[i] === undefined).sort((a, b) => boxes[a]![edge] - boxes[b]![edge]);
    let group: number[] = [];
    const close = () => {
      if (group.length >= MIN_COLUMN_LINES) for (const i of group) keys[i] = `${edge}:${boxes[group[0]!]![edge]}`;
      group = [];
    };
    for (const i of open) {
      if (group.length && boxes[i]![edge] - boxes[group[group.length - 1]!]![edge] > ALIGN_PX) close();
      group.push(i);
    }
    close();
  }
  return keys;
}
