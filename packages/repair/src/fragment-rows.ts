/**
 * In tables rebuilt from text alignment (no rulings), a cell's wrapped second line can
 * come out as a row of its own: "机关事业单位基本养老" / "保险缴费支出", or a figure's
 * tail "65.2" / "2". Such a fragment row prints no code of its own.
 *  - A fragment of text only is the row above's wrapped text: joined.
 *  - A fragment holding figures admits two readings (a row of its own, or the tail of the
 *    figures above); the hierarchy decides: the reading under which the parent subject
 *    equals the sum of its items wins, and the finding records both readings. With no
 *    deciding identity the table stays as printed, with a warning.
 */
import { finding, Decimal, compact, joinWrapped, parseFigure, type Cell, type Finding, type SourceDocument, type TableBlock } from '@budget/model';

const CODE = /^[\[【(（]?(\d{3,7})(?!\d)/;

function cellText(table: TableBlock, row: number, col: number): string {
  return compact(table.cells.find((c) => c.row === row && c.col === col)?.text ?? '');
}

/** The column holding subject codes: the one whose cells most often start with a code. */
function codeColumn(table: TableBlock): number | null {
  let best: { col: number; hits: number } | null = null;
  for (let col = 0; col < table.nCols; col++) {
    let hits = 0;
    for (let row = 0; row < table.nRows; row++) if (CODE.test(cellText(table, row, col))) hits++;
    if (hits >= 3 && (!best || hits > best.hits)) best = { col, hits };
  }
  return best?.col ?? null;
}

function codeAt(table: TableBlock, row: number, col: number): string | null {
  return cellText(table, row, col).match(CODE)?.[1] ?? null;
}

function isFigureText(text: string): boolean {
  return text !== '' && parseFigure(text) !== null;
}

/** Does the parent of `child` equal the sum of its items in column `col`, with `child` read as `value`? */
function hierarchyHolds(table: TableBlock, codeCol: number, childRow: number, col: number, value: string, skipRow: number): boolean | null {
  const code = codeAt(table, childRow, codeCol);
  if (!code || code.length <= 3) return null;
  const parentCode = code.slice(0, -2);
  let parent: Decimal | null = null;
  let sum = new Decimal(0);
  for (let row = 0; row < table.nRows; row++) {
    if (row === skipRow) continue;
    const rowCode = codeAt(table, row, codeCol);
    if (rowCode === parentCode) parent = parseFigure(cellText(table, row, col));
    else if (rowCode && rowCode.length === code.length && rowCode.startsWith(parentCode)) {
      sum = sum.plus((row === childRow ? parseFigure(value) : parseFigure(cellText(table, row, col))) ?? 0);
    }
  }
  return parent === null ? null : parent.equals(sum);
}

function merge(table: TableBlock, upper: number, lower: number): TableBlock {
  const cells: Cell[] = [];
  for (const cell of table.cells) {
    if (cell.row === lower) continue;
    const below = table.cells.find((c) => c.row === lower && c.col === cell.col);
    if (cell.row === upper && below && compact(below.text)) {
      cells.push({
        ...cell,
        text: joinWrapped([cell.text, below.text]),
        sources: [...cell.sources, ...below.sources],
        repairs: [...(cell.repairs ?? []), 'repair.row_join'],
      });
    } else {
      cells.push(cell.row > lower ? { ...cell, row: cell.row - 1 } : cell);
    }
  }
  const rowPages = table.rowPages ? table.rowPages.filter((_, i) => i !== lower) : table.rowPages;
  return { ...table, cells, nRows: table.nRows - 1, rowPages };
}

function repairTable(input: TableBlock, findings: Finding[]): TableBlock {
  if (input.method !== 'aligned') return input;
  let table = input;
  const codeCol = codeColumn(table);
  if (codeCol === null) return table;
  for (let row = 1; row < table.nRows; row++) {
    const above = row - 1;
    if (codeAt(table, row, codeCol) || !codeAt(table, above, codeCol)) continue;
    const fragment = table.cells.filter((c) => c.row === row && compact(c.text));
    if (fragment.length === 0) continue;
    // Rows of their own that print no code: totals and numbered items.
    if (fragment.some((c) => /^(合计|总计|小计|其中|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])/.test(compact(c.text)))) continue;
    const figures = fragment.filter((c) => isFigureText(compact(c.text)));
    const page = table.rowPages?.[row] ?? table.page;
    if (figures.length === 0) {
      findings.push(finding({
        check: 'repair.row_join', severity: 'info', page, code: codeAt(table, above, codeCol), actual: fragment.map((c) => c.text).join(' / '), message: 'joined a wrapped line of text to the row above it',
      }));
      table = merge(table, above, row);
      row--;
      continue;
    }
    // Figures: ask the hierarchy which reading holds, column by column.
    const verdicts = figures.map((cell) => {
      const joined = compact(joinWrapped([cellText(table, above, cell.col), cell.text]));
      return {
        col: cell.col, joined, separate: cellText(table, above, cell.col),
        joinedHolds: isFigureText(joined) ? hierarchyHolds(table, codeCol, above, cell.col, joined, row) : false,
        separateHolds: hierarchyHolds(table, codeCol, above, cell.col, cellText(table, above, cell.col), row),
      };
    });
    const code = codeAt(table, above, codeCol);
    if (verdicts.every((v) => v.joinedHolds === true) && verdicts.some((v) => v.separateHolds === false)) {
      findings.push(finding({
        check: 'repair.figure_join', severity: 'info', page, code,
        expected: verdicts.map((v) => v.joined).join(' '), actual: verdicts.map((v) => `${v.separate} + ${compact(table.cells.find((c) => c.row === row && c.col === v.col)!.text)}`).join(' '),
        message: `two readings of a wrapped figure under ${code}: as one figure (${verdicts.map((v) => v.joined).join(', ')}) its parent equals the sum of its items (sum.children), as a separate row it does not; joined`,
      }));
      table = merge(table, above, row);
      row--;
    } else {
      findings.push(finding({
        check: 'repair.ambiguous', severity: 'warning', page, code,
        expected: verdicts.map((v) => v.joined).join(' '), actual: fragment.map((c) => c.text).join(' / '),
        message: `a row without a code below ${code} holds figures; no identity decides whether they continue the row above, so the table stays as printed`,
      }));
    }
  }
  return table;
}

export function joinFragmentRows(doc: SourceDocument): SourceDocument {
  const findings: Finding[] = [];
  const blocks = doc.blocks.map((b) => (b.type === 'table' ? repairTable(b, findings) : b));
  return { ...doc, blocks, findings: [...doc.findings, ...findings] };
}
