/** Projects (项目支出表, project performance tables) and performance indicators (绩效指标). */
import {
  cellAt, compact, parseFigure, toHalfWidth, toYuan,
  type Indicator, type Project, type TableBlock,
} from '@budget/model';
import { ORG_NAME, splitCodeAndName } from './codes.ts';
import { cleanName, isTotalName } from './items.ts';
import { measureOf } from './measures.ts';
import { cellProvenance, rowPage } from './provenance.ts';
import type { TableContext } from './rows.ts';
import { isKeyValueGrid, readPerformanceTable, type ProjectDraft } from './performance-table.ts';
export { splitTarget } from './performance-table.ts';

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

/** Two mentions of one project: same name, and no code or unit that tells them apart. */
function sameProject(a: Pick<Project, 'name' | 'code' | 'unit_name'>, b: Pick<Project, 'name' | 'code' | 'unit_name'>): boolean {
  if (a.name !== b.name) return false;
  if (a.code && b.code) return a.code === b.code;
  return !a.unit_name || !b.unit_name || a.unit_name === b.unit_name;
}

export function projectsOf(docId: string, contexts: Contexts): Project[] {
  const projects: Project[] = [];
  for (const { table, ctx } of contexts) {
    if (ctx.kind !== 'project_expenditure' && ctx.kind !== 'project_performance') continue;
    if (ctx.kind === 'project_performance' && isKeyValueGrid(table)) continue; // read by performanceOf, one project per grid
    const nameCol = findColumn(ctx.paths, /项目名称/);
    if (nameCol === undefined) continue;
    const codeCol = findColumn(ctx.paths, /(项目编码|项目代码|单位编码)/);
    const unitCol = findColumn(ctx.paths, /^(项目单位|单位名称|项目单位\(项目名称\))$/);
    const categoryCol = findColumn(ctx.paths, /(项目类别|^类型$|项目分类|项目类型)/);
    // The project's amount: 批复数 / 资金总额 / 合计, never a weight or a percentage column.
    const amountCol = ctx.roles.findIndex((r, col) => r.kind === 'amount' && measureOf(ctx.paths[col] ?? [], ctx.year) === 'total');
    for (let row = ctx.headerRows; row < table.nRows; row++) {
      let name = text(table, row, nameCol);
      let code = codeCol !== undefined ? text(table, row, codeCol).replace(/[^0-9A-Z]/g, '') || null : null;
      const embedded = name.match(PROJECT_CODE);
      if (embedded && embedded[2]) { code ??= embedded[1]!; name = embedded[2]!.replace(/^[-－—]/, ''); }
      if (!name || isTotalName(name) || /^合计[:：]?$/.test(name)) continue;
      // Unit rows inside project tables ("102 | 洛阳市西工区人民政府办公室"), not "12345政务服务便民热线工作经费".
      const unitRow = splitCodeAndName(name);
      if (unitRow && !embedded && ORG_NAME.test(unitRow.name)) continue;
      if (code && /^\d{3,6}$/.test(code)) continue;
      // A unit's subtotal row printing only the unit code where project names stand ("102").
      if (/^\d{3,6}$/.test(name)) continue;
      const amountCell = amountCol >= 0 ? cellAt(table, row, amountCol) : undefined;
      const amount = amountCell ? parseFigure(amountCell.text) : null;
      const unitText = unitCol !== undefined ? cleanName(text(table, row, unitCol).replace(/^\d+[-－]/, '')) : '';
      // 项目单位（项目名称） columns print the project's name on project rows: no unit there.
      const unitName = unitText && unitText !== cleanName(name) ? unitText : null;
      // The same project in the 项目支出表 and a performance table: one project, details merged;
      // projects of one name in two units (or with two codes) stay two.
      const known = projects.find((p) => sameProject(p, { name: cleanName(name), code, unit_name: unitName }));
      if (known) {
        known.code ??= code;
        known.amount_yuan ??= amount ? toYuan(amount, ctx.unit) : null;
        continue;
      }
      const nameCell = cellAt(table, row, nameCol)!;
      projects.push({
        doc_id: docId,
        code,
        name: cleanName(name),
        unit_name: unitName,
        category: categoryCol !== undefined ? text(table, row, categoryCol).replace(/^\d+[-－]/, '') || null : null,
        amount_yuan: amount ? toYuan(amount, ctx.unit) : null,
        page: rowPage(table, row),
        provenance: cellProvenance(table, ctx.tableIndex, nameCell),
      });
    }
  }
  return projects;
}

/** Projects and indicators of the performance tables, merged with the 项目支出表's projects by name. */
export function performanceOf(docId: string, contexts: Contexts, listed: Project[]): { projects: Project[]; indicators: Indicator[] } {
  const projects = [...listed];
  const indicators: Indicator[] = [];
  let lastProject: ProjectDraft | null = null;
  for (const { table, ctx } of contexts) {
    if (ctx.kind !== 'project_performance' && ctx.kind !== 'department_performance') continue;
    // A continued table goes on with the project its first part named.
    const introduced = ctx.introducedProject ?? (ctx.continuesPrevious ? lastProject : null);
    const read = readPerformanceTable(table, ctx.tableIndex, ctx.unit, 0, introduced);
    lastProject = read.projects[read.projects.length - 1] ?? lastProject;
    for (const draft of read.projects) {
      const known = projects.find((p) => sameProject(p, draft));
      if (known) {
        known.code ??= draft.code;
        known.category ??= draft.category;
        known.amount_yuan ??= draft.amount_yuan;
      } else {
        projects.push({ doc_id: docId, ...draft });
      }
    }
    for (const draft of read.indicators) {
      indicators.push({ doc_id: docId, ...draft, project: ctx.kind === 'department_performance' ? null : draft.project });
    }
  }
  return { projects, indicators };
}
