/**
 * Merged rules → ruled grids: connected groups of crossing rules, their row and column
 * boundaries, and which elementary cells are merged (a missing border between them).
 */
import type { BBox } from '@budget/model';
import type { HRule, VRule } from './geometry.ts';
import { RULE_TOLERANCE } from './rules.ts';

/** A connected set of rules: one table's ruling. */
export interface RuleGroup {
  h: HRule[];
  v: VRule[];
  bbox: BBox;
}

/** A table skeleton: boundaries (ascending) and the merged cells over the elementary grid. */
export interface Grid {
  rows: number[];
  cols: number[];
  bbox: BBox;
  /** Anchor cells with spans, in row-major order of their top-left position. */
  cells: GridCell[];
}

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

function crosses(h: HRule, v: VRule, tolerance: number): boolean {
  return v.x >= h.x0 - tolerance && v.x <= h.x1 + tolerance && h.y >= v.y0 - tolerance && h.y <= v.y1 + tolerance;
}

/** Union-find over indices; returns the root of each index. */
function components(n: number, edges: Iterable<[number, number]>): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  };
  for (const [a, b] of edges) {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  }
  return parent.map((_, i) => find(i));
}

/** Groups rules that touch or cross (directly or through others). Rules touching nothing form no group. */
export function groupRules(h: readonly HRule[], v: readonly VRule[], tolerance = RULE_TOLERANCE): RuleGroup[] {
  const edges: [number, number][] = [];
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) if (crosses(h[i]!, v[j]!, tolerance)) edges.push([i, h.length + j]);
  }
  const root = components(h.length + v.length, edges);
  const byRoot = new Map<number, RuleGroup>();
  const groupOf = (i: number) => {
    let g = byRoot.get(root[i]!);
    if (!g) { g = { h: [], v: [], bbox: [Infinity, Infinity, -Infinity, -Infinity] }; byRoot.set(root[i]!, g); }
    return g;
  };
  h.forEach((r, i) => {
    const g = groupOf(i);
    g.h.push(r);
    g.bbox = [Math.min(g.bbox[0], r.x0), Math.min(g.bbox[1], r.y), Math.max(g.bbox[2], r.x1), Math.max(g.bbox[3], r.y)];
  });
  v.forEach((r, j) => {
    const g = groupOf(h.length + j);
    g.v.push(r);
    g.bbox = [Math.min(g.bbox[0], r.x), Math.min(g.bbox[1], r.y0), Math.max(g.bbox[2], r.x), Math.max(g.bbox[3], r.y1)];
  });
  return [...byRoot.values()].filter((g) => g.h.length > 0 && g.v.length > 0).sort((a, b) => a.bbox[1] - b.bbox[1]);
}

/** Sorted positions with near-duplicates (within tolerance of the previous kept one) collapsed to their mean. */
export function clusterPositions(values: readonly number[], tolerance = RULE_TOLERANCE): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[0]! > tolerance) { out.push(group.reduce((s, x) => s + x, 0) / group.length); group = []; }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** Rules must stick out this far past the frame to open a side, and at least this many of them. */
const OPEN_SIDE_MIN_RULES = 2;

/**
 * Where a table's side is open (no outer rule on that side), the rules of the other
 * axis run past the outermost crossing rule; the side is then where most of them end.
 * One stray long rule (a frame, an underline merged into the bottom border) is not enough.
 */
