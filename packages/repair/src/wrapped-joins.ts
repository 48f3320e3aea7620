/**
 * Records the joins the extractor made inside narrow cells: a code or a figure printed
 * over two or more lines ("2010" / "301", "1103." / "89") is one value, and its row is
 * marked repaired. Also joins digit runs a space split ("410303250000 000012117").
 */
import { compact, isFigure, type Cell, type Finding, type SourceDocument, type TableBlock } from '@budget/model';

const SPLIT_LONG_CODE = /^(\d{6,})\s+(\d{3,})$/;

function joinRule(cell: Cell): 'repair.code_join' | 'repair.figure_join' | null {
  const text = compact(cell.text);
  if (SPLIT_LONG_CODE.test(cell.text.trim())) return 'repair.code_join';
  if (cell.sources.length < 2) return null;
  const lineTexts = cell.sources.map((s) => compact(s.text));
  // Only a value split over lines counts; a name over two lines is ordinary wrapping.
  if (/^\d{3,}[-－]?/.test(text) && lineTexts[0] && /^\d+$/.test(lineTexts[0]) && /^\d/.test(lineTexts[1] ?? '')) return 'repair.code_join';
  if (isFigure(text) && lineTexts.every((t) => /^[\d.,-]+$/.test(t))) return 'repair.figure_join';
  return null;
}

function repairTable(table: TableBlock, findings: Finding[]): TableBlock {
  const cells = table.cells.map((cell) => {
    const rule = joinRule(cell);
    if (!rule) return cell;
    const joined = SPLIT_LONG_CODE.test(cell.text.trim()) ? cell.text.replace(/\s+/g, '') : cell.text;
    findings.push({
      check: rule, severity: 'info', table: null, page: cell.sources[0]?.page ?? table.page, code: null,
      expected: compact(joined), actual: cell.sources.map((s) => s.text).join(' / '),
      message: `joined ${cell.sources.length > 1 ? cell.sources.length + ' printed lines' : 'a split digit run'} into ${compact(joined)}`,
    });
    return { ...cell, text: joined, repairs: [...(cell.repairs ?? []), rule] };
  });
  return { ...table, cells };
}

export function recordWrappedJoins(doc: SourceDocument): SourceDocument {
  const findings: Finding[] = [];
  const blocks = doc.blocks.map((b) => (b.type === 'table' ? repairTable(b, findings) : b));
  return { ...doc, blocks, findings: [...doc.findings, ...findings] };
}
