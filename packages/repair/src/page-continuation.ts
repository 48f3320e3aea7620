/**
 * Joins tables that continue on the next page: the continuation drops the header rows it
 * repeats, and a row broken across the page boundary (its name or figures finishing at
 * the top of the next page) becomes one row again.
 */
import { finding, cellAt, compact, isPageFurniture, joinWrapped, namesAnotherTable, normaliseTitle, parseFigure, titlesAbove, type Block, type ParagraphBlock, type Cell, type Finding, type SourceDocument, type TableBlock } from '@budget/model';

/** A row's non-empty texts in order: a repeated header matches even where its spans were read differently. */
function rowKey(table: TableBlock, row: number): string {
  return table.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => compact(c.text))
    .filter((t) => t !== '')
    .join('|');
}

/** Share of a repeated header row's cells that must read the same: OCR reads a page's header its own way (栏次 as 池). */
const SAME_CELLS = 0.75;

/** A row compared cell by cell has at least this many cells (a 栏次 row has one per column). */
const MIN_FUZZY_CELLS = 6;
/** A cell a header does not print: an amount, a code (three digits or more). */
const DATA_CELL = /\d{3}|\d[.,]\d/;

/**
 * The two rows' texts are the same, or, for header rows (no amount, no code: data rows with
 * the same figures are two rows), nearly all of their cells are, in a row of many cells (a
 * short row differing in one cell is another row: 项目名称 | 水库… | 主管部门 | … heads a new project).
 */
function sameRow(a: string, b: string): boolean {
  if (a === b) return a !== '';
  const ca = a.split('|'), cb = b.split('|');
  if (ca.length !== cb.length || ca.length < MIN_FUZZY_CELLS || [...ca, ...cb].some((t) => DATA_CELL.test(t))) return false;
  return ca.filter((t, i) => t === cb[i]).length / ca.length >= SAME_CELLS;
}

/** Leading rows of `next` that repeat one of the first rows of `first` (a repeated header). */
function repeatedHeaderRows(first: TableBlock, next: TableBlock): number {
  const headerKeys: string[] = [];
  for (let r = 0; r < Math.min(8, first.nRows); r++) headerKeys.push(rowKey(first, r));
  let count = 0;
  while (count < next.nRows && headerKeys.some((key) => sameRow(key, rowKey(next, count)))) count++;
  return count;
}

function isBlankOrFigure(text: string): boolean {
  const t = compact(text);
  return t === '' || parseFigure(t) !== null;
}

/**
 * A figure cut by the page break: the part above stops short of two decimals ("8,791,250.8",
 * "1,103.") and with the part below it makes one ("8,791,250.85"). A whole figure above a
 * figure is two rows, not one.
 */
function isFigureHead(above: string, below: string): boolean {
  return /[.,]\d?$/.test(above) && /^\d+(\.\d+)?$/.test(below) && /\.\d{2}$/.test(above + below) && parseFigure(above + below) !== null;
}

/**
 * The first continued row finishes the last row of the previous page when it carries no
 * code or number of its own (its leading cells are blank) and the two rows do not both
 * print figures in the same column.
 */
function finishesPreviousRow(first: TableBlock, lastRow: number, next: TableBlock, row: number): boolean {
  if (row >= next.nRows || lastRow < 0) return false;
  const lead = compact(cellAt(next, row, 0)?.text ?? '');
  if (lead !== '' ) return false;
  let textContinues = false;
  for (let col = 0; col < next.nCols; col++) {
    const above = compact(cellAt(first, lastRow, col)?.text ?? '');
    const below = compact(cellAt(next, row, col)?.text ?? '');
    if (above && below && parseFigure(above) !== null && parseFigure(below) !== null && !isFigureHead(above, below)) return false;
    if (below && !isBlankOrFigure(below)) textContinues = true;
  }
  return textContinues || next.cells.some((c) => c.row === row && compact(c.text) !== '');
}

function mergeRows(a: Cell | undefined, b: Cell | undefined, row: number, col: number): Cell | null {
  if (!a && !b) return null;
  const texts = [a?.text ?? '', b?.text ?? ''].filter((t) => compact(t));
  return {
    row, col, rowSpan: 1, colSpan: a?.colSpan ?? b?.colSpan ?? 1,
    text: joinWrapped(texts),
    sources: [...(a?.sources ?? []), ...(b?.sources ?? [])],
    repairs: [...new Set([...(a?.repairs ?? []), ...(b?.repairs ?? []), 'repair.page_continuation'])],
  };
}

