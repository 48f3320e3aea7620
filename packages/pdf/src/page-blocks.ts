/** One page's content → blocks in reading order (tables and paragraph lines, top to bottom). */
import type { Block, Finding, ParagraphBlock, TableBlock } from '@budget/model';
import { roundBox, type PageContent, type TextItem } from './geometry.ts';
import { groupLines, type TextLine } from './lines.ts';
import { findGrids, tableFromLayout } from './ruled-tables.ts';


export interface PageResult {
  blocks: Block[];
  findings: Finding[];
}

function paragraphFrom(line: TextLine, page: number): ParagraphBlock {
  return { type: 'paragraph', page, bbox: roundBox(line.bbox), text: line.text, fontSize: line.fontSize };
}

function hasText(table: TableBlock): boolean {
  return table.cells.some((c) => c.text !== '');
}

/** Ruled tables first (their items are claimed), then the remaining text as paragraph lines. */
export function pageBlocks(content: PageContent): PageResult {
  const blocks: Block[] = [];
  const findings: Finding[] = [];
  let remaining: readonly TextItem[] = content.items;
  for (const grid of findGrids(content.segments, content.width, content.height)) {
    const { table, outside } = tableFromLayout(grid, remaining, content.page, 'ruled');
    if (!hasText(table)) continue;
    blocks.push(table);
    remaining = outside;
  }
  for (const line of groupLines(remaining)) {
    blocks.push(paragraphFrom(line, content.page));
  }
  blocks.sort((a, b) => (a.bbox?.[1] ?? 0) - (b.bbox?.[1] ?? 0) || (a.bbox?.[0] ?? 0) - (b.bbox?.[0] ?? 0));
  return { blocks, findings };
}
