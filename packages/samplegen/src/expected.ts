/**
 * The dataset a correct pipeline must produce from a generated disclosure, read off the
 * printed document model: one budget line per printed amount in a recognised budget table,
 * headline figures from the summary tables (prose where no table states them), projects and
 * indicators from the performance tables.
 */
import { HEADLINE_KEYS, type Classification, type HeadlineKey, type TableKind } from '@budget/model';
import type { Disclosure, ExpectedIndicator, ExpectedProject, TableBlock } from './document.ts';
import { printedToYuan } from './money-format.ts';
import type { Spec } from './spec.ts';

export interface ExpectedBudgetLine {
  table: TableKind;
  unit_code: string | null;
  classification: Classification;
  item: string | null;
  code: string | null;
  name: string;
  measure: string;
  amount_yuan: string;
}

export interface ExpectedDocument {
  province: string;
  city: string;
  county: string;
  department: string;
  department_code: string | null;
  year: number;
  kind: 'budget';
  printed_unit: string;
  income_total: string | null;
  expenditure_total: string | null;
  basic_total: string | null;
  project_total: string | null;
  personnel_total: string | null;
  public_funds_total: string | null;
  three_public_total: string | null;
  three_public_overseas: string | null;
  three_public_vehicle_purchase: string | null;
  three_public_vehicle_operation: string | null;
  three_public_reception: string | null;
  staff_authorized: number | null;
  staff_actual: number | null;
}

export interface ExpectedDataset {
  document: ExpectedDocument;
  tables: Array<{ kind: TableKind; title: string }>;
  budget_lines: ExpectedBudgetLine[];
  projects: ExpectedProject[];
  indicators: ExpectedIndicator[];
}

export function tablesOf(d: Disclosure): TableBlock[] {
  return d.sections.flatMap((s) => s.blocks.filter((b): b is TableBlock => b.type === 'table'));
}

/** Projects named in several tables are one project: merge records of the same name whose codes do not conflict. */
function mergeProjects(list: ExpectedProject[]): ExpectedProject[] {
  const out: ExpectedProject[] = [];
  for (const p of list) {
    const same = out.find((q) => q.name === p.name && (q.code === null || p.code === null || q.code === p.code));
    if (!same) {
      out.push({ ...p });
      continue;
    }
    same.code ??= p.code;
    same.category ??= p.category;
    same.amount_yuan ??= p.amount_yuan;
  }
  return out;
}

export function compileExpected(spec: Spec, d: Disclosure): ExpectedDataset {
  const tables: ExpectedDataset['tables'] = [];
  const lines: ExpectedBudgetLine[] = [];
  const headline: Partial<Record<HeadlineKey, string>> = {};
  const projects: ExpectedProject[] = [];
  const indicators: ExpectedIndicator[] = [];
  for (const table of tablesOf(d)) {
    if (!table.kind) continue;
    tables.push({ kind: table.kind, title: table.title });
    for (const row of table.body) {
      for (const cell of row) {
        if (!cell.fact || !cell.text) continue;
        if (!table.unit) throw new Error(`table ${table.title} prints amounts without a unit`);
        const { headline: key, ...fact } = cell.fact;
        const amount_yuan = printedToYuan(cell.text, table.unit);
        lines.push({ table: table.kind, ...fact, amount_yuan });
        if (key && !(key in headline)) headline[key] = amount_yuan;
      }
    }
    projects.push(...(table.projects ?? []));
    indicators.push(...(table.indicators ?? []));
  }
  projects.push(...d.proseProjects);
  const figure = (key: HeadlineKey): string | null => headline[key] ?? d.proseFacts[key] ?? null;
  const headlines = Object.fromEntries(HEADLINE_KEYS.map((k) => [k, figure(k)])) as Record<HeadlineKey, string | null>;
  return {
    document: {
      province: spec.place.province,
      city: spec.place.city,
      county: spec.place.county,
      department: spec.department,
      department_code: spec.departmentCode,
      year: spec.year,
      kind: 'budget',
      printed_unit: d.printedUnit,
      ...headlines,
      staff_authorized: d.staff.authorized,
      staff_actual: d.staff.actual,
    },
    tables,
    budget_lines: lines,
    projects: mergeProjects(projects),
    indicators,
  };
}
