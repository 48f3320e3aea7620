/**
 * pdfjs text content → TextItems in display coordinates. Works for rotated pages because
 * every corner goes through the viewport transform (PDF user space → display).
 */
import type { BBox } from '@budget/model';
import { applyMatrix, boundsOf, compose, type Matrix, type TextItem } from './geometry.ts';

/** The fields of a pdfjs text item this module reads (pdfjs `TextItem`). */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
}

/** The font metrics pdfjs reports per font name (`textContent.styles`). */
export interface RawTextStyle {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

const DEFAULT_ASCENT = 0.85;
const DEFAULT_DESCENT = -0.15;

/** Fonts without metrics report 0 or odd values; fall back to typical CJK metrics then. */
function usableMetrics(style: RawTextStyle | undefined): { ascent: number; descent: number } {
  const ascent = style?.ascent !== undefined && style.ascent > 0.5 && style.ascent < 1.3 ? style.ascent : DEFAULT_ASCENT;
  const descent = style?.descent !== undefined && style.descent < 0 && style.descent > -0.6 ? style.descent : DEFAULT_DESCENT;
  return { ascent, descent };
}

/**
 * The box of one item in display coordinates: the advance along the text direction,
 * ascent/descent across it, every corner mapped through the viewport.
 */
export function textItemBox(item: RawTextItem, style: RawTextStyle | undefined, viewport: Matrix): { bbox: BBox; fontSize: number } {
  const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
  const { ascent, descent } = usableMetrics(style);
  // Unit glyph space: x along the baseline in points of advance, y up in font-size units.
  const run: Matrix = [a / (Math.hypot(a, b) || 1), b / (Math.hypot(a, b) || 1), c, d, e, f];
  const toDisplay = compose(viewport, run);
  const vertical = style?.vertical === true;
  const advance = vertical ? 0 : item.width;
  const corners = [
    applyMatrix(toDisplay, 0, descent),
    applyMatrix(toDisplay, advance, descent),
    applyMatrix(toDisplay, 0, ascent),
    applyMatrix(toDisplay, advance, ascent),
  ];
  if (vertical) {
    // Vertical fonts advance downwards by `height`; the glyphs are one em wide.
    const down = compose(viewport, [c / (Math.hypot(c, d) || 1), d / (Math.hypot(c, d) || 1), a, b, e, f]);
    corners.push(applyMatrix(down, -item.height, -0.5), applyMatrix(down, -item.height, 0.5));
  }
  return { bbox: boundsOf(corners), fontSize };
}

/** Converts pdfjs items, dropping empty and whitespace-only ones (pdfjs emits spaces and EOLs as items). */
export function toTextItems(items: readonly RawTextItem[], styles: Record<string, RawTextStyle>, viewport: Matrix): TextItem[] {
  const out: TextItem[] = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const { bbox, fontSize } = textItemBox(item, item.fontName ? styles[item.fontName] : undefined, viewport);
    if (!bbox.every(Number.isFinite)) continue;
    out.push({ text: item.str, bbox, fontSize });
  }
  return out;
}

/**
 * Items whose baseline does not run left to right on the displayed page (vertical writing,
 * rotated labels, a page whose /Rotate turns its text sideways): line grouping and reading
 * order are approximate for them.
 */
export function countSideways(items: readonly RawTextItem[], styles: Record<string, RawTextStyle>, viewport: Matrix): number {
  let count = 0;
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    if (item.fontName && styles[item.fontName]?.vertical) { count++; continue; }
    const [a, b] = item.transform as [number, number];
    const dx = viewport[0] * a + viewport[2] * b;
    const dy = viewport[1] * a + viewport[3] * b;
    if (!(dx > Math.abs(dy))) count++;
  }
  return count;
}
