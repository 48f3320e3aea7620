/**
 * Builds a SourceDocument from tab-separated text, the form the seeds in
 * ../shared/seeds/ print their tables in: consecutive lines with tabs are one table
 * (one cell per tab-separated field, no spans), other lines are paragraphs.
 * For mapping tests that must not depend on an extractor.
 */
import type { Block, Cell, SourceDocument, TableBlock } from '@budget/model';

function tableOf(rows: string[][], page: number | null): TableBlock {
  const nCols = Math.max(...rows.map((r) => r.length));
  const cells: Cell[] = [];
  rows.forEach((fields, row) => {
    for (let col = 0; col < nCols; col++) {
      const text = (fields[col] ?? '').trim();
      cells.push({ row, col, rowSpan: 1, colSpan: 1, text, sources: [{ page, bbox: null, text }] });
    }
  });
  return { type: 'table', page, pageEnd: page, nRows: rows.length, nCols, cells, method: 'docx', rowPages: rows.map(() => page) };
}

export function documentFromTsv(text: string, docId = 'test'): SourceDocument {
  const blocks: Block[] = [];
  let pending: string[][] = [];
  const flush = () => {
    if (pending.length) blocks.push(tableOf(pending, null));
    pending = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) { pending.push(line.split('\t')); continue; }
    flush();
    if (line.trim()) blocks.push({ type: 'paragraph', page: null, text: line.trim() });
  }
  flush();
  return { docId, source: `${docId}.txt`, format: 'docx', pages: null, blocks, findings: [], pagesWithoutText: 0 };
}
