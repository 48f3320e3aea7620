/**
 * pdfjs operator list → ruling-line segments in display coordinates.
 *
 * In pdfjs-dist 5.6 every painted path is one OPS.constructPath with args
 * [paintOp, [Float32Array drawing ops | null], minMax | null] (see path-decoding.ts).
 * Coordinates are before the CTM, except where pdfjs's optimiser folded a
 * save/transform/constructPath/restore group into the buffer (those ops are then gone).
 * Form XObjects push a matrix with paintFormXObjectBegin; transparency groups only
 * save/restore (the form's own matrix comes with paintFormXObjectBegin). Older pdfjs
 * (≤ 4.x) used constructPath args [OPS codes[], coords[], minMax] followed by a separate
 * paint op; that form is decoded too.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { compose, IDENTITY, type Matrix, type Segment } from './geometry.ts';
import { decodeDrawOps, decodeLegacyPathOps, strokedEdges, thinFillLines, type Subpath } from './path-decoding.ts';

export interface RawOperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

interface GraphicsState {
  ctm: Matrix;
  strokeVisible: boolean;
  fillVisible: boolean;
}

export interface RulingResult {
  segments: Segment[];
  /** Shaded areas ignored (big filled rectangles) and diagonal edges dropped, for diagnostics. */
  ignoredFills: number;
  diagonals: number;
}

const INVISIBLE_COLOURS: ReadonlySet<string> = new Set(['#ffffff', '#fff']);

const STROKE_OPS: ReadonlySet<number> = new Set([OPS.stroke, OPS.closeStroke]);
const FILL_OPS: ReadonlySet<number> = new Set([OPS.fill, OPS.eoFill]);
const FILL_STROKE_OPS: ReadonlySet<number> = new Set([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/** Walks the operator list, tracking the CTM and visibility, and collects ruling segments. */
export function rulingSegments(opList: RawOperatorList, viewport: Matrix): RulingResult {
  const stack: GraphicsState[] = [];
  let state: GraphicsState = { ctm: IDENTITY, strokeVisible: true, fillVisible: true };
  const segments: Segment[] = [];
  let ignoredFills = 0;
  let diagonals = 0;
  let pendingLegacyPath: Subpath[] | null = null;

  const paint = (paintOp: number, subpaths: Subpath[]) => {
    if (paintOp === OPS.closeStroke || paintOp === OPS.closeFillStroke || paintOp === OPS.closeEOFillStroke) {
      for (const sp of subpaths) sp.closed = true;
    }
    if ((STROKE_OPS.has(paintOp) || FILL_STROKE_OPS.has(paintOp)) && state.strokeVisible) {
      const stroked = strokedEdges(subpaths);
      segments.push(...stroked.segments);
      diagonals += stroked.diagonals;
    }
    if ((FILL_OPS.has(paintOp) || FILL_STROKE_OPS.has(paintOp)) && state.fillVisible) {
      const filled = thinFillLines(subpaths);
      segments.push(...filled.segments);
      ignoredFills += filled.ignored;
    }
  };

  for (let i = 0; i < opList.fnArray.length; i++) {
    const fn = opList.fnArray[i];
    const args = opList.argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
      case OPS.beginGroup:
        stack.push(state);
        state = { ...state };
        break;
      case OPS.restore:
      case OPS.endGroup:
      case OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state.ctm = compose(state.ctm, args as unknown as Matrix);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push(state);
        state = { ...state };
        const matrix = args?.[0] as ArrayLike<number> | null | undefined;
        if (matrix && matrix.length === 6) state.ctm = compose(state.ctm, Array.from(matrix) as unknown as Matrix);
        break;
      }
      case OPS.setStrokeRGBColor:
        state.strokeVisible = !INVISIBLE_COLOURS.has(String(args?.[0]).toLowerCase());
        break;
      case OPS.setFillRGBColor:
        state.fillVisible = !INVISIBLE_COLOURS.has(String(args?.[0]).toLowerCase());
        break;
      case OPS.setStrokeTransparent:
        state.strokeVisible = false;
        break;
      case OPS.setFillTransparent:
        state.fillVisible = false;
        break;
      case OPS.setGState:
        for (const entry of (args?.[0] as [string, unknown][] | undefined) ?? []) {
          if (entry[0] === 'CA' && entry[1] === 0) state.strokeVisible = false;
          if (entry[0] === 'ca' && entry[1] === 0) state.fillVisible = false;
        }
        break;
      case OPS.constructPath: {
        const toDisplay = compose(viewport, state.ctm);
        const first = args?.[0];
        if (Array.isArray(first)) {
          // pdfjs ≤ 4.x: [ops, coords, minMax]; the paint op follows separately.
          pendingLegacyPath = decodeLegacyPathOps(first as number[], (args?.[1] as number[]) ?? [], toDisplay);
          break;
        }
        const buffer = (args?.[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
        if (typeof first === 'number' && buffer) paint(first, decodeDrawOps(buffer, toDisplay));
        break;
      }
      default:
        if (pendingLegacyPath && typeof fn === 'number' && (STROKE_OPS.has(fn) || FILL_OPS.has(fn) || FILL_STROKE_OPS.has(fn) || fn === OPS.endPath)) {
          if (fn !== OPS.endPath) paint(fn, pendingLegacyPath);
          pendingLegacyPath = null;
        }
        break;
    }
  }
  return { segments, ignoredFills, diagonals };
}
