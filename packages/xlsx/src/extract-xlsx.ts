/**
 * XLSX bytes to the shared document model: guard the zip, load the workbook with exceljs,
 * and turn every shown sheet into the paragraphs and tables it prints, sheet by sheet.
 * exceljs (not hand-written XML) reads shared strings, styles, merges and formula results.
 */
import ExcelJS from 'exceljs';
import { inspectZip, withTimeout, DOCX_DEFAULTS } from '@budget/docx';
import { finding, type Block, type Finding, type SourceDocument } from '@budget/model';
import { CorruptXlsxError } from './errors.ts';
import { sheetBlocks } from './sheet-blocks.ts';
import { readSheetGrid } from './sheet-grid.ts';

export interface ExtractXlsxOptions {
  docId: string;
  source: string;
  /** Sum of the zip's declared uncompressed sizes allowed (default 200 MiB). */
  maxUncompressedBytes?: number;
  /** Wall-clock limit, in ms (cooperative, as for DOCX; the worker process gives the hard one). */
  timeoutMs?: number;
  /** Cells with a value allowed in one sheet (default 200 000). */
  maxCellsPerSheet?: number;
}

export async function extractXlsx(bytes: Uint8Array, options: ExtractXlsxOptions): Promise<SourceDocument> {
  const timeoutMs = options.timeoutMs ?? DOCX_DEFAULTS.timeoutMs;
  return withTimeout(timeoutMs, async () => {
    inspectZip(bytes, { ...DOCX_DEFAULTS, maxUncompressedBytes: options.maxUncompressedBytes ?? DOCX_DEFAULTS.maxUncompressedBytes });
    const workbook = await loadWorkbook(bytes);
    const blocks: Block[] = [];
    const findings: Finding[] = [];
    for (const sheet of workbook.worksheets) {
      if (sheet.state !== 'visible') {
        findings.push(finding({ check: 'extract.xlsx.hidden_sheet', severity: 'info', message: `hidden sheet "${sheet.name}" skipped` }));
        continue;
      }
      blocks.push(...sheetBlocks(readSheetGrid(sheet, { maxCells: options.maxCellsPerSheet ?? 200_000 })));
    }
    if (blocks.length === 0) findings.push(finding({ check: 'extract.xlsx.no_text', severity: 'warning', message: 'no shown sheet holds any text' }));
    return { docId: options.docId, source: options.source, format: 'xlsx', pages: null, blocks, findings, pagesWithoutText: 0 };
  }, 'XLSX');
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new CorruptXlsxError(`not a readable XLSX workbook: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return workbook;
}
