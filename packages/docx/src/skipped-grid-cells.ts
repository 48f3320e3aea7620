/**
 * mammoth ignores w:gridBefore (a row that starts with skipped grid columns): the
 * row's cells shift left in the HTML, and the vertical merges mammoth computes for
 * that table can be wrong too. (w:gridAfter only leaves the row's end empty: harmless.)
 * The HTML no longer says which rows were shifted, so the raw document.xml is scanned
 * and each affected table gets a finding.
 */
import { Parser } from 'htmlparser2';
import type { Finding } from '@budget/model';
import { finding } from '@budget/model';

/** Findings for the tables with skipped grid cells; table indexes count top-level tables, as html-blocks does. */
export function skippedGridCellFindings(documentXml: string): Finding[] {
  if (!documentXml.includes('gridBefore')) return [];
  // Rows with skipped cells, per top-level table. Nested tables are flattened to text anyway.
  const tables: number[] = [];
  let depth = 0;
  let rowMarked = false;
  // mammoth reads mc:Fallback and ignores mc:Choice; so must this count of tables.
  let choiceDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'mc:Choice') choiceDepth++;
        if (choiceDepth > 0) return;
        if (name === 'w:tbl') {
          if (depth === 0) tables.push(0);
          depth++;
        } else if (name === 'w:tr') {
          rowMarked = false;
        } else if (name === 'w:gridBefore' && depth === 1 && !rowMarked && Number(attribs['w:val']) > 0) {
          tables[tables.length - 1]!++;
          rowMarked = true;
        }
      },
      onclosetag(name) {
        if (name === 'mc:Choice') choiceDepth--;
        else if (name === 'w:tbl' && choiceDepth === 0) depth--;
      },
    },
    { xmlMode: true },
  );
  parser.end(documentXml);
  return tables.flatMap((rowsWithSkippedCells, index) =>
    rowsWithSkippedCells === 0
      ? []
      : [finding({
          check: 'extract.docx.skipped_grid_cells',
          severity: 'warning',
          message:
            `table ${index}: ${rowsWithSkippedCells} row(s) start after skipped grid columns (w:gridBefore); ` +
            'mammoth shifts their cells left, so cells and merges in this table may sit in the wrong columns',
        })],
  );
}
