/**
 * Debugging aid: the repaired tables of one document, row by row, as the map stage sees them.
 *   npx tsx scripts/dump-tables.ts <file.pdf|docx|xlsx> [page]
 */
import { readFileSync } from 'node:fs';
import { extractDocx } from '@budget/docx';
import { cellAt, type TableBlock } from '@budget/model';
import { extractPdf } from '@budget/pdf';
import { repairDocument } from '@budget/repair';
import { extractXlsx } from '@budget/xlsx';

const [file, pageArg] = process.argv.slice(2);
if (!file) throw new Error('usage: dump-tables <file> [page]');
const bytes = new Uint8Array(readFileSync(file));
const options = { docId: 'dump', source: file, maxPages: 1000, timeoutMs: 600_000, maxUncompressedBytes: 500 * 1024 * 1024 };
const source = /\.docx$/i.test(file) ? await extractDocx(bytes, options)
  : /\.xlsx$/i.test(file) ? await extractXlsx(bytes, options)
  : await extractPdf(bytes, options);
const doc = repairDocument(source);
const page = pageArg ? Number(pageArg) : null;
doc.blocks.forEach((block, i) => {
  if (page !== null && (block.page ?? 0) > page) return;
  if (page !== null && ((block.type === 'table' ? block.pageEnd : block.page) ?? 0) < page) return;
  if (block.type !== 'table') {
    console.log(`[${i}] p${block.page} ¶ ${block.text.slice(0, 100)}${block.running ? ' (running)' : ''}`);
    return;
  }
  const table = block as TableBlock;
  console.log(`[${i}] p${table.page}-${table.pageEnd} table ${table.nRows}×${table.nCols}`);
  for (let row = 0; row < table.nRows; row++) {
    const cells: string[] = [];
    for (let col = 0; col < table.nCols; col++) {
      const cell = cellAt(table, row, col);
      cells.push(cell && cell.row === row && cell.col === col ? cell.text.replace(/\s+/g, ' ') : cell ? '⟵' : '');
    }
    console.log(`   ${row}: ${cells.join(' | ')}`);
  }
});
