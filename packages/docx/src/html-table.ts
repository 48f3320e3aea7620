/**
 * One mammoth <table> to a TableBlock: rows from thead / tbody / tfoot in order, spans
 * expanded onto the grid, each cell's paragraphs rejoined. A table nested in a cell
 * cannot be a block of its own without losing its place, so its text is flattened into
 * the cell (cells and rows separated by a space) and a finding says so.
 */
import { finding, joinWrapped, type Cell, type Finding, type Source, type TableBlock } from '@budget/model';
import { walkBlocks } from './block-walk.ts';
import { childElements, type DomElement } from './dom.ts';
import { MAX_COLSPAN, MAX_ROWSPAN, parseSpan, placeOnGrid, type SpannedCell } from './table-grid.ts';

const SECTION_TAGS = new Set(['thead', 'tbody', 'tfoot']);
const ROW_TAGS = new Set(['tr']);
const CELL_TAGS = new Set(['td', 'th']);
const ROW_OR_SECTION_TAGS = new Set([...ROW_TAGS, ...SECTION_TAGS]);

interface CellContent {
  text: string;
  sources: Source[];
}

/** `tableIndex` is the table's 0-based position among the document's tables (for messages). */
export function tableToBlock(table: DomElement, tableIndex: number): { block: TableBlock; findings: Finding[] } {
  const findings: Finding[] = [];
  const grid = placeOnGrid(spannedRows(table));
  const cells: Cell[] = grid.cells.map(({ row, col, rowSpan, colSpan, value: element }) => {
    const onNested = () =>
      findings.push(nestedTableFinding(`table ${tableIndex}, row ${row}, col ${col}`));
    const { text, sources } = cellContent(element, onNested);
    return { row, col, rowSpan, colSpan, text, sources };
  });
  const block: TableBlock = {
    type: 'table',
    page: null,
    pageEnd: null,
    bbox: null,
    nRows: grid.nRows,
    nCols: grid.nCols,
    cells,
    method: 'docx',
  };
  return { block, findings };
}

function tableRows(table: DomElement): DomElement[] {
  return childElements(table, ROW_OR_SECTION_TAGS).flatMap((child) =>
    SECTION_TAGS.has(child.name) ? childElements(child, ROW_TAGS) : [child],
  );
}

function spannedRows(table: DomElement): SpannedCell<DomElement>[][] {
  return tableRows(table).map((tr) =>
    childElements(tr, CELL_TAGS).map((td) => ({
      rowSpan: parseSpan(td.attribs.rowspan, MAX_ROWSPAN),
      colSpan: parseSpan(td.attribs.colspan, MAX_COLSPAN),
      value: td,
    })),
  );
}

/** The cell's paragraphs joined as wrapped lines; one source per paragraph. */
function cellContent(cell: DomElement, onNestedTable: () => void): CellContent {
  const lines: string[] = [];
  const sources: Source[] = [];
  walkBlocks(cell.children, {
    paragraph(text) {
      lines.push(text);
      sources.push({ page: null, bbox: null, text });
    },
    table(nested) {
      onNestedTable();
      const flat = flattenTable(nested, onNestedTable);
      if (flat.text) lines.push(flat.text);
      sources.push(...flat.sources);
    },
  });
  return { text: joinWrapped(lines), sources };
}

function flattenTable(table: DomElement, onNestedTable: () => void): CellContent {
  const sources: Source[] = [];
  const rowTexts = tableRows(table).map((tr) =>
    childElements(tr, CELL_TAGS)
      .map((td) => {
        const content = cellContent(td, onNestedTable);
        sources.push(...content.sources);
        return content.text;
      })
      .filter(Boolean)
      .join(' '),
  );
  return { text: rowTexts.filter(Boolean).join(' '), sources };
}

function nestedTableFinding(where: string): Finding {
  return finding({
    check: 'extract.docx.nested_table',
    severity: 'warning',
    message: `${where}: a nested table was flattened into the cell's text`,
  });
}
