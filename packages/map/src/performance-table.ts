/**
 * Performance tables (绩效目标表) in every layout seen: key-value blocks ("项目名称： X
 * 申请金额： 26.51万元"), an indicator grid under a "三级指标" header (one or two header
 * rows, merged 一级 / 二级 cells), and wide grids with one 三级指标 / 指标值 pair per 一级指标.
 */
import { cellAt, compact, parseFigure, toHalfWidth, toYuan, type Block, type Provenance, type TableBlock, type Unit } from '@budget/model';
import { cleanName } from './items.ts';
import { cellProvenance, rowPage } from './provenance.ts';

export interface ProjectDraft {
  code: string | null;
  name: string;
  category: string | null;
  unit_name: string | null;
  amount_yuan: string | null;
  page: number | null;
  provenance: Provenance;
}

export interface IndicatorDraft {
  project: string | null;
  level1: string | null;
  level2: string | null;
  level3: string;
  operator: string | null;
  value: string | null;
  unit: string | null;
  weight: string | null;
  page: number | null;
  provenance: Provenance;
}

const text = (table: TableBlock, row: number, col: number) => compact(toHalfWidth(cellAt(table, row, col)?.text ?? ''));

/** Anchor cells of a row, left to right, with their text. */
function rowCells(table: TableBlock, row: number): Array<{ col: number; text: string }> {
  return table.cells.filter((c) => c.row === row).sort((a, b) => a.col - b.col).map((c) => ({ col: c.col, text: compact(toHalfWidth(c.text)) }));
}

const KEYS: Array<[RegExp, 'name' | 'code' | 'amount' | 'category']> = [
  [/^项目名称[:：]?$/, 'name'],
  [/^项目(编码|代码)[:：]?$/, 'code'],
  [/^(申请金额|预算数|项目金额|资金总额|预算金额|年度预算安排)[:：]?$/, 'amount'],
  [/^(项目类别|项目分类|项目类型)[:：]?$/, 'category'],
];

/** An amount key with its figure in the same cell ("预算数45.27", "申请金额：26.51万元"). */
const INLINE_AMOUNT = /^(?:申请金额|预算数|项目金额|资金总额|预算金额|年度预算安排)[:：]?(-?[\d,]+(?:\.\d+)?(?:万元|元)?)$/;

/** A column header of a project list (项目名称 | 一级指标 | …), as opposed to a project's name. */
const LIST_HEADER = /(指标|目标|名称|编码|代码|单位|金额|数|类别|分类|类型|序号)$/;

/** A key-value row holds at most two pairs (项目编码 | … | 项目名称 | …); a list's header row holds more. */
const MAX_KEY_VALUE_CELLS = 4;

/**
 * A grid that states one project as key and value (项目名称 | 旅游宣传推介经费), not a list
 * with a 项目名称 column: its rows are the project's details, never projects of their own.
 */
export function isKeyValueGrid(table: TableBlock): boolean {
  for (let row = 0; row < Math.min(3, table.nRows); row++) {
    const cells = rowCells(table, row);
    const filled = cells.filter((c) => c.text);
    const at = filled.findIndex((c) => /^项目名称[:：]?$/.test(c.text));
    const value = filled[at + 1]?.text;
    if (at >= 0 && filled.length <= MAX_KEY_VALUE_CELLS && value && !LIST_HEADER.test(value)) return true;
  }
  return false;
}

/** The value of a 项目名称 key printed after cell `i` of the row, if any. */
function nameAfter(cells: Array<{ text: string }>, i: number): string | undefined {
  const at = cells.findIndex((c, j) => j > i && /^项目名称[:：]?$/.test(c.text));
  return at > i ? cells.slice(at + 1).find((c) => c.text)?.text : undefined;
}

/** "26.51万元" in a cell, or a bare figure in the table's unit. */
function amountOf(value: string, unit: Unit): string | null {
  const m = value.match(/^(-?[\d,]+(?:\.\d+)?)(万元|元)?$/);
  if (!m) return null;
  const figure = parseFigure(m[1]!);
  return figure ? toYuan(figure, (m[2] as Unit | undefined) ?? unit) : null;
}

export const OPERATOR = /^(≥|≤|>=|<=|=|＝|>|<)/;

export function normaliseOperator(op: string): string {
  return op.replace('>=', '≥').replace('<=', '≤').replace('＝', '=');
}