export function openSideExtent(ends: readonly number[], frame: number, direction: -1 | 1, tolerance = RULE_TOLERANCE): number | null {
  const beyond = ends.filter((e) => (e - frame) * direction > tolerance);
  if (beyond.length < OPEN_SIDE_MIN_RULES || beyond.length < ends.length / 3) return null;
  const sorted = [...beyond].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Row boundaries come from horizontal rules, column boundaries from vertical ones. Where
 * a table has open sides, the other axis's rules close it (see openSideExtent).
 */
export function gridBoundaries(group: RuleGroup, tolerance = RULE_TOLERANCE): { rows: number[]; cols: number[] } {
  const hYs = group.h.map((r) => r.y), vXs = group.v.map((r) => r.x);
  const [top, bottom] = [Math.min(...hYs), Math.max(...hYs)];
  const [left, right] = [Math.min(...vXs), Math.max(...vXs)];
  const colExtents = [
    openSideExtent(group.h.map((r) => r.x0), left, -1, tolerance),
    openSideExtent(group.h.map((r) => r.x1), right, 1, tolerance),
  ].filter((x): x is number => x !== null);
  const rowExtents = [
    openSideExtent(group.v.map((r) => r.y0), top, -1, tolerance),
    openSideExtent(group.v.map((r) => r.y1), bottom, 1, tolerance),
  ].filter((y): y is number => y !== null);
  return {
    rows: clusterPositions([...hYs, ...rowExtents], tolerance),
    cols: clusterPositions([...vXs, ...colExtents], tolerance),
  };
}

/** The fraction of [from, to] covered by the union of the given intervals. */
export function coverage(intervals: readonly [number, number][], from: number, to: number): number {
  if (to <= from) return 1;
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let covered = 0, reach = from;
  for (const [a, b] of clipped) {
    if (b <= reach) continue;
    covered += b - Math.max(a, reach);
    reach = b;
  }
  return covered / (to - from);
}

/** A border counts as drawn when rules cover at least this share of it. */
const BORDER_MIN_COVERAGE = 0.6;

/** Whether a vertical border is drawn at x between y0 and y1. */
export function hasVerticalBorder(v: readonly VRule[], x: number, y0: number, y1: number, tolerance = RULE_TOLERANCE): boolean {
  const near = v.filter((r) => Math.abs(r.x - x) <= tolerance).map((r) => [r.y0, r.y1] as [number, number]);
  return coverage(near, y0 + tolerance, y1 - tolerance) >= BORDER_MIN_COVERAGE;
}

/** Whether a horizontal border is drawn at y between x0 and x1. */
export function hasHorizontalBorder(h: readonly HRule[], y: number, x0: number, x1: number, tolerance = RULE_TOLERANCE): boolean {
  const near = h.filter((r) => Math.abs(r.y - y) <= tolerance).map((r) => [r.x0, r.x1] as [number, number]);
  return coverage(near, x0 + tolerance, x1 - tolerance) >= BORDER_MIN_COVERAGE;
}

/**
 * Merged cells: elementary cells not separated by a drawn border belong together. Regions
 * are cut into rectangles (row-major, widest first) so odd shapes still give valid spans.
 */
export function mergedCells(rows: readonly number[], cols: readonly number[], h: readonly HRule[], v: readonly VRule[], tolerance = RULE_TOLERANCE): GridCell[] {
  const nR = rows.length - 1, nC = cols.length - 1;
  if (nR <= 0 || nC <= 0) return [];
  const id = (r: number, c: number) => r * nC + c;
  const edges: [number, number][] = [];
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      if (c + 1 < nC && !hasVerticalBorder(v, cols[c + 1]!, rows[r]!, rows[r + 1]!, tolerance)) edges.push([id(r, c), id(r, c + 1)]);
      if (r + 1 < nR && !hasHorizontalBorder(h, rows[r + 1]!, cols[c]!, cols[c + 1]!, tolerance)) edges.push([id(r, c), id(r + 1, c)]);
    }
  }
  const region = components(nR * nC, edges);
  const taken = new Array<boolean>(nR * nC).fill(false);
  const cells: GridCell[] = [];
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      if (taken[id(r, c)]) continue;
      const reg = region[id(r, c)];
      let colSpan = 1;
      while (c + colSpan < nC && !taken[id(r, c + colSpan)] && region[id(r, c + colSpan)] === reg) colSpan++;
      let rowSpan = 1;
      const rowFits = (rr: number) => {
        for (let cc = c; cc < c + colSpan; cc++) if (taken[id(rr, cc)] || region[id(rr, cc)] !== reg) return false;
        return true;
      };
      while (r + rowSpan < nR && rowFits(r + rowSpan)) rowSpan++;
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) taken[id(rr, cc)] = true;
      cells.push({ row: r, col: c, rowSpan, colSpan });
    }
  }
  return cells;
}

/**
 * From a rule group to a grid, or null when it is no table (a box, an underline). One row
 * is enough (the last row of a table the page break cut off), one column is not.
 */
export function gridFromRules(group: RuleGroup, tolerance = RULE_TOLERANCE): Grid | null {
  const { rows, cols } = gridBoundaries(group, tolerance);
  if (rows.length < 2 || cols.length < 3) return null;
  const cells = mergedCells(rows, cols, group.h, group.v, tolerance);
  if (cells.length < 2) return null;
  return { rows, cols, bbox: [cols[0]!, rows[0]!, cols[cols.length - 1]!, rows[rows.length - 1]!], cells };
}
