import { describe, expect, it } from 'vitest';
import type { HRule, VRule } from '../src/geometry.ts';
import { clusterPositions, coverage, gridBoundaries, gridFromRules, groupRules, mergedCells, openSideExtent } from '../src/grid.ts';

/** Full rules for a plain rows × cols grid. */
function fullGrid(ys: number[], xs: number[]): { h: HRule[]; v: VRule[] } {
  return {
    h: ys.map((y) => ({ y, x0: xs[0]!, x1: xs[xs.length - 1]! })),
    v: xs.map((x) => ({ x, y0: ys[0]!, y1: ys[ys.length - 1]! })),
  };
}

describe('groupRules', () => {
  it('finds separate tables and ignores lone rules', () => {
    const a = fullGrid([10, 20, 30], [10, 50, 90]);
    const b = fullGrid([200, 210, 220], [10, 50, 90]);
    const underline: HRule = { y: 150, x0: 10, x1: 60 };
    const groups = groupRules([...a.h, ...b.h, underline], [...a.v, ...b.v]);
    expect(groups).toHaveLength(2);
    expect(groups[0]!.bbox).toEqual([10, 10, 90, 30]);
    expect(groups[1]!.bbox).toEqual([10, 200, 90, 220]);
  });
});

describe('gridBoundaries', () => {
  it('closes open left and right sides from where the horizontal rules end', () => {
    // Only the inner vertical rule is drawn; the horizontals run from 10 to 90.
    const group = { h: [10, 20, 30].map((y) => ({ y, x0: 10, x1: 90 })), v: [{ x: 50, y0: 10, y1: 30 }], bbox: [10, 10, 90, 30] as [number, number, number, number] };
    expect(gridBoundaries(group)).toEqual({ rows: [10, 20, 30], cols: [10, 50, 90] });
  });

  it('does not open a side for one stray long rule (a frame line merged into the border)', () => {
    expect(openSideExtent([99, 99, 99, 93.8], 99.3, -1)).toBeNull();
    expect(openSideExtent([10, 10, 10], 50, -1)).toBe(10);
  });

  it('clusters nearly equal positions', () => {
    expect(clusterPositions([10, 10.5, 11.2, 30, 30.1])).toEqual([10.566666666666666, 30.05]);
  });
});

describe('coverage', () => {
  it('measures the covered share of an interval', () => {
    expect(coverage([[0, 5], [4, 8]], 0, 10)).toBeCloseTo(0.8);
    expect(coverage([], 0, 10)).toBe(0);
  });
});

describe('mergedCells', () => {
  it('finds a merged header: a cell spanning two columns and one spanning two rows', () => {
    // 3 rows × 3 cols. Row 0: "功能分类科目" over cols 0-1; col 2 spans rows 0-1 ("预算数").
    const ys = [100, 115, 130, 160];
    const xs = [50, 80, 200, 240];
    const h: HRule[] = [
      { y: 100, x0: 50, x1: 240 },
      { y: 115, x0: 50, x1: 200 }, // no rule under "预算数"
      { y: 130, x0: 50, x1: 240 },
      { y: 160, x0: 50, x1: 240 },
    ];
    const v: VRule[] = [
      { x: 50, y0: 100, y1: 160 },
      { x: 80, y0: 115, y1: 160 }, // no rule inside the merged header
      { x: 200, y0: 100, y1: 160 },
      { x: 240, y0: 100, y1: 160 },
    ];
    expect(mergedCells(ys, xs, h, v)).toEqual([
      { row: 0, col: 0, rowSpan: 1, colSpan: 2 },
      { row: 0, col: 2, rowSpan: 2, colSpan: 1 },
      { row: 1, col: 0, rowSpan: 1, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1 },
      { row: 2, col: 0, rowSpan: 1, colSpan: 1 },
      { row: 2, col: 1, rowSpan: 1, colSpan: 1 },
      { row: 2, col: 2, rowSpan: 1, colSpan: 1 },
    ]);
  });

  it('cuts an L-shaped region into rectangles', () => {
    // 2 × 2 where only the border between (1,0) and (1,1) is drawn: region {(0,0),(0,1),(1,0)} + (1,1) alone… plus the outer frame.
    const ys = [0, 10, 20], xs = [0, 10, 20];
    const h: HRule[] = [{ y: 0, x0: 0, x1: 20 }, { y: 20, x0: 0, x1: 20 }, { y: 10, x0: 10, x1: 20 }];
    const v: VRule[] = [{ x: 0, y0: 0, y1: 20 }, { x: 20, y0: 0, y1: 20 }, { x: 10, y0: 10, y1: 20 }];
    const cells = mergedCells(ys, xs, h, v);
    const area = cells.reduce((s, c) => s + c.rowSpan * c.colSpan, 0);
    expect(area).toBe(4);
    expect(cells[0]).toEqual({ row: 0, col: 0, rowSpan: 1, colSpan: 2 });
  });
});

describe('gridFromRules', () => {
  it('rejects a box (one cell) and accepts a real grid', () => {
    const box = fullGrid([10, 50], [10, 90]);
    expect(gridFromRules({ ...box, bbox: [10, 10, 90, 50] })).toBeNull();
    const grid = fullGrid([10, 20, 30], [10, 50, 90]);
    const g = gridFromRules({ ...grid, bbox: [10, 10, 90, 30] })!;
    expect(g.rows).toEqual([10, 20, 30]);
    expect(g.cols).toEqual([10, 50, 90]);
    expect(g.cells).toHaveLength(4);
  });
});