/** "≥365天" → ≥, 365, 天; "100%" → null, 100, %; "显著提升" → null, 显著提升, null. */
export function splitTarget(raw: string): { operator: string | null; value: string | null; unit: string | null } {
  let t = compact(toHalfWidth(raw));
  if (!t) return { operator: null, value: null, unit: null };
  let operator: string | null = null;
  const op = t.match(OPERATOR);
  if (op) { operator = normaliseOperator(op[1]!); t = t.slice(op[1]!.length); }
  const m = t.match(/^(-?\d+(?:\.\d+)?)(.*)$/);
  // "10月底之前" is a date, not 10 of a unit "月底之前".
  if (m && !/(前|后|底|内|以|起|止)/.test(m[2]!)) return { operator, value: m[1]!, unit: m[2] || null };
  return { operator, value: t, unit: null };
}

interface IndicatorColumns {
  level1: number | null;
  level2: number | null;
  level3: number;
  operator: number | null;
  value: number | null;
  unit: number | null;
  weight: number | null;
  /** 一级指标 printed as the group heading above a wide grid's 三级指标 column. */
  level1Heading: string | null;
}

function headerText(table: TableBlock, rows: number[], col: number): string {
  return [...new Set(rows.map((r) => text(table, r, col)).filter(Boolean))].join('›');
}

/** Column map from a header row holding 三级指标 (and the row below when it splits 目标值). */
function indicatorColumns(table: TableBlock, headerRow: number): { groups: IndicatorColumns[]; project: number | null; rows: number } {
  const below = headerRow + 1 < table.nRows && rowCells(table, headerRow + 1).some((c) => /(计算符号|目标值|指标值|^单位$|度量单位)/.test(c.text));
  const rows = below ? [headerRow, headerRow + 1] : [headerRow];
  const headers = Array.from({ length: table.nCols }, (_, col) => headerText(table, rows, col));
  const leaf = (col: number) => headers[col]!.split('›').pop() ?? '';
  const find = (pattern: RegExp, from = 0, to = table.nCols) => {
    for (let col = from; col < to; col++) if (pattern.test(leaf(col)) || pattern.test(headers[col]!)) return col;
    return null;
  };
  const level3Cols = headers.map((_, col) => col).filter((col) => /三级指标/.test(leaf(col)));
  const groups: IndicatorColumns[] = level3Cols.map((level3, i) => {
    const end = level3Cols[i + 1] ?? table.nCols;
    const upper = headerRow > 0 ? text(table, headerRow - 1, level3) : '';
    const heading = headers[level3]!.split('›')[0] ?? '';
    return {
      level1: find(/一级指标/),
      level2: find(/二级指标/),
      level3,
      operator: find(/(计算符号|指标性质|^符号$)/, level3, end),
      value: find(/(目标值|指标值)$/, level3, end) ?? find(/(目标值|指标值)/, level3, end),
      unit: find(/(度量单位|^单位$)/, level3, end),
      weight: find(/权重/, level3, end),
      level1Heading: level3Cols.length > 1 ? (/指标$/.test(heading) && heading !== '三级指标' ? heading : /指标$/.test(upper) ? upper : null) : null,
    };
  });
  return { groups, project: find(/项目名称/), rows: rows.length };
}

