/** Minimal hand-built tables for repair tests: rows of cell texts on one page. */
import type { Block, Cell, SourceDocument, TableBlock } from '@budget/model';

export function table(rows: string[][], page: number, multiLine: Record<string, string[]> = {}): TableBlock {
  const cells: Cell[] = [];
  rows.forEach((fields, row) =>
    fields.forEach((text, col) => {
      const lines = multiLine[`${row},${col}`] ?? [text];
      cells.push({ row, col, rowSpan: 1, colSpan: 1, text, sources: lines.map((t) => ({ page, bbox: [col * 50, row * 20, col * 50 + 40, row * 20 + 15], text: t })) });
    }),
  );
  return { type: 'table', page, pageEnd: page, nRows: rows.length, nCols: rows[0]!.length, cells, method: 'ruled', rowPages: rows.map(() => page) };
}

export function doc(blocks: Block[]): SourceDocument {
  return { docId: 'd', source: 'd.pdf', format: 'pdf', pages: 3, blocks, findings: [], pagesWithoutText: 0 };
}

export const runningHead = (page: number): Block => ({ type: 'paragraph', page, text: '434石家庄市桥西区人民政府办公室', running: true });
