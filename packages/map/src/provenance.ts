/** Provenance of a cell: page, box and printed text, as the contract's records carry it. */
import type { BBox, Cell, Provenance, TableBlock } from '@budget/model';

export function unionBox(boxes: Array<BBox | null | undefined>): BBox | null {
  const present = boxes.filter((b): b is BBox => !!b);
  if (present.length === 0) return null;
  return [
    Math.min(...present.map((b) => b[0])), Math.min(...present.map((b) => b[1])),
    Math.max(...present.map((b) => b[2])), Math.max(...present.map((b) => b[3])),
  ];
}

export function rowPage(table: TableBlock, row: number): number | null {
  return table.rowPages?.[row] ?? table.page;
}

export function cellProvenance(table: TableBlock, tableIndex: number, cell: Cell): Provenance {
  const page = cell.sources.find((s) => s.page !== null)?.page ?? rowPage(table, cell.row);
  return {
    page,
    table_index: tableIndex,
    row: cell.row,
    col: cell.col,
    bbox: unionBox(cell.sources.map((s) => s.bbox)),
    text: cell.text,
    ...spreadsheetAddress(cell),
    ...cellOcr(cell),
  };
}

/** Workbook cells name their sheet and address; a cell rejoined from several names them all. */
function spreadsheetAddress(cell: Cell): { address?: string } {
  const addresses = [...new Set(cell.sources.flatMap((s) => (s.address ? [s.address] : [])))];
  return addresses.length > 0 ? { address: addresses.join(' ') } : {};
}

/** A cell read by OCR: the lowest confidence of its lines and every alternative reading. */
function cellOcr(cell: Cell): Pick<Provenance, 'ocr'> {
  const read = cell.sources.filter((s) => s.ocr);
  if (read.length === 0) return {};
  const alternatives = read.flatMap((s) => s.ocr!.alternatives ?? []);
  return { ocr: { engine: read[0]!.ocr!.engine, confidence: Math.min(...read.map((s) => s.ocr!.confidence)), ...(alternatives.length ? { alternatives } : {}) } };
}