export function readPerformanceTable(
  table: TableBlock, tableIndex: number, unit: Unit, startRow: number, introduced: ProjectDraft | null = null,
): { projects: ProjectDraft[]; indicators: IndicatorDraft[] } {
  const projects: ProjectDraft[] = introduced ? [introduced] : [];
  const indicators: IndicatorDraft[] = [];
  let current: ProjectDraft | null = introduced;
  let columns: ReturnType<typeof indicatorColumns> | null = null;
  let level1: string | null = null;
  let level2: string | null = null;
  for (let row = startRow; row < table.nRows; row++) {
    const cells = rowCells(table, row);
    if (cells.some((c) => /^三级指标$/.test(c.text))) {
      columns = indicatorColumns(table, row);
      row += columns.rows - 1;
      level1 = level2 = null;
      continue;
    }
    // Key-value cells: 项目名称： X, 项目编码 X, 申请金额： 26.51万元.
    let keyed = false;
    cells.forEach((cell, i) => {
      const inline = cell.text.match(INLINE_AMOUNT);
      if (inline && current) {
        // Key and figure in one cell: "预算数 45.27".
        keyed = true;
        current.amount_yuan ??= amountOf(inline[1]!, unit);
        return;
      }
      const key = KEYS.find(([pattern]) => pattern.test(cell.text))?.[1];
      const value = cells.slice(i + 1).find((c) => c.text && !KEYS.some(([p]) => p.test(c.text)))?.text;
      if (!key || !value) return;
      keyed = true;
      if (key === 'name') {
        const anchor = table.cells.find((c) => c.row === row && compact(toHalfWidth(c.text)) === value)!;
        current = { code: null, name: cleanName(value), category: null, unit_name: null, amount_yuan: null, page: rowPage(table, row), provenance: cellProvenance(table, tableIndex, anchor) };
        projects.push(current);
      } else if (key === 'code' && nameAfter(cells, i)) {
        // 项目编码 printed before 项目名称 on the same row: a new project starts here.
        const name = nameAfter(cells, i)!;
        const anchor = table.cells.find((c) => c.row === row && compact(toHalfWidth(c.text)) === name)!;
        current = { code: value.replace(/[^0-9A-Z]/g, '') || null, name: cleanName(name), category: null, unit_name: null, amount_yuan: null, page: rowPage(table, row), provenance: cellProvenance(table, tableIndex, anchor) };
        projects.push(current);
      } else if (current) {
        if (key === 'code') current.code ??= value.replace(/[^0-9A-Z]/g, '') || null;
        if (key === 'amount') current.amount_yuan ??= amountOf(value, unit);
        if (key === 'category') current.category ??= value;
      }
    });
    if (keyed || !columns) continue;
    const projectCell = columns.project !== null ? text(table, row, columns.project) : '';
    const projectName = projectCell ? cleanName(projectCell.replace(/^[0-9A-Z]{12,30}[-－—]?/, '')) : (current as ProjectDraft | null)?.name ?? null;
    for (const group of columns.groups) {
      const level3 = text(table, row, group.level3);
      if (group.level1 !== null) level1 = text(table, row, group.level1) || level1;
      if (group.level2 !== null) level2 = text(table, row, group.level2) || level2;
      if (!level3) continue;
      const target = splitTarget(group.value !== null ? text(table, row, group.value) : '');
      const printedOp = group.operator !== null ? normaliseOperator(text(table, row, group.operator)) : '';
      const printedUnit = group.unit !== null ? text(table, row, group.unit) : '';
      indicators.push({
        project: projectName,
        level1: group.level1Heading ?? level1,
        level2: group.level1Heading ? null : level2,
        level3,
        operator: OPERATOR.test(printedOp) ? printedOp.match(OPERATOR)![1]! : target.operator,
        value: target.value,
        unit: printedUnit || target.unit,
        weight: group.weight !== null ? text(table, row, group.weight) || null : null,
        page: rowPage(table, row),
        provenance: cellProvenance(table, tableIndex, cellAt(table, row, group.level3)!),
      });
    }
  }
  return { projects, indicators };
}

/** An indicator grid without a title of its own (Word-style disclosures print it under the project's prose). */
export function hasIndicatorHeader(table: TableBlock): boolean {
  return table.cells.some((c) => c.row < 12 && /^三级指标$/.test(compact(c.text)));
}

/**
 * A numbered heading's text names a project when it holds Chinese text and does not start
 * with an amount ("3.12345政务服务便民热线工作经费" is project 3, not the figure 3.12345).
 */
function isProjectName(text: string): boolean {
  return /[\u4e00-\u9fff]/.test(text) && !/^\d+(\.\d+)?(万元|元|%|亿)/.test(text);
}

/**
 * The project a title-less indicator grid belongs to, from the prose just above it:
 * "1.区委总值班工作" … "（6）年度预算安排：14.13万元" … "（7）绩效目标和指标".
 */
export function projectIntroducedBefore(blocks: Block[], index: number): ProjectDraft | null {
  let amount: string | null = null;
  for (let i = index - 1; i >= 0 && i >= index - 15; i--) {
    const block = blocks[i]!;
    if (block.type === 'table') return null;
    const t = compact(toHalfWidth(block.text));
    const budget = t.match(/年度预算安排[:：]?(\d+(?:\.\d+)?)(万元|元|万)/);
    if (budget) amount = toYuan(parseFigure(budget[1]!)!, budget[2] === '元' ? '元' : '万元');
    const heading = t.match(/^\d{1,2}[.、．]([^：:，。]{2,40})$/);
    if (heading && isProjectName(heading[1]!)) {
      return {
        code: null, name: cleanName(heading[1]!), category: null, unit_name: null, amount_yuan: amount, page: block.page,
        provenance: { page: block.page, table_index: null, row: null, col: null, bbox: block.bbox ?? null, text: block.text },
      };
    }
  }
  return null;
}
