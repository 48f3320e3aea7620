/** mammoth's HTML to the document model's blocks, in document order. */
import type { Block, Finding } from '@budget/model';
import { walkBlocks } from './block-walk.ts';
import { parseHtml } from './dom.ts';
import { tableToBlock } from './html-table.ts';

export function htmlToBlocks(html: string): { blocks: Block[]; findings: Finding[] } {
  const blocks: Block[] = [];
  const findings: Finding[] = [];
  let tableIndex = 0;
  walkBlocks(parseHtml(html).children, {
    paragraph(text) {
      blocks.push({ type: 'paragraph', page: null, bbox: null, text });
    },
    table(element) {
      const table = tableToBlock(element, tableIndex++);
      blocks.push(table.block);
      findings.push(...table.findings);
    },
  });
  return { blocks, findings };
}
