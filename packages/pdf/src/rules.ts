/**
 * Ruling segments → merged horizontal and vertical rules. Exporters draw one visual rule
 * as many pieces (one per cell edge, doubled as stroke and thin fill, overlapping by a
 * fraction of a point); merging them first makes the grid steps simple.
 */
import type { HRule, Segment, VRule } from './geometry.ts';

/** Distance (pt) within which two rules count as the same line or touching. */
export const RULE_TOLERANCE = 2;
/** Shorter pieces are dots or glyph-like marks, not rules. */
const MIN_RULE_LENGTH = 1;

/** Splits axis-aligned segments into horizontal and vertical rules; very short pieces are dropped. */
export function classifySegments(segments: readonly Segment[]): { h: HRule[]; v: VRule[] } {
  const h: HRule[] = [];
  const v: VRule[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x1 - s.x0), dy = Math.abs(s.y1 - s.y0);
    if (dx >= dy && dx >= MIN_RULE_LENGTH) h.push({ y: (s.y0 + s.y1) / 2, x0: Math.min(s.x0, s.x1), x1: Math.max(s.x0, s.x1) });
    else if (dy > dx && dy >= MIN_RULE_LENGTH) v.push({ x: (s.x0 + s.x1) / 2, y0: Math.min(s.y0, s.y1), y1: Math.max(s.y0, s.y1) });
  }
  return { h, v };
}

/** A rule along one axis: `at` across it, [from, to] along it. */
interface Span1D {
  at: number;
  from: number;
  to: number;
}

/**
 * Groups rules whose `at` lies within `tolerance` of the group's first member, then joins
 * pieces in each group that overlap or nearly touch. The merged `at` is the length-weighted mean.
 */
export function mergeCollinear(rules: readonly Span1D[], tolerance = RULE_TOLERANCE): Span1D[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at);
  const merged: Span1D[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.at - sorted[i]!.at <= tolerance) j++;
    const group = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    let run: Span1D[] = [];
    const flush = () => {
      if (!run.length) return;
      const length = run.reduce((s, r) => s + Math.max(r.to - r.from, 0.01), 0);
      const at = run.reduce((s, r) => s + r.at * Math.max(r.to - r.from, 0.01), 0) / length;
      merged.push({ at, from: Math.min(...run.map((r) => r.from)), to: Math.max(...run.map((r) => r.to)) });
      run = [];
    };
    let reach = -Infinity;
    for (const r of group) {
      if (run.length && r.from > reach + tolerance) flush();
      run.push(r);
      reach = Math.max(run.length === 1 ? r.to : reach, r.to);
    }
    flush();
    i = j;
  }
  return merged;
}

export function mergeHRules(rules: readonly HRule[], tolerance = RULE_TOLERANCE): HRule[] {
  return mergeCollinear(rules.map((r) => ({ at: r.y, from: r.x0, to: r.x1 })), tolerance)
    .map((s) => ({ y: s.at, x0: s.from, x1: s.to }))
    .sort((a, b) => a.y - b.y || a.x0 - b.x0);
}

export function mergeVRules(rules: readonly VRule[], tolerance = RULE_TOLERANCE): VRule[] {
  return mergeCollinear(rules.map((r) => ({ at: r.x, from: r.y0, to: r.y1 })), tolerance)
    .map((s) => ({ x: s.at, y0: s.from, y1: s.to }))
    .sort((a, b) => a.x - b.x || a.y0 - b.y0);
}

/** Keeps the parts of rules that lie on the page (clipped content is often drawn off-page). */
export function clipToPage(rules: { h: HRule[]; v: VRule[] }, width: number, height: number): { h: HRule[]; v: VRule[] } {
  const m = RULE_TOLERANCE;
  return {
    h: rules.h
      .filter((r) => r.y >= -m && r.y <= height + m && r.x1 >= 0 && r.x0 <= width)
      .map((r) => ({ y: r.y, x0: Math.max(r.x0, 0), x1: Math.min(r.x1, width) })),
    v: rules.v
      .filter((r) => r.x >= -m && r.x <= width + m && r.y1 >= 0 && r.y0 <= height)
      .map((r) => ({ x: r.x, y0: Math.max(r.y0, 0), y1: Math.min(r.y1, height) })),
  };
}

/** The whole pipeline from raw segments to merged rules on the page. */
export function rulesFromSegments(segments: readonly Segment[], width: number, height: number): { h: HRule[]; v: VRule[] } {
  const { h, v } = classifySegments(segments);
  return clipToPage({ h: mergeHRules(h), v: mergeVRules(v) }, width, height);
}
