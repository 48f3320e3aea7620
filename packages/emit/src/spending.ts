/**
 * spending.csv / the `spending` view: one figure per document × classification × code ×
 * measure. A document prints the same amount in several tables (支出总表, 一般公共预算支出表,
 * 财政拨款支出表 …); summing across them counts it several times. For each document,
 * classification and measure, the figure comes from the first table kind of
 * AUTHORITATIVE_TABLES that printed coded lines of that classification and measure: the
 * table covering the most funds first (docs/DATASET.md, spending.csv).
 */
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { TableKind, Yuan, type BudgetLine, type CanonicalDocument } from '@budget/model';

export const SPENDING_FILE = 'spending';

/** Per classification, table kinds in order of authority (widest coverage of funds first). */
export const AUTHORITATIVE_TABLES: Readonly<Record<'function' | 'economic', readonly TableKind[]>> = {
  function: ['expenditure_summary', 'function_expenditure', 'fiscal_expenditure', 'general_budget_expenditure'],
  economic: ['economic_expenditure', 'basic_expenditure', 'fiscal_basic', 'general_budget_basic'],
};

export const SPENDING_COLUMNS = [
  'doc_id', 'classification', 'code', 'level', 'class_code', 'top', 'name', 'measure', 'amount_yuan', 'source_table', 'units', 'line_id', 'basis',
] as const;

/** The name of the row that carries what the function table leaves out of the document's total. */
export const REMAINDER_NAME = '未按功能分类列示的支出';

export const SpendingRow = z.object({
  doc_id: z.string(),
  classification: z.enum(['function', 'economic']),
  code: z.string(),
  /** 类 / 款 / 项 from the code's length (3 / 5 / 7 digits); null for other lengths. */
  level: z.enum(['类', '款', '项']).nullable(),
  /** The 类 the code belongs to (its first three digits). */
  class_code: z.string(),
  /**
   * No shorter code of this document, classification and measure is a prefix of this one: the
   * printed 类 rows where the table prints them, else the finest rows. Sum top rows (by
   * class_code for 类) to get the document's total once, as the document printed it.
   */
  top: z.boolean(),
  name: z.string(),
  measure: z.string(),
  amount_yuan: Yuan,
  source_table: TableKind,
  /** Budget units summed into the figure: 1 for a department-level row, n where the table prints each unit's rows. */
  units: z.number().int().positive(),
  /** The budget line the figure is taken from (the first unit's where several are summed). */
  line_id: z.string().nullable(),
  /**
   * `printed`: the table's own figure. `remainder`: the document's 支出总计 less the sum of the
   * table's top rows, where the table by function covers fewer funds than the total (Jiangsu
   * prints only 财政拨款 by function); code and class_code are empty, so that summing top
   * rows still gives the document's total and no 类 is credited with money it was not given.
   */
  basis: z.enum(['printed', 'remainder']),
});
export type SpendingRow = z.infer<typeof SpendingRow>;

export function spendingOf(documents: readonly CanonicalDocument[]): SpendingRow[] {
  return documents.flatMap(documentSpending);
}

export function documentSpending(doc: CanonicalDocument): SpendingRow[] {
  const rows = printedSpending(doc.budget_lines);
  const remainder = remainderRow(doc, rows);
  return remainder ? [...rows, remainder] : rows;
}

function printedSpending(lines: readonly BudgetLine[]): SpendingRow[] {
  const rows: SpendingRow[] = [];
  for (const [classification, tables] of Object.entries(AUTHORITATIVE_TABLES) as ['function' | 'economic', readonly TableKind[]][]) {
    const coded = lines.filter((line) => line.classification === classification && line.code && !line.function_code);
    const measures = [...new Set(coded.map((line) => line.measure))];
    for (const measure of measures) {
      const source = tables.find((table) => coded.some((line) => line.table === table && line.measure === measure));
      if (!source) continue;
      const figures = figuresByCode(coded.filter((line) => line.table === source && line.measure === measure));
      const codes = [...figures.keys()];
      for (const [code, figure] of figures) {
        rows.push({
          doc_id: figure.first.doc_id, classification, code, level: levelOf(code), class_code: code.slice(0, 3),
          top: !codes.some((other) => other.length < code.length && code.startsWith(other)),
          name: figure.first.name, measure, amount_yuan: figure.amount.toFixed(2), source_table: source,
          units: figure.units, line_id: figure.first.line_id ?? null, basis: 'printed',
        });
      }
    }
  }
  return rows;
}

/**
 * The part of the document's expenditure total that its table by function does not show:
 * only where that total was read from a table (so it is a printed figure, not prose), the
 * function table is one of part of the funds, and it shows less than the total. A function
 * table showing more than the total is a contradiction the validator reports; no row then.
 */
function remainderRow(doc: CanonicalDocument, rows: readonly SpendingRow[]): SpendingRow | null {
  const total = doc.headline_sources['expenditure_total'];
  const top = rows.filter((row) => row.classification === 'function' && row.measure === 'total' && row.top);
  if (!total || total.from !== 'table' || top.length === 0) return null;
  if (ALL_FUNDS_TABLES.has(top[0]!.source_table)) return null;
  const shown = top.reduce((sum, row) => sum.plus(row.amount_yuan), new Decimal(0));
  const missing = new Decimal(total.amount_yuan).minus(shown);
  if (missing.lte(0)) return null;
  const table = doc.tables.find((candidate) => candidate.index === total.provenance.table_index)?.kind;
  if (!table) return null;
  return {
    doc_id: doc.document.doc_id, classification: 'function', code: '', level: null, class_code: '', top: true,
    name: REMAINDER_NAME, measure: 'total', amount_yuan: missing.toFixed(2), source_table: table, units: 1, line_id: null, basis: 'remainder',
  };
}

/** Tables by function that cover every fund: what they show is the whole total. */
const ALL_FUNDS_TABLES: ReadonlySet<TableKind> = new Set(['expenditure_summary', 'function_expenditure']);

/**
 * One figure per code of one table and measure. A code printed at department level (no
 * unit) is taken as printed; a table that prints each budget unit's rows instead is summed
 * over its units. A code repeated for the same unit (a repeated page) counts once.
 */
function figuresByCode(lines: readonly BudgetLine[]): Map<string, { first: BudgetLine; amount: Decimal; units: number }> {
  const byCode = new Map<string, BudgetLine[]>();
  for (const line of lines) byCode.set(line.code!, [...(byCode.get(line.code!) ?? []), line]);
  const figures = new Map<string, { first: BudgetLine; amount: Decimal; units: number }>();
  for (const [code, group] of byCode) {
    const department = group.find((line) => !line.unit_code && !line.unit_name);
    if (department) {
      figures.set(code, { first: department, amount: new Decimal(department.amount_yuan), units: 1 });
      continue;
    }
    const perUnit = new Map<string, BudgetLine>();
    for (const line of group) {
      const unit = `${line.unit_code ?? ''}|${line.unit_name ?? ''}`;
      if (!perUnit.has(unit)) perUnit.set(unit, line);
    }
    const amount = [...perUnit.values()].reduce((sum, line) => sum.plus(line.amount_yuan), new Decimal(0));
    figures.set(code, { first: group[0]!, amount, units: perUnit.size });
  }
  return figures;
}

function levelOf(code: string): SpendingRow['level'] {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : null;
}
