/** Aligned tables, step 4: one row's cells, with header cells spanning the columns they head. */
import { columnAt, pieceCentre } from './aligned-columns.ts';
import { linePieces } from './aligned-regions.ts';
import type { TextLine } from './lines.ts';

/**
 * One row's cells. In header rows (given the estimated cell edges) a piece may span empty
 * neighbouring columns: headers are centred over the columns they head. A piece wider than
 * its column takes the best-centred span wide enough for it; one that fits spans only
 * where that span's middle is clearly (a font size) closer than its own column's.
 */
export function rowCells(
  row: readonly TextLine[],
  rowIndex: number,
  cols: readonly number[],
  headerEdges: readonly number[] | null,
): { row: number; col: number; rowSpan: number; colSpan: number }[] {
  const nCols = cols.length - 1;
  const pieces = row.flatMap(linePieces);
  const occupied = new Array<boolean>(nCols).fill(false);
  for (const p of pieces) {
    const c = columnAt(cols, pieceCentre(p));
    if (c >= 0) occupied[c] = true;
  }
  const spanEnd = Array.from({ length: nCols }, (_, c) => c);
  const spanStart = Array.from({ length: nCols }, (_, c) => c);
  const middle = (a: number, b: number) => (headerEdges![a]! + headerEdges![b + 1]!) / 2;
  for (const p of headerEdges ? pieces : []) {
    const c = columnAt(cols, pieceCentre(p));
    if (c < 0) continue;
    const width = p.bbox[2] - p.bbox[0];
    const span = (a: number, b: number) => headerEdges![b + 1]! - headerEdges![a]!;
    // A piece wider than its column must span; one that fits spans only when clearly better centred.
    const fits = width <= span(c, c);
    let best: [number, number] = [c, c];
    let bestDistance = fits ? Math.abs(pieceCentre(p) - middle(c, c)) - p.fontSize : Infinity;
    for (let a = c; a >= 0 && (a === c || !occupied[a]); a--) {
      for (let b = c; b < nCols && (b === c || !occupied[b]); b++) {
        if ((a === c && b === c) || (!fits && span(a, b) < width)) continue;
        const distance = Math.abs(pieceCentre(p) - middle(a, b));
        if (distance < bestDistance) { best = [a, b]; bestDistance = distance; }
      }
    }
    spanStart[c] = Math.min(spanStart[c]!, best[0]);
    spanEnd[c] = Math.max(spanEnd[c]!, best[1]);
  }
  const cells = [];
  for (let c = 0; c < nCols; ) {
    // The first text column whose span covers c claims it (spans only reach into empty columns).
    const anchor = spanStart.findIndex((s, k) => s <= c && spanEnd[k]! >= c && occupied[k]);
    const to = anchor >= 0 ? spanEnd[anchor]! : c;
    cells.push({ row: rowIndex, col: c, rowSpan: 1, colSpan: to - c + 1 });
    c = to + 1;
  }
  return cells;
}

