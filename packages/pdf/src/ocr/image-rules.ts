/**
 * Ruling lines of a scanned page: long runs of dark pixels along rows (horizontal rules)
 * and columns (vertical rules), as Segments in points, so the grid steps digital pages use
 * (rules → grids → cells) read scans too. A thick or slightly grey line gives several
 * adjacent runs; rules.ts merges them as it merges an exporter's doubled strokes.
 */
import type { Segment } from '../geometry.ts';
import { inkRuns, type GreyImage } from './grey-image.ts';

/** Darker than this counts as ink (scans are grey and JPEG-blurred). */
const DARK = 128;
/** A rule is at least this long (points): longer than any glyph stroke. */
const MIN_RULE_PT = 24;
/** Gaps of up to this many pixels inside a run are bridged (broken lines in a scan). */
const GAP_PX = 2;

/** `pxPerPt` = dpi / 72. */
export function ruleSegments(image: GreyImage, pxPerPt: number): Segment[] {
  const { width, height, data } = image;
  const minLength = MIN_RULE_PT * pxPerPt;
  const segments: Segment[] = [];
  for (let y = 0; y < height; y++) {
    for (const [a, b] of inkRuns(width, (x) => data[y * width + x]! < DARK, GAP_PX, minLength)) {
      segments.push({ x0: a / pxPerPt, y0: (y + 0.5) / pxPerPt, x1: b / pxPerPt, y1: (y + 0.5) / pxPerPt });
    }
  }
  for (let x = 0; x < width; x++) {
    for (const [a, b] of inkRuns(height, (y) => data[y * width + x]! < DARK, GAP_PX, minLength)) {
      segments.push({ x0: (x + 0.5) / pxPerPt, y0: a / pxPerPt, x1: (x + 0.5) / pxPerPt, y1: b / pxPerPt });
    }
  }
  return segments;
}
