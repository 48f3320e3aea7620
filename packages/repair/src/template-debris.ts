/** Removes mail-merge debris ("MERGEFIELD ${page400644146.ds…}") that template exporters leave in prose. */
import type { Finding, SourceDocument } from '@budget/model';
import { finding } from '@budget/model';

const MERGEFIELD = /MERGEFIELD\s*\$?\{[^}]*\}\s*/g;

export function removeTemplateDebris(doc: SourceDocument): SourceDocument {
  const findings: Finding[] = [];
  const blocks = doc.blocks.map((block) => {
    if (block.type !== 'paragraph' || !MERGEFIELD.test(block.text)) return block;
    MERGEFIELD.lastIndex = 0;
    findings.push(finding({
      check: 'repair.template_debris', severity: 'info', page: block.page, actual: block.text.slice(0, 120), message: 'removed MERGEFIELD template debris from a paragraph',
    }));
    return { ...block, text: block.text.replace(MERGEFIELD, '') };
  });
  return { ...doc, blocks, findings: [...doc.findings, ...findings] };
}
