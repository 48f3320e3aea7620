/** Projects (项目支出表, project performance tables) and performance indicators (绩效指标). */
import {
  cellAt, compact, parseFigure, toHalfWidth, toYuan,
  type Indicator, type Project, type TableBlock,
} from '@budget/model';
import { splitCodeAndName } from './codes.ts';
import { cleanName, isTotalName } from './items.ts';
import { measureOf } from './measures.ts';
import { cellProvenance, rowPage } from './provenance.ts';
import type { TableContext } from './rows.ts';

type Contexts = Array<{ table: TableBlock; ctx: TableContext }>;

function text(table: TableBlock, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  return compact(toHalfWidth(cellAt(table, row, col)?.text ?? ''));
}

function findColumn(paths: string[][], pattern: RegExp): number | undefined {
  const index = paths.findIndex((p) => pattern.test(p[p.length - 1] ?? '') || pattern.test(p.join('›')));
  return index >= 0 ? index : undefined;
}

/** Project codes are 12+ characters of digits and capitals (410303250000000012117, 13010424P00425410003U). */
const PROJECT_CODE = /^([0-9A-Z]{12,30})[-－—]?(.*)$/;

export function projectsOf(docId: string, contexts: Contexts): Project[] {
  const projects: Project[] = [];
  const seen = new Set<string>();
  for (const { table, ctx } of contexts) {
    if (ctx.kind !== 'project_expenditure' && ctx.kind !== 'project_performance') continue;
    const nameCol = findColumn(ctx.paths, /项目名称/);
    if (nameCol === undefined) continue;
    const codeCol = findColumn(ctx.paths, /(项目编码|项目代码|单位编码)/);
    const unitCol = findColumn(ctx.paths, /^(项目单位|单位名称|项目单位\(项目名称\))$/);
    const categoryCol = findColumn(ctx.paths, /(项目类别|^类型$|项目分类|项目类型)/);
    const amountCol = ctx.roles.findIndex((r, col) => r.kind === 'amount' && (measureOf(ctx.paths[col] ?? [], ctx.year) ?? 'total') === 'total');
    for (let row = ctx.headerRows; row < table.nRows; row++) {
      let name = text(table, row, nameCol);
      let code = codeCol !== undefined ? text(table, row, codeCol).replace(/[^0-9A-Z]/g, '') || null : null;
      const embedded = name.match(PROJECT_CODE);
      if (embedded && embedded[2]) { code ??= embedded[1]!; name = embedded[2]!.replace(/^[-－—]/, ''); }
      if (!name || isTotalName(name) || /^合计[:：]?$/.test(name)) continue;
      // Unit rows inside project tables ("102 | 洛阳市西工区人民政府办公室").
      if (splitCodeAndName(name) && !embedded) continue;
      if (code && /^\d{3,6}$/.test(code)) continue;
      const amountCell = amountCol >= 0 ? cellAt(table, row, amountCol) : undefined;
      const amount = amountCell ? parseFigure(amountCell.text) : null;
      const key = `${code ?? ''}|${cleanName(name)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const nameCell = cellAt(table, row, nameCol)!;
      projects.push({
        doc_id: docId,
        code,
        name: cleanName(name),
        unit_name: unitCol !== undefined ? cleanName(text(table, row, unitCol).replace(/^\d+[-－]/, '')) || null : null,
        category: categoryCol !== undefined ? text(table, row, categoryCol).replace(/^\d+[-－]/, '') || null : null,
        amount_yuan: amount ? toYuan(amount, ctx.unit) : null,
        page: rowPage(table, row),
        provenance: cellProvenance(table, ctx.tableIndex, nameCell),
      });
    }
  }
  return projects;
}

const OPERATOR = /^(≥|≤|>=|<=|=|＝|>|<)/;

/** "≥365天" → ≥, 365, 天; "100%" → null, 100, %; "显著提升" → null, 显著提升, null. */
export function splitTarget(raw: string): { operator: string | null; value: string | null; unit: string | null } {
  let t = compact(toHalfWidth(raw));
  if (!t) return { operator: null, value: null, unit: null };
  let operator: string | null = null;
  const op = t.match(OPERATOR);
  if (op) { operator = op[1]!.replace('>=', '≥').replace('<=', '≤'); t = t.slice(op[1]!.length); }
  const m = t.match(/^(-?\d+(?:\.\d+)?)(.*)$/);
  if (m) return { operator, value: m[1]!, unit: m[2] || null };
  return { operator, value: t, unit: null };
}

export function indicatorsOf(docId: string, contexts: Contexts): Indicator[] {
  const indicators: Indicator[] = [];
  for (const { table, ctx } of contexts) {
    if (ctx.kind !== 'project_performance' && ctx.kind !== 'department_performance') continue;
    const l1 = findColumn(ctx.paths, /一级指标/);
    const l2 = findColumn(ctx.paths, /二级指标/);
    const l3 = findColumn(ctx.paths, /三级指标/);
    if (l3 === undefined) continue;
    const opCol = findColumn(ctx.paths, /(计算符号|指标性质|^符号$)/);
    const valueCol = findColumn(ctx.paths, /(绩效指标值|目标值|^指标值$|本年绩效指标值)/);
    const unitCol = findColumn(ctx.paths, /(度量单位|^单位$)/);
    const weightCol = findColumn(ctx.paths, /权重/);
    const projectCol = findColumn(ctx.paths, /项目名称/);
    let level1: string | null = null;
    let level2: string | null = null;
    let project: string | null = null;
    for (let row = ctx.headerRows; row < table.nRows; row++) {
      const level3 = text(table, row, l3);
      level1 = text(table, row, l1) || level1;
      level2 = text(table, row, l2) || level2;
      if (projectCol !== undefined) {
        const p = text(table, row, projectCol);
        if (p) project = cleanName(p.replace(PROJECT_CODE, (_, _code, rest: string) => rest.replace(/^[-－—]/, '') || p));
      }
      if (!level3 || /三级指标/.test(level3)) continue;
      const target = splitTarget(text(table, row, valueCol));
      const printedOp = text(table, row, opCol).replace('>=', '≥').replace('<=', '≤').replace('＝', '=');
      indicators.push({
        doc_id: docId,
        project: ctx.kind === 'department_performance' ? null : project,
        level1, level2, level3,
        operator: printedOp && OPERATOR.test(printedOp) ? printedOp : target.operator,
        value: target.value,
        unit: text(table, row, unitCol) || target.unit,
        weight: text(table, row, weightCol) || null,
        page: rowPage(table, row),
        provenance: cellProvenance(table, ctx.tableIndex, cellAt(table, row, l3)!),
      });
    }
  }
  return indicators;
}
