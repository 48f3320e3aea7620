import { describe, expect, it } from 'vitest';
import { compactLayout } from '../src/layout.ts';

describe('compactLayout', () => {
  it('drops a boundary no cell starts at (a stray rule) and renumbers the spans', () => {
    // No cell starts at the column boundary x=50 (every row spans it): it came from a short stray rule.
    const out = compactLayout([0, 10, 20], [0, 50, 60, 100], [
      { row: 0, col: 0, rowSpan: 1, colSpan: 3 },
      { row: 1, col: 0, rowSpan: 1, colSpan: 2 },
      { row: 1, col: 2, rowSpan: 1, colSpan: 1 },
    ]);
    expect(out.cols).toEqual([0, 60, 100]);
    expect(out.cells).toEqual([
      { row: 0, col: 0, rowSpan: 1, colSpan: 2 },
      { row: 1, col: 0, rowSpan: 1, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1 },
    ]);
  });
});
