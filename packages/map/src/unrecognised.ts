/**
 * The finding for a table the map stage could not place: its printed title (when a
 * title-like line stands above it or in its first row) and its header cells, so a
 * researcher sees what was printed and the coverage report can count it.
 * `expected` holds the title as printed (null when none is found), `actual` the header.
 */
import { compact, finding, isPageFurniture, rowsOf, toHalfWidth, type Block, type Cell, type Finding, type ParagraphBlock, type TableBlock, type UnrecognisedTable } from '@budget/model';
import { looksLikeTableTitle, normaliseTitle } from './table-kinds.ts';

/** How far back a title may stand (as in title.ts): 附表N, 部门名称 and 单位 lines, a running head. */
const LOOKBACK = 8;
/** Header text is cut here: enough to tell two templates apart. */
const MAX_HEADER_CELLS = 8;
const MAX_CELL_CHARS = 24;

/**
 * A line that reads like the title of some table, known kind or not: short, ends in 表
 * (or reads like a budget title), not a sentence.
 */
function titleLike(text: string): boolean {
  if (looksLikeTableTitle(text)) return true;
  const t = normaliseTitle(text);
  return t.length >= 4 && t.length <= 48 && !/[。；;，,]/.test(t) && /表$/.test(t);
}

function clean(text: string): string {
  return compact(toHalfWidth(text));
}

/**
 * A caption without 表 (部门机构设置情况, 西安市发展和改革委员会内设机构信息): a short line
 * with no sentence punctuation, standing right above the table, ending in a word that
 * names a listing; a wrapped fragment of prose or of a form cell (学任务有序推进,
 * 不低于90%) is not one.
 */
const CAPTION_END = /(情况|信息|明细|清单|一览|汇总|名单|名录|目录|构成|概况|统计)$/;

function captionLike(text: string): boolean {
  const t = clean(text);
  return t.length >= 4 && t.length <= 30 && !/[。，,；;：:！？!?]/.test(t) && CAPTION_END.test(t);
}

/** Paragraphs above the table on its page, nearest first. */
function paragraphsAbove(blocks: Block[], index: number): ParagraphBlock[] {
  const table = blocks[index] as TableBlock;
  const above: ParagraphBlock[] = [];
  for (let i = index - 1; i >= 0 && i >= index - LOOKBACK; i--) {
    const block = blocks[i]!;
    if (block.type === 'table' || block.page !== table.page) break;
    above.push(block);
  }
  return above;
}

/**
 * The nearest title-like line above the table on its page (a running head included: some
 * print the title as one), a title row at its top, or a caption right above it (page
 * furniture passed over).
 */
export function printedTitleOf(blocks: Block[], index: number): string | null {
  const table = blocks[index] as TableBlock;
  const above = paragraphsAbove(blocks, index);
  const title = above.find((b) => titleLike(b.text));
  if (title) return clean(title.text);
  const firstRow = table.cells.filter((c) => c.row === 0 && clean(c.text));
  if (firstRow.length === 1 && (firstRow[0]!.colSpan >= Math.max(2, table.nCols - 1) || table.nCols === 1) && titleLike(firstRow[0]!.text)) {
    return clean(firstRow[0]!.text);
  }
  const nearest = above.find((b) => !isPageFurniture(b));
  return nearest && captionLike(nearest.text) ? clean(nearest.text) : null;
}

/** The first row with two or more filled cells (the header, where the table has one), as "a | b | c". */
export function headerTextOf(table: TableBlock): string {
  const rows = new Map<number, Cell[]>();
  for (const cell of table.cells) {
    if (!clean(cell.text)) continue;
    rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
  }
  const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => cells.sort((a, b) => a.col - b.col));
  const header = ordered.find((cells) => cells.length >= 2) ?? ordered[0] ?? [];
  const shown = header.slice(0, MAX_HEADER_CELLS).map((c) => {
    const text = clean(c.text);
    return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
  });
  return shown.join(' | ') + (header.length > MAX_HEADER_CELLS ? ' | …' : '');
}

export function unrecognisedTableFinding(blocks: Block[], index: number): Finding {
  const table = blocks[index] as TableBlock;
  const title = printedTitleOf(blocks, index);
  const header = headerTextOf(table);
  const where = `on page ${table.page ?? '?'}`;
  return finding({
    check: 'map.table_unrecognised', severity: 'info', page: table.page, expected: title, actual: header || null,
    message: title
      ? `the table “${title}” ${where} is of no known kind (header: ${header || 'none'}); it is not mapped`
      : `a table ${where} has no recognisable title (header: ${header || 'none'}); it is not mapped`,
  });
}

/** The table as the record keeps it: title, pages and every cell's text. */
export function unrecognisedTable(blocks: Block[], index: number): UnrecognisedTable {
  const table = blocks[index] as TableBlock;
  return {
    kind: 'unknown',
    title: printedTitleOf(blocks, index),
    page: table.page,
    page_end: table.pageEnd,
    rows: rowsOf(table).map((cells) => cells.map((cell) => {
      const address = cell.sources.find((s) => s.address)?.address;
      return { col: cell.col, text: cell.text, ...(address ? { address } : {}) };
    })),
  };
}
