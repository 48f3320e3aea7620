import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { IDENTITY, type Matrix } from '../src/geometry.ts';
import { decodeDrawOps, rectangleOf, thinFillLines } from '../src/path-decoding.ts';
import { rulingSegments } from '../src/ruling-lines.ts';

// DrawOPS codes of pdfjs 5.x (src/shared/util.js): moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4.
const M = 0, L = 1, C = 2, Z = 4;
/** Viewport of an A4 page at scale 1: flips y (PDF y up → display y down). */
const A4: Matrix = [1, 0, 0, -1, 0, 842];

/** A 5.x constructPath entry: [paintOp, [Float32Array path], minMax]. */
function path(paintOp: number, ops: number[]): [number, unknown[]] {
  return [OPS.constructPath, [paintOp, [new Float32Array(ops)], new Float32Array([0, 0, 0, 0])]];
}

function opList(entries: [number, unknown[] | null][]) {
  return { fnArray: entries.map((e) => e[0]), argsArray: entries.map((e) => e[1]) };
}

describe('decodeDrawOps', () => {
  it('splits subpaths and marks curves and closing', () => {
    const sps = decodeDrawOps([M, 0, 0, L, 10, 0, L, 10, 10, Z, M, 20, 20, C, 21, 21, 22, 22, 30, 30], IDENTITY);
    expect(sps).toHaveLength(2);
    expect(sps[0]!.closed).toBe(true);
    expect(sps[0]!.points).toHaveLength(3);
    expect(sps[1]!.curved).toEqual([true]);
  });

  it('starts a new subpath at the closed one\'s start when drawing continues after closePath', () => {
    const sps = decodeDrawOps([M, 0, 0, L, 10, 0, Z, L, 0, 10], IDENTITY);
    expect(sps[1]!.points).toEqual([{ x: 0, y: 0 }, { x: 0, y: 10 }]);
  });
});

describe('rectangleOf / thinFillLines', () => {
  it('turns a thin filled rectangle into its centre line and ignores shading', () => {
    const thin = decodeDrawOps([M, 10, 100, L, 200, 100, L, 200, 100.5, L, 10, 100.5, Z], IDENTITY);
    const big = decodeDrawOps([M, 10, 100, L, 200, 100, L, 200, 120, L, 10, 120, Z], IDENTITY);
    expect(rectangleOf(thin[0]!)).toEqual([10, 100, 200, 100.5]);
    const out = thinFillLines([...thin, ...big]);
    expect(out.segments).toEqual([{ x0: 10, y0: 100.25, x1: 200, y1: 100.25 }]);
    expect(out.ignored).toBe(1);
  });
});

describe('rulingSegments', () => {
  it('maps stroked lines through the CTM and the viewport, honouring save/restore', () => {
    const list = opList([
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, 1, 100, 0]],
      path(OPS.stroke, [M, 0, 742, L, 50, 742]), // at y = 742 in PDF space → display y 100, shifted right by 100
      [OPS.restore, null],
      path(OPS.stroke, [M, 0, 742, L, 0, 642]), // after restore: no shift
    ]);
    const { segments } = rulingSegments(list, A4);
    expect(segments).toEqual([
      { x0: 100, y0: 100, x1: 150, y1: 100 },
      { x0: 0, y0: 100, x1: 0, y1: 200 },
    ]);
  });

  it('keeps the four edges of a stroked rectangle (re → moveTo/lineTo×3/closePath)', () => {
    const { segments } = rulingSegments(opList([path(OPS.stroke, [M, 10, 10, L, 60, 10, L, 60, 30, L, 10, 30, Z])]), IDENTITY);
    expect(segments).toHaveLength(4);
  });

  it('keeps thin filled rectangles (Office borders), ignores big fills, white and clipping paths', () => {
    const { segments, ignoredFills } = rulingSegments(opList([
      path(OPS.fill, [M, 10, 10, L, 110, 10, L, 110, 10.5, L, 10, 10.5, Z]),
      path(OPS.fill, [M, 10, 20, L, 110, 20, L, 110, 40, L, 10, 40, Z]),
      path(OPS.endPath, [M, 0, 0, L, 500, 0, L, 500, 500, L, 0, 500, Z]),
      [OPS.setStrokeRGBColor, ['#ffffff']],
      path(OPS.stroke, [M, 0, 300, L, 100, 300]),
    ]), IDENTITY);
    expect(segments).toEqual([{ x0: 10, y0: 10.25, x1: 110, y1: 10.25 }]);
    expect(ignoredFills).toBe(1);
  });

  it('applies form XObject matrices until the form ends', () => {
    const { segments } = rulingSegments(opList([
      [OPS.paintFormXObjectBegin, [new Float32Array([2, 0, 0, 2, 0, 0]), null]],
      path(OPS.stroke, [M, 0, 10, L, 10, 10]),
      [OPS.paintFormXObjectEnd, []],
      path(OPS.stroke, [M, 0, 10, L, 10, 10]),
    ]), IDENTITY);
    expect(segments).toEqual([{ x0: 0, y0: 20, x1: 20, y1: 20 }, { x0: 0, y0: 10, x1: 10, y1: 10 }]);
  });

  it('decodes the pre-5.x form (OPS codes + coordinates, paint op separate) including OPS.rectangle', () => {
    const { segments } = rulingSegments(opList([
      [OPS.constructPath, [[OPS.rectangle], [0, 0, 100, 0.4], [0, 0, 0, 0]]],
      [OPS.fill, []],
      [OPS.constructPath, [[OPS.moveTo, OPS.lineTo], [0, 50, 100, 50], [0, 0, 0, 0]]],
      [OPS.stroke, []],
    ]), IDENTITY);
    expect(segments).toEqual([{ x0: 0, y0: 0.2, x1: 100, y1: 0.2 }, { x0: 0, y0: 50, x1: 100, y1: 50 }]);
  });

  it('skips diagonals (slashed header cells) and counts them', () => {
    const { segments, diagonals } = rulingSegments(opList([path(OPS.stroke, [M, 0, 0, L, 50, 30])]), IDENTITY);
    expect(segments).toEqual([]);
    expect(diagonals).toBe(1);
  });
});
