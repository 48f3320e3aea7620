/** Text measurement, wrapping and table-grid resolution shared by the writers. */
import type { Cell } from './document.ts';
import { textWidth } from './pdf-writer.ts';

const FITS = 0.01;
const CLOSING = '。，、；：）”》！？';

/**
 * Wraps text into lines no wider than `width`. Cells wrap character by character, as the
 * narrow cells of report exporters do ("2010301" → "2010" / "301"); prose keeps runs of
 * ASCII (figures, years) together when they fit on a line.
 */
export function wrap(text: string, width: number, size: number, mode: 'chars' | 'words' = 'chars'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const tokens = mode === 'words' ? paragraph.match(/[\x21-\x7e]+|\s|[^\s\x21-\x7e]/g) ?? [] : [...paragraph];
    let line = '';
    for (const token of tokens) {
      if (textWidth(line + token, size) <= width + FITS) {
        line += token;
        continue;
      }
      // Chinese typesetting never starts a line with closing punctuation: it stays on the line above.
      if (mode === 'words' && line && CLOSING.includes(token)) {
        line += token;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      line = token.trimStart();
      // A token wider than the line (a long figure in a narrow column) breaks anywhere.
      while (textWidth(line, size) > width + FITS) {
        let cut = 1;
        while (cut < line.length && textWidth(line.slice(0, cut + 1), size) <= width + FITS) cut++;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.length ? lines : [''];
}

export interface Placed {
  cell: Cell;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Places anchor cells on the grid the way HTML tables do: spans reserve positions below and to the right. */
export function placeCells(rows: Cell[][], nCols: number): Placed[][] {
  const taken: boolean[][] = rows.map(() => Array(nCols).fill(false));
  return rows.map((cells, r) => {
    let col = 0;
    return cells.map((cell) => {
      while (col < nCols && taken[r][col]) col++;
      const rowSpan = Math.min(cell.rowSpan ?? 1, rows.length - r);
      const colSpan = Math.min(cell.colSpan ?? 1, nCols - col);
      if (colSpan < 1) throw new Error(`row ${r} has more cells than the ${nCols} columns`);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken[r + dr][col + dc] = true;
      const placed = { cell, row: r, col, rowSpan, colSpan };
      col += colSpan;
      return placed;
    });
  });
}
