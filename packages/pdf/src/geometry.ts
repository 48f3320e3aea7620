/**
 * Plain geometry shared by the extraction steps. Everything downstream of the pdfjs
 * adapters is in display coordinates: points, origin top-left, y growing downwards.
 */
import type { BBox, OcrReading } from '@budget/model';

/** An affine transform [a, b, c, d, e, f] as in PDF and canvas: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export interface Point {
  x: number;
  y: number;
}

/** The transform that applies `inner` first, then `outer` (canvas `ctx.transform` semantics: CTM × M). */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = outer;
  const [a2, b2, c2, d2, e2, f2] = inner;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

export function applyMatrix(m: Matrix, x: number, y: number): Point {
  return { x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] };
}

/** The axis-aligned box around some points. */
export function boundsOf(points: readonly Point[]): BBox {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
  }
  return [x0, y0, x1, y1];
}

export function unionBox(boxes: readonly BBox[]): BBox {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b[0]); y0 = Math.min(y0, b[1]);
    x1 = Math.max(x1, b[2]); y1 = Math.max(y1, b[3]);
  }
  return [x0, y0, x1, y1];
}

export function centreOf(box: BBox): Point {
  return { x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 };
}

export function contains(box: BBox, p: Point, tolerance = 0): boolean {
  return p.x >= box[0] - tolerance && p.x <= box[2] + tolerance && p.y >= box[1] - tolerance && p.y <= box[3] + tolerance;
}

/** Rounds a box to 0.01 pt so output is stable and compact. */
export function roundBox(box: BBox): BBox {
  return box.map((v) => Math.round(v * 100) / 100) as BBox;
}

/** A straight line segment in display coordinates. */
export interface Segment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A horizontal rule: at `y`, from `x0` to `x1` (x0 ≤ x1). */
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}

/** A vertical rule: at `x`, from `y0` to `y1` (y0 ≤ y1). */
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

/** One positioned run of text on a page, in display coordinates. */
export interface TextItem {
  text: string;
  bbox: BBox;
  /** Font size in points as drawn (the text matrix's scale). */
  fontSize: number;
  /** Set on text read by OCR from a page image. */
  ocr?: OcrReading;
}

/** Everything the layout steps need from one page. */
export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: TextItem[];
  segments: Segment[];
}
