/** A table's printed title and unit, read from the lines just above it (or its own first row). */
import { cellAt, compact, toHalfWidth, unitIn, type Block, type TableBlock, type Unit } from '@budget/model';
import { looksLikeTableTitle, recogniseTableKind } from './table-kinds.ts';

export interface TableHeading {
  title: string | null;
  unit: Unit | null;
  /** Rows at the top of the table that are its title or unit line, not header. */
  titleRows: number;
}

/** How far back a title may stand: a title, 附表N, 部门名称 and 单位 lines, a running head. */
const LOOKBACK = 8;

export function headingOf(blocks: Block[], index: number): TableHeading {
  const table = blocks[index] as TableBlock;
  let title: string | null = null;
  let unit: Unit | null = null;
  for (let i = index - 1; i >= 0 && i >= index - LOOKBACK; i--) {
    const block = blocks[i]!;
    if (block.type === 'table') break;
    unit ??= unitIn(block.text);
    // A long title wraps: "…“三公”经费、会议费、培训费" over "支出预算表"; the whole title wins over its tail.
    const above = blocks[i - 1];
    if (!title && above?.type === 'paragraph' && above.page === block.page && !above.running && !/^\d+$/.test(compact(above.text)) && !looksLikeTableTitle(above.text)) {
      const joined = compact(toHalfWidth(above.text + block.text));
      if (looksLikeTableTitle(joined) && recogniseTableKind(joined)) title = joined;
    }
    if (!title && looksLikeTableTitle(block.text) && recogniseTableKind(block.text)) title = compact(toHalfWidth(block.text));
    if (title && unit) break;
  }
  // Some exporters put the title and the unit line inside the table, as full-width rows.
  let titleRows = 0;
  for (let row = 0; row < Math.min(3, table.nRows); row++) {
    const cells = table.cells.filter((c) => c.row === row && compact(c.text));
    if (cells.length === 0 || cells.length > 2) break;
    const text = cells.map((c) => c.text).join(' ');
    const wide = cells.some((c) => c.colSpan >= Math.max(2, table.nCols - 1)) || table.nCols === 1;
    if (!wide) break;
    const rowUnit = unitIn(text);
    const rowTitle = looksLikeTableTitle(cells[0]!.text) && recogniseTableKind(cells[0]!.text) ? compact(toHalfWidth(cells[0]!.text)) : null;
    if (!rowUnit && !rowTitle) break;
    unit ??= rowUnit;
    title ??= rowTitle;
    titleRows = row + 1;
  }
  // A unit printed in a header cell: "金额（万元）", "项目金额（万元）".
  if (!unit) {
    for (let row = titleRows; row < Math.min(titleRows + 4, table.nRows); row++) {
      for (let col = 0; col < table.nCols; col++) {
        const found = unitIn(cellAt(table, row, col)?.text ?? '');
        if (found) { unit = found; break; }
      }
      if (unit) break;
    }
  }
  return { title, unit, titleRows };
}
