/**
 * spending.csv / the `spending` view: one figure per document × classification × code ×
 * measure. A document prints the same amount in several tables (支出总表, 一般公共预算支出表,
 * 财政拨款支出表 …); summing across them counts it several times. For each document,
 * classification and measure, the figure comes from the first table kind of
 * AUTHORITATIVE_TABLES that printed coded lines of that classification and measure: the
 * table covering the most funds first (docs/DATASET.md, spending.csv).
 */
import { z } from 'zod';
import { TableKind, Yuan, type BudgetLine, type CanonicalDocument } from '@budget/model';

export const SPENDING_FILE = 'spending';

/** Per classification, table kinds in order of authority (widest coverage of funds first). */
export const AUTHORITATIVE_TABLES: Readonly<Record<'function' | 'economic', readonly TableKind[]>> = {
  function: ['expenditure_summary', 'function_expenditure', 'general_budget_expenditure', 'fiscal_expenditure'],
  economic: ['economic_expenditure', 'basic_expenditure', 'general_budget_basic', 'fiscal_basic'],
};

export const SPENDING_COLUMNS = [
  'doc_id', 'classification', 'code', 'level', 'name', 'measure', 'amount_yuan', 'source_table', 'line_id',
] as const;

export const SpendingRow = z.object({
  doc_id: z.string(),
  classification: z.enum(['function', 'economic']),
  code: z.string(),
  /** 类 / 款 / 项 from the code's length (3 / 5 / 7 digits); null for other lengths. */
  level: z.enum(['类', '款', '项']).nullable(),
  name: z.string(),
  measure: z.string(),
  amount_yuan: Yuan,
  source_table: TableKind,
  /** The budget line the figure is taken from. */
  line_id: z.string().nullable(),
});
export type SpendingRow = z.infer<typeof SpendingRow>;

export function spendingOf(documents: readonly CanonicalDocument[]): SpendingRow[] {
  return documents.flatMap((doc) => documentSpending(doc.budget_lines));
}

function documentSpending(lines: readonly BudgetLine[]): SpendingRow[] {
  const rows: SpendingRow[] = [];
  for (const [classification, tables] of Object.entries(AUTHORITATIVE_TABLES) as ['function' | 'economic', readonly TableKind[]][]) {
    const coded = lines.filter((line) => line.classification === classification && line.code && !line.function_code);
    const measures = [...new Set(coded.map((line) => line.measure))];
    for (const measure of measures) {
      const source = tables.find((table) => coded.some((line) => line.table === table && line.measure === measure));
      if (!source) continue;
      // One figure per code: a code printed twice in the chosen table (a repeated page) counts once.
      const seen = new Set<string>();
      for (const line of coded) {
        if (line.table !== source || line.measure !== measure || seen.has(line.code!)) continue;
        seen.add(line.code!);
        rows.push({
          doc_id: line.doc_id, classification, code: line.code!, level: levelOf(line.code!), name: line.name,
          measure, amount_yuan: line.amount_yuan, source_table: source, line_id: line.line_id ?? null,
        });
      }
    }
  }
  return rows;
}

function levelOf(code: string): SpendingRow['level'] {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : null;
}
