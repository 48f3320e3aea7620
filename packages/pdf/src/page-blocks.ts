/** One page's content → blocks in reading order (tables and paragraph lines, top to bottom). */
import type { Block, Finding, ParagraphBlock, TableBlock } from '@budget/model';
import { findAlignedTables, type CarriedTable } from './aligned-tables.ts';
import { hasUnmappedGlyphs, pdfWarning } from './findings.ts';
import { roundBox, type PageContent, type TextItem } from './geometry.ts';
import { groupLines, type TextLine } from './lines.ts';
import { findGrids, tableFromLayout } from './ruled-tables.ts';

export interface PageResult {
  blocks: Block[];
  findings: Finding[];
  /** The lowest aligned table on the page, for a continuation on the next page. */
  carried: CarriedTable | null;
}

function paragraphFrom(line: TextLine, page: number): ParagraphBlock {
  return { type: 'paragraph', page, bbox: roundBox(line.bbox), text: line.text, fontSize: line.fontSize };
}

function hasText(table: TableBlock): boolean {
  return table.cells.some((c) => c.text !== '');
}

/**
 * Ruled tables first (their items are claimed); on pages without ruling, aligned tables;
 * the remaining text becomes paragraph lines.
 */
export function pageBlocks(content: PageContent, carriedFromPrevious: CarriedTable | null = null): PageResult {
  const blocks: Block[] = [];
  const findings: Finding[] = [];
  let remaining: readonly TextItem[] = content.items;
  const unmapped = content.items.filter((i) => hasUnmappedGlyphs(i.text));
  if (unmapped.length) {
    findings.push(pdfWarning(content.page, `page ${content.page}: ${unmapped.length} text item(s) hold glyphs without a Unicode mapping; their text may be garbled`, unmapped[0]!.text.slice(0, 80)));
  }
  const grids = findGrids(content.segments, content.width, content.height);
  if (!grids) findings.push(pdfWarning(content.page, `page ${content.page}: too many ruling lines (${content.segments.length} segments); ruled tables were not reconstructed`));
  for (const grid of grids ?? []) {
    const { table, outside } = tableFromLayout(grid, remaining, content.page, 'ruled');
    if (!hasText(table)) continue;
    blocks.push(table);
    remaining = outside;
  }
  let lines = groupLines(remaining);
  let carried: CarriedTable | null = null;
  if (grids?.length === 0) {
    const aligned = findAlignedTables(lines, carriedFromPrevious);
    for (const found of aligned.tables) {
      const { layout, items } = found;
      carried = found.carried;
      const { table, outside } = tableFromLayout(layout, items, content.page, 'aligned');
      blocks.push(table);
      if (outside.length) findings.push(droppedText(content.page, outside));
    }
    lines = aligned.rest;
  }
  for (const line of lines) blocks.push(paragraphFrom(line, content.page));
  blocks.sort((a, b) => (a.bbox?.[1] ?? 0) - (b.bbox?.[1] ?? 0) || (a.bbox?.[0] ?? 0) - (b.bbox?.[0] ?? 0));
  return { blocks, findings, carried };
}

/** Text that fell between an aligned table's cells (should not happen; reported, not lost silently). */
function droppedText(page: number, items: readonly TextItem[]): Finding {
  const text = items.map((i) => i.text).join(' ').slice(0, 200);
  return pdfWarning(page, `page ${page}: ${items.length} text item(s) of an aligned table fell outside its cells and were dropped`, text);
}