function append(first: TableBlock, next: TableBlock, findings: Finding[]): TableBlock {
  const skip = repeatedHeaderRows(first, next);
  const lastRow = first.nRows - 1;
  const join = finishesPreviousRow(first, lastRow, next, skip);
  const cells = first.cells.filter((c) => !(join && c.row === lastRow));
  const rowPages = [...(first.rowPages ?? Array(first.nRows).fill(first.page))];
  if (join) {
    for (let col = 0; col < first.nCols; col++) {
      const a = first.cells.find((c) => c.row === lastRow && c.col === col);
      const b = next.cells.find((c) => c.row === skip && c.col === col);
      const merged = mergeRows(a, b, lastRow, col);
      if (merged) cells.push(merged);
    }
    findings.push(finding({
      check: 'repair.page_continuation', severity: 'info', page: next.page, actual: rowKey(next, skip).slice(0, 120),
      message: `joined a row broken across pages ${first.pageEnd}–${next.page}`,
    }));
  }
  const offset = first.nRows - (skip + (join ? 1 : 0));
  for (const cell of next.cells) {
    if (cell.row < skip + (join ? 1 : 0)) continue;
    cells.push({ ...cell, row: cell.row + offset, repairs: [...(cell.repairs ?? [])] });
  }
  for (let r = skip + (join ? 1 : 0); r < next.nRows; r++) rowPages.push(next.rowPages?.[r] ?? next.page);
  return {
    ...first,
    pageEnd: next.pageEnd ?? next.page,
    nRows: first.nRows + next.nRows - skip - (join ? 1 : 0),
    cells,
    rowPages,
  };
}

function paragraphTextsByPage(blocks: Block[]): Map<number, Set<string>> {
  const byPage = new Map<number, Set<string>>();
  for (const block of blocks) {
    if (block.type !== 'paragraph' || block.page === null) continue;
    if (!byPage.has(block.page)) byPage.set(block.page, new Set());
    byPage.get(block.page)!.add(compact(block.text));
  }
  return byPage;
}

/**
 * Texts a line between two table parts may repeat: for a line on the next page, those the
 * table's last page printed; a line on that page itself (a new title under the table) repeats nothing.
 */
function repeatedFrom(block: Block, lastPage: number, textsByPage: Map<number, Set<string>>): Set<string> {
  return block.page === lastPage + 1 ? textsByPage.get(lastPage) ?? new Set() : new Set();
}

/** A table's first row printed as its own title (one cell across the table), as a paragraph to compare. */
function ownTitleRows(table: TableBlock): ParagraphBlock[] {
  const first = table.cells.filter((c) => c.row === 0 && compact(c.text));
  if (first.length !== 1 || first[0]!.colSpan < table.nCols - 1) return [];
  return [{ type: 'paragraph', page: table.page, text: first[0]!.text } as ParagraphBlock];
}

/** The titles a table was printed under: above it, or in its own first row. */
function titlesOf(blocks: Block[], index: number): Set<string> {
  const titles = titlesAbove(blocks, index);
  for (const row of ownTitleRows(blocks[index] as TableBlock)) titles.add(normaliseTitle(row.text));
  return titles;
}

/**
 * A mark of a character or two, the last line of its page: a page number OCR misread (5 as
 * 忆), a stray speck. It names nothing, so it does not stop a table continuing.
 */
function isStrayMarkAtPageEnd(block: Block, next: Block): boolean {
  return block.type === 'paragraph' && compact(block.text).length <= 2 && block.page !== null && next.page !== block.page;
}

export function joinPageContinuations(doc: SourceDocument): SourceDocument {
  const findings: Finding[] = [];
  const textsByPage = paragraphTextsByPage(doc.blocks);
  const out: Block[] = [];
  let lastTableIndex = -1;
  for (const block of doc.blocks) {
    if (block.type === 'table' && lastTableIndex >= 0) {
      const previous = out[lastTableIndex] as TableBlock;
      const between = out.slice(lastTableIndex + 1);
      const continues =
        previous.pageEnd !== null && block.page !== null && block.page === previous.pageEnd + 1 &&
        previous.nCols === block.nCols &&
        between.every((b, i) => isPageFurniture(b, repeatedFrom(b, previous.pageEnd!, textsByPage)) || isStrayMarkAtPageEnd(b, between[i + 1] ?? block)) &&
        !namesAnotherTable([...between, ...ownTitleRows(block)], titlesOf(out, lastTableIndex));
      if (continues) {
        out[lastTableIndex] = append(previous, block, findings);
        continue;
      }
    }
    out.push(block);
    if (block.type === 'table') lastTableIndex = out.length - 1;
  }
  return { ...doc, blocks: out, findings: [...doc.findings, ...findings] };
}
