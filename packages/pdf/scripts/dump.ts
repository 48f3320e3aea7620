/**
 * Prints what extractPdf makes of a PDF, for eyeballing:
 *   npx tsx packages/pdf/scripts/dump.ts file.pdf [page] [--json]
 * Tables print as grids of cell texts (merged cells show their span, covered positions show ·).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cellAt, type Block, type TableBlock } from '@budget/model';
import { extractPdf } from '../src/index.ts';

const MAX_CELL_WIDTH = 28;

/** Terminal width of text: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1;
  return w;
}

function fit(text: string, width: number): string {
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width) break;
    out += ch;
  }
  return out + ' '.repeat(width - displayWidth(out));
}

function cellLabel(table: TableBlock, row: number, col: number): string {
  const cell = cellAt(table, row, col);
  if (!cell) return '?';
  if (cell.row !== row || cell.col !== col) return '·';
  const span = cell.rowSpan > 1 || cell.colSpan > 1 ? `⟨${cell.rowSpan}×${cell.colSpan}⟩` : '';
  return cell.text + span;
}

function printTable(table: TableBlock): void {
  console.log(`TABLE p${table.page} ${table.method} ${table.nRows}×${table.nCols} bbox=${JSON.stringify(table.bbox)}`);
  const labels = Array.from({ length: table.nRows }, (_, r) => Array.from({ length: table.nCols }, (_, c) => cellLabel(table, r, c)));
  const widths = Array.from({ length: table.nCols }, (_, c) => Math.min(MAX_CELL_WIDTH, Math.max(1, ...labels.map((row) => displayWidth(row[c]!)))));
  labels.forEach((row, r) => console.log(`  ${String(r).padStart(2)} │ ${row.map((l, c) => fit(l, widths[c]!)).join(' │ ')}`));
}

function printBlock(block: Block): void {
  if (block.type === 'table') return printTable(block);
  const flags = block.running ? ' running' : '';
  console.log(`P p${block.page} y=${block.bbox?.[1]} x=${block.bbox?.[0]} ${block.fontSize}pt${flags}: ${block.text}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const [file, pageArg] = args.filter((a) => a !== '--json');
  if (!file) {
    console.error('usage: npx tsx packages/pdf/scripts/dump.ts file.pdf [page] [--json]');
    process.exit(2);
  }
  const started = performance.now();
  const doc = await extractPdf(readFileSync(file), { docId: basename(file), source: file });
  const ms = performance.now() - started;
  const page = pageArg ? Number(pageArg) : null;
  const blocks = doc.blocks.filter((b) => page === null || b.page === page);
  if (json) {
    console.log(JSON.stringify({ ...doc, blocks }, null, 1));
    return;
  }
  console.log(`${file}: ${doc.pages} pages, ${doc.blocks.length} blocks, ${doc.pagesWithoutText} without text, ${ms.toFixed(0)} ms`);
  for (const block of blocks) printBlock(block);
  for (const f of doc.findings.filter((f) => page === null || f.page === page)) console.log(`FINDING ${f.severity} p${f.page}: ${f.message}`);
}

await main();
