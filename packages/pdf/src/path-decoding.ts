/**
 * pdfjs path data → subpaths, and subpaths → ruling segments (stroked edges, thin fills).
 *
 * Checked against pdfjs-dist 5.6 (src/core/evaluator.js `buildPath`, display/canvas.js
 * `constructPath`): drawing op codes (DrawOPS, not exported) are moveTo 0, lineTo 1,
 * curveTo 2, quadraticCurveTo 3, closePath 4; `re` becomes moveTo/lineTo×3/closePath (or
 * moveTo/lineTo/closePath when width or height is 0). pdfjs ≤ 4.x used OPS codes with a
 * flat coordinate array instead; decodeLegacyPathOps reads that form.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { applyMatrix, type Matrix, type Point, type Segment } from './geometry.ts';

const DRAW_MOVE_TO = 0;
const DRAW_LINE_TO = 1;
const DRAW_CURVE_TO = 2;
const DRAW_QUADRATIC_CURVE_TO = 3;
const DRAW_CLOSE_PATH = 4;

/** A filled rectangle thinner than this (pt) is a drawn border, not a shaded background. */
export const THIN_FILL_MAX = 2;
/** Edges off the axis by more than this (pt) are diagonals (slashed header cells), not rules. */
const AXIS_TOLERANCE = 1;

/** One subpath in display coordinates; `curved[i]` tells whether the edge ending at point i+1 is a curve. */
export interface Subpath {
  points: Point[];
  curved: boolean[];
  closed: boolean;
}

/** Splits a 5.x Float32Array path into subpaths, mapping points through `toDisplay`. */
export function decodeDrawOps(buffer: ArrayLike<number>, toDisplay: Matrix): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | null = null;
  let start: Point | null = null;
  const at = (x: number, y: number) => applyMatrix(toDisplay, x, y);
  const extend = (p: Point, curved: boolean) => {
    if (!current || current.closed) {
      const from = current?.closed && start ? start : p;
      current = { points: [from], curved: [], closed: false };
      subpaths.push(current);
      if (from === p) return;
    }
    current.points.push(p);
    current.curved.push(curved);
  };
  for (let i = 0; i < buffer.length; ) {
    const op = buffer[i++];
    switch (op) {
      case DRAW_MOVE_TO: {
        start = at(buffer[i]!, buffer[i + 1]!);
        i += 2;
        current = { points: [start], curved: [], closed: false };
        subpaths.push(current);
        break;
      }
      case DRAW_LINE_TO:
        extend(at(buffer[i]!, buffer[i + 1]!), false);
        i += 2;
        break;
      case DRAW_CURVE_TO:
        extend(at(buffer[i + 4]!, buffer[i + 5]!), true);
        i += 6;
        break;
      case DRAW_QUADRATIC_CURVE_TO:
        extend(at(buffer[i + 2]!, buffer[i + 3]!), true);
        i += 4;
        break;
      case DRAW_CLOSE_PATH:
        if (current) current.closed = true;
        break;
      default:
        // Unknown code: the rest of the buffer cannot be parsed reliably.
        return subpaths;
    }
  }
  return subpaths;
}

/** Decodes the pre-5.x constructPath form: OPS codes with a flat coordinate array. */
export function decodeLegacyPathOps(ops: readonly number[], coords: readonly number[], toDisplay: Matrix): Subpath[] {
  const buffer: number[] = [];
  let j = 0;
  for (const op of ops) {
    switch (op) {
      case OPS.moveTo: buffer.push(DRAW_MOVE_TO, coords[j++]!, coords[j++]!); break;
      case OPS.lineTo: buffer.push(DRAW_LINE_TO, coords[j++]!, coords[j++]!); break;
      case OPS.curveTo: buffer.push(DRAW_CURVE_TO, ...coords.slice(j, j + 6)); j += 6; break;
      case OPS.curveTo2:
      case OPS.curveTo3: buffer.push(DRAW_QUADRATIC_CURVE_TO, ...coords.slice(j, j + 4)); j += 4; break;
      case OPS.closePath: buffer.push(DRAW_CLOSE_PATH); break;
      case OPS.rectangle: {
        const [x, y, w, h] = coords.slice(j, j + 4) as [number, number, number, number];
        j += 4;
        buffer.push(DRAW_MOVE_TO, x, y, DRAW_LINE_TO, x + w, y, DRAW_LINE_TO, x + w, y + h, DRAW_LINE_TO, x, y + h, DRAW_CLOSE_PATH);
        break;
      }
      default: break;
    }
  }
  return decodeDrawOps(buffer, toDisplay);
}

/** The axis-aligned edges of stroked subpaths; curves and diagonals are skipped. */
export function strokedEdges(subpaths: readonly Subpath[]): { segments: Segment[]; diagonals: number } {
  const segments: Segment[] = [];
  let diagonals = 0;
  for (const sp of subpaths) {
    const pts = sp.closed && sp.points.length > 2 ? [...sp.points, sp.points[0]!] : sp.points;
    for (let i = 0; i + 1 < pts.length; i++) {
      if (sp.curved[i]) continue;
      const a = pts[i]!, b = pts[i + 1]!;
      const dx = Math.abs(a.x - b.x), dy = Math.abs(a.y - b.y);
      if (dx <= AXIS_TOLERANCE || dy <= AXIS_TOLERANCE) segments.push({ x0: a.x, y0: a.y, x1: b.x, y1: b.y });
      else diagonals++;
    }
  }
  return { segments, diagonals };
}

/** A subpath that is an axis-aligned rectangle, as its box; null for other shapes. */
export function rectangleOf(sp: Subpath): [number, number, number, number] | null {
  if (sp.curved.some(Boolean)) return null;
  const pts = sp.points;
  if (pts.length < 2 || pts.length > 5) return null;
  const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const onCorner = (p: Point) =>
    (Math.abs(p.x - x0) < 0.01 || Math.abs(p.x - x1) < 0.01) && (Math.abs(p.y - y0) < 0.01 || Math.abs(p.y - y1) < 0.01);
  return pts.every(onCorner) ? [x0, y0, x1, y1] : null;
}

/**
 * Filled subpaths that are thin rectangles become their centre line (Word/Excel exports
 * draw borders that way); thick ones are cell shading and are ignored.
 */
export function thinFillLines(subpaths: readonly Subpath[]): { segments: Segment[]; ignored: number } {
  const segments: Segment[] = [];
  let ignored = 0;
  for (const sp of subpaths) {
    const rect = rectangleOf(sp);
    if (!rect) { ignored++; continue; }
    const [x0, y0, x1, y1] = rect;
    const w = x1 - x0, h = y1 - y0;
    if (Math.min(w, h) > THIN_FILL_MAX) { ignored++; continue; }
    if (Math.max(w, h) < 1) continue; // a dot (border corner); the edges around it carry the rule
    if (w >= h) segments.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
    else segments.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
  }
  return { segments, ignored };
}

