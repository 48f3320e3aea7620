/** What each column of a table holds: a row number, a code, a name, or amounts. */
import { threePublicItem } from './items.ts';
import { measureOf } from './measures.ts';
import { cellAt, compact, parseAmount, toHalfWidth, type TableBlock } from '@budget/model';

export type ColumnRole =
  | { kind: 'seq' }
  | { kind: 'code'; part: 'full' | 'class' | 'section' | 'item' | 'unit' | 'gov_economic' }
  | { kind: 'name' }
  | { kind: 'amount' }
  | { kind: 'text' };

function dataTexts(table: TableBlock, col: number, from: number): string[] {
  const out: string[] = [];
  for (let row = from; row < table.nRows; row++) {
    const cell = cellAt(table, row, col);
    if (!cell || cell.col !== col || cell.row !== row) continue;
    const text = compact(toHalfWidth(cell.text));
    if (text) out.push(text);
  }
  return out;
}

function share(texts: string[], test: (t: string) => boolean): number {
  return texts.length === 0 ? 0 : texts.filter(test).length / texts.length;
}

/**
 * Roles from the header path first (科目编码, 类 / 款 / 项, 序号, 单位代码), then from the
 * data: a column of figures holds amounts, a column of short digit strings holds codes.
 * A second code column in a row (政府预算经济分类) is told apart by its header.
 */
export function columnRoles(table: TableBlock, paths: string[][], headerRows: number, year: number | null): ColumnRole[] {
  const roles: ColumnRole[] = [];
  for (let col = 0; col < table.nCols; col++) {
    const path = paths[col] ?? [];
    const leaf = path[path.length - 1] ?? '';
    const joined = path.join('›');
    const texts = dataTexts(table, col, headerRows);
    // A bare run of 3+ digits is more likely a code than an amount; decimals always count.
    const figures = share(texts, (t) => (parseAmount(t) !== null && !/^\d{3,}$/.test(t)) || /^\d+\.\d+$/.test(t));
    if (/^(序号|行次|编号)$/.test(leaf)) roles.push({ kind: 'seq' });
    else if (leaf === '类') roles.push({ kind: 'code', part: 'class' });
    else if (leaf === '款') roles.push({ kind: 'code', part: 'section' });
    else if (leaf === '项') roles.push({ kind: 'code', part: 'item' });
    else if (/(单位代码|单位编码|部门\(单位\)代码|部门代码)/.test(leaf)) roles.push({ kind: 'code', part: 'unit' });
    else if (/(编码|代码)$/.test(leaf) && /政府(预算)?(支出)?经济分类/.test(joined)) roles.push({ kind: 'code', part: 'gov_economic' });
    else if (/(科目编码|科目代码|^编码$|^代码$|功能分类科目编码|项目编码)/.test(leaf) && share(texts, (t) => /^\d{3,}$/.test(t)) >= 0.5) roles.push({ kind: 'code', part: 'full' });
    else if (texts.length > 0 && (measureOf(path, year) !== null || path.some((h) => threePublicItem(h))) && figures + share(texts, (t) => /^\d+$/.test(t)) >= 0.6) roles.push({ kind: 'amount' });
    else if (texts.length > 0 && share(texts, (t) => /^[1-9]\d?$/.test(t)) > 0.8 && /^(|序号)$/.test(leaf) && figures < 1) roles.push({ kind: 'seq' });
    else if (texts.length > 0 && figures >= 0.6) roles.push({ kind: 'amount' });
    else if (texts.length > 0 && share(texts, (t) => /^\d{3,7}$/.test(t)) >= 0.8) roles.push({ kind: 'code', part: 'full' });
    else if (texts.length === 0 && (measureOf(path, year) !== null || !/(名称|^项目|科目|编码|代码|^单位|序号|说明|依据|内容|目标|指标)/.test(leaf)) && path.length > 0) roles.push({ kind: 'amount' });
    else roles.push({ kind: 'name' });
  }
  return roles;
}
