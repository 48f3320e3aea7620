/**
 * The last row(s) of a table sometimes spill onto the next page without their ruling
 * lines, so the extractor reads them as plain lines ("30312 提租补贴 1,018.01" at the top
 * of the page). A line at the top of the next page whose fields match the shape of the
 * table's last row (code, name, figure …, one field per column) is appended as a row.
 */
import { finding, compact, isFigure, type Block, type Cell, type Finding, type ParagraphBlock, type SourceDocument, type TableBlock } from '@budget/model';

type FieldKind = 'code' | 'figure' | 'text';

function kindOf(text: string): FieldKind {
  const t = compact(text);
  if (/^\d{3,7}$/.test(t)) return 'code';
  if (isFigure(t)) return 'figure';
  return 'text';
}

function lastRowShape(table: TableBlock): FieldKind[] | null {
  const last = table.cells.filter((c) => c.row === table.nRows - 1).sort((a, b) => a.col - b.col);
  if (last.length !== table.nCols || last.some((c) => !compact(c.text))) return null;
  return last.map((c) => kindOf(c.text));
}

function fieldsMatching(line: ParagraphBlock, shape: FieldKind[]): string[] | null {
  const fields = line.text.trim().split(/\s+/);
  if (fields.length !== shape.length) return null;
  return fields.every((f, i) => kindOf(f) === shape[i]) ? fields : null;
}

function isFurniture(block: Block): boolean {
  return block.type === 'paragraph' && (!!block.running || /^(\d{1,4}|续表)$/.test(compact(block.text)));
}

export function joinOrphanRows(doc: SourceDocument): SourceDocument {
  const findings: Finding[] = [];
  const blocks = [...doc.blocks];
  for (let i = 0; i < blocks.length; i++) {
    const table = blocks[i];
    if (table?.type !== 'table' || table.pageEnd === null) continue;
    const shape = lastRowShape(table);
    if (!shape || !shape.includes('figure')) continue;
    let j = i + 1;
    while (j < blocks.length && isFurniture(blocks[j]!)) j++;
    let grown: TableBlock = table;
    while (j < blocks.length) {
      const line = blocks[j]!;
      if (line.type !== 'paragraph' || line.page !== table.pageEnd + 1 && line.page !== table.pageEnd) break;
      const fields = fieldsMatching(line, shape);
      if (!fields) break;
      const row = grown.nRows;
      const cells: Cell[] = fields.map((text, col) => ({
        row, col, rowSpan: 1, colSpan: 1, text, sources: [{ page: line.page, bbox: line.bbox ?? null, text }], repairs: ['repair.orphan_row'],
      }));
      grown = { ...grown, nRows: row + 1, pageEnd: line.page, cells: [...grown.cells, ...cells], rowPages: [...(grown.rowPages ?? []), line.page] };
      findings.push(finding({
        check: 'repair.orphan_row', severity: 'info', page: line.page, actual: line.text,
        message: `appended the line "${line.text}" to the table above it as its last row (it spilled onto page ${line.page} without ruling lines)`,
      }));
      blocks.splice(j, 1);
    }
    blocks[i] = grown;
  }
  return { ...doc, blocks, findings: [...doc.findings, ...findings] };
}
