/**
 * The intermediate document model: what an extractor (PDF, DOCX, ...) produces and
 * what repair and mapping read. Plain data only (no classes, no Decimal), so a
 * document survives JSON.parse(JSON.stringify(doc)) and can cross a queue.
 */
import { z } from 'zod';

/** [x0, y0, x1, y1] in PDF user space of the page as displayed (origin top-left, y down), in points. */
export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBox>;

/** Where a piece of text came from. Repairs that join pieces keep every piece's source. */
/** Text read by OCR: the engine, its confidence (0–100) and the other readings it offered. */
export const OcrReading = z.object({
  engine: z.string(),
  confidence: z.number(),
  alternatives: z.array(z.string()).optional(),
});
export type OcrReading = z.infer<typeof OcrReading>;

export const Source = z.object({
  page: z.number().int().positive().nullable(),
  bbox: BBox.nullable().optional(),
  text: z.string(),
  /** A spreadsheet cell's address, with its sheet (`'收支总表'!C12`), where the text came from a workbook. */
  address: z.string().optional(),
  /** Present when the text was read from a page image (a scan), not a text layer. */
  ocr: OcrReading.optional(),
});
export type Source = z.infer<typeof Source>;

export const Cell = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  rowSpan: z.number().int().positive().default(1),
  colSpan: z.number().int().positive().default(1),
  /** The cell's text with wrapped lines rejoined (CJK without spaces, codes and figures whole). */
  text: z.string(),
  /** The raw lines/items the text was built from, in reading order. */
  sources: z.array(Source),
  /** Set by a repair rule that changed this cell's text (rule ids). */
  repairs: z.array(z.string()).optional(),
});
export type Cell = z.infer<typeof Cell>;

export const TableBlock = z.object({
  type: z.literal('table'),
  /** 1-based first page (PDF) or null (DOCX). */
  page: z.number().int().positive().nullable(),
  /** Last page the table reaches after continuation joins. */
  pageEnd: z.number().int().positive().nullable(),
  bbox: BBox.nullable().optional(),
  nRows: z.number().int().nonnegative(),
  nCols: z.number().int().nonnegative(),
  /** Anchor cells only: a merged cell appears once, at its top-left position, with its spans. */
  cells: z.array(Cell),
  /** How the grid was found: ruling lines, text alignment, or the DOCX table structure. */
  method: z.enum(['ruled', 'aligned', 'docx', 'xlsx']),
  /** Pages of the rows, parallel to row index (PDF), so a row knows where it starts. */
  rowPages: z.array(z.number().int().positive().nullable()).optional(),
});
export type TableBlock = z.infer<typeof TableBlock>;

export const ParagraphBlock = z.object({
  type: z.literal('paragraph'),
  page: z.number().int().positive().nullable(),
  bbox: BBox.nullable().optional(),
  text: z.string(),
  /** Font size in points where known (titles are larger). */
  fontSize: z.number().nullable().optional(),
  /** True when the line repeats at the same place on several pages (running head / foot). */
  running: z.boolean().optional(),
});
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;

export const Block = z.discriminatedUnion('type', [TableBlock, ParagraphBlock]);
export type Block = z.infer<typeof Block>;

export const Severity = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof Severity>;

/** A diagnostic recorded on the document: repairs, validation results, extractor messages. */
export const Finding = z.object({
  check: z.string(),
  severity: Severity,
  table: z.string().nullable().default(null),
  page: z.number().int().positive().nullable().default(null),
  code: z.string().nullable().default(null),
  expected: z.string().nullable().default(null),
  actual: z.string().nullable().default(null),
  message: z.string(),
});
export type Finding = z.infer<typeof Finding>;

/** A finding with the fields its check does not use (table, page, code, expected, actual) left null. */
export function finding(fields: Pick<Finding, 'check' | 'severity' | 'message'> & Partial<Finding>): Finding {
  return { table: null, page: null, code: null, expected: null, actual: null, ...fields };
}

/** What the bytes are: the readable formats, and the legacy OLE ones (doc, xls) read after conversion. */
export const Format = z.enum(['pdf', 'docx', 'xlsx', 'doc', 'xls', 'unknown']);
export type Format = z.infer<typeof Format>;

export const SourceDocument = z.object({
  docId: z.string(),
  source: z.string(),
  format: Format,
  pages: z.number().int().nonnegative().nullable(),
  /** Blocks in reading order: page by page, top to bottom. */
  blocks: z.array(Block),
  findings: z.array(Finding),
  /** Pages of text whose drawing was not parsed: nothing on them can be a table (PDF). */
  drawingsSkipped: z.number().int().nonnegative().optional(),
  /** Pages that had no text layer at all (scanned) and were not read by OCR. */
  pagesWithoutText: z.number().int().nonnegative().default(0),
  /** Pages without a text layer that were read by OCR. */
  pagesOcr: z.number().int().nonnegative().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** Returns the anchor cell covering grid position (row, col), if any. */
export function cellAt(table: TableBlock, row: number, col: number): Cell | undefined {
  for (const cell of table.cells) {
    if (row >= cell.row && row < cell.row + cell.rowSpan && col >= cell.col && col < cell.col + cell.colSpan) return cell;
  }
  return undefined;
}

/** The table as rows of anchor cells, merged cells listed once at their top-left row. */
export function rowsOf(table: TableBlock): Cell[][] {
  const rows: Cell[][] = Array.from({ length: table.nRows }, () => []);
  for (const cell of table.cells) rows[cell.row]?.push(cell);
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  return rows;
}
