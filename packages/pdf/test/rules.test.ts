import { describe, expect, it } from 'vitest';
import { classifySegments, clipToPage, mergeCollinear, mergeHRules, mergeVRules, rulesFromSegments } from '../src/rules.ts';

describe('classifySegments', () => {
  it('splits horizontal and vertical segments, normalising direction', () => {
    const { h, v } = classifySegments([
      { x0: 100, y0: 50, x1: 10, y1: 50.4 },
      { x0: 10, y0: 80, x1: 10, y1: 20 },
      { x0: 5, y0: 5, x1: 5.3, y1: 5.2 }, // a dot
    ]);
    expect(h).toEqual([{ y: 50.2, x0: 10, x1: 100 }]);
    expect(v).toEqual([{ x: 10, y0: 20, y1: 80 }]);
  });
});

describe('mergeCollinear', () => {
  it('joins overlapping and nearly touching pieces of one rule (one piece per cell edge)', () => {
    const merged = mergeHRules([
      { y: 100, x0: 10, x1: 50 },
      { y: 100.5, x0: 50.8, x1: 90 },
      { y: 99.8, x0: 89, x1: 120 },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.x0).toBe(10);
    expect(merged[0]!.x1).toBe(120);
    expect(merged[0]!.y).toBeCloseTo(100.1, 0);
  });

  it('keeps pieces apart when the gap is wider than the tolerance', () => {
    expect(mergeHRules([{ y: 100, x0: 10, x1: 50 }, { y: 100, x0: 60, x1: 90 }])).toHaveLength(2);
  });

  it('keeps rules at different positions apart', () => {
    expect(mergeVRules([{ x: 10, y0: 0, y1: 50 }, { x: 20, y0: 0, y1: 50 }])).toHaveLength(2);
  });

  it('collapses a double line (stroke plus thin fill) into one rule', () => {
    expect(mergeCollinear([{ at: 10, from: 0, to: 100 }, { at: 10.6, from: 0, to: 100 }])).toHaveLength(1);
  });
});

describe('clipToPage', () => {
  it('drops rules off the page and trims the ones running past its edge', () => {
    const out = clipToPage({ h: [{ y: -20, x0: 0, x1: 10 }, { y: 50, x0: -10, x1: 700 }], v: [{ x: 900, y0: 0, y1: 10 }] }, 600, 800);
    expect(out.h).toEqual([{ y: 50, x0: 0, x1: 600 }]);
    expect(out.v).toEqual([]);
  });

  it('rulesFromSegments runs the whole chain', () => {
    const { h, v } = rulesFromSegments([{ x0: 0, y0: 10, x1: 50, y1: 10 }, { x0: 50, y0: 10, x1: 100, y1: 10 }, { x0: 0, y0: 10, x1: 0, y1: 90 }], 200, 200);
    expect(h).toEqual([{ y: 10, x0: 0, x1: 100 }]);
    expect(v).toEqual([{ x: 0, y0: 10, y1: 90 }]);
  });
});
