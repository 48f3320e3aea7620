/**
 * The dataset's tables: file names, the zod schema of their rows, and the CSV columns.
 * Column order is the contract's (shared/contract/DATASET.md); schema fields the contract
 * does not list follow as extension columns, so a field added to the model shows up
 * without touching this file. Nested objects (provenance) stay out of the CSV; the
 * JSONL rows keep them.
 */
import type { z } from 'zod';
import { BudgetLine, DocumentRow, FindingRow, Indicator, Project, type CanonicalDocument } from '@budget/model';

export const TABLE_NAMES = ['documents', 'budget_lines', 'projects', 'indicators', 'findings'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** The contract's columns, in the contract's order. */
export const CONTRACT_COLUMNS: Record<TableName, readonly string[]> = {
  documents: [
    'doc_id', 'source', 'format', 'pages', 'province', 'city', 'county', 'region_code', 'department',
    'department_code', 'year', 'kind', 'printed_unit', 'status', 'quality', 'error',
    'income_total', 'expenditure_total', 'basic_total', 'project_total', 'personnel_total', 'public_funds_total',
    'three_public_total', 'three_public_overseas', 'three_public_vehicle_purchase',
    'three_public_vehicle_operation', 'three_public_reception', 'staff_authorized', 'staff_actual',
  ],
  budget_lines: [
    'doc_id', 'table', 'table_title', 'page', 'row', 'unit_code', 'unit_name', 'classification', 'item',
    'code', 'gov_economic_code', 'gov_economic_name', 'name', 'measure', 'amount_yuan', 'printed', 'repaired',
  ],
  projects: ['doc_id', 'code', 'name', 'unit_name', 'category', 'amount_yuan', 'page'],
  indicators: ['doc_id', 'project', 'level1', 'level2', 'level3', 'operator', 'value', 'unit', 'weight', 'page'],
  findings: ['doc_id', 'check', 'severity', 'table', 'page', 'code', 'expected', 'actual', 'message'],
};

/** Fields that never go into a CSV: nested objects with a home in the JSONL and the per-document JSON. */
const JSON_ONLY_FIELDS = new Set(['provenance']);

export const TABLE_SCHEMAS = {
  documents: DocumentRow,
  budget_lines: BudgetLine,
  projects: Project,
  indicators: Indicator,
  findings: FindingRow,
} satisfies Record<TableName, z.ZodObject>;

function columnsOf(table: TableName): readonly string[] {
  const contract = CONTRACT_COLUMNS[table];
  const extensions = Object.keys(TABLE_SCHEMAS[table].shape).filter(
    (field) => !contract.includes(field) && !JSON_ONLY_FIELDS.has(field),
  );
  return Object.freeze([...contract, ...extensions]);
}

/** CSV columns per table: the contract's, then extension columns. */
export const datasetColumns: Readonly<Record<TableName, readonly string[]>> = Object.freeze(
  Object.fromEntries(TABLE_NAMES.map((table) => [table, columnsOf(table)])) as Record<TableName, readonly string[]>,
);

/** One document's rows of one table, in document order. */
export function rowsOf(doc: CanonicalDocument, table: TableName): object[] {
  switch (table) {
    case 'documents':
      return [doc.document];
    case 'budget_lines':
      return doc.budget_lines;
    case 'projects':
      return doc.projects;
    case 'indicators':
      return doc.indicators;
    case 'findings':
      return doc.findings;
  }
}
