/** Headline figures: from the tables where they print them, else from the prose; never computed. */
import type { BudgetLine, DocumentKind, Fact, HeadlineKey, RecognisedTable, TableKind } from '@budget/model';
import { threePublicColumn } from './items.ts';

interface Rule {
  kinds: TableKind[];
  item?: string;
  measure: string;
  totalRow?: boolean;
  /**
   * The table covers only part of the money (一般公共预算 only): its split stands for the
   * department's when its own total equals this headline, already read.
   */
  whole?: HeadlineKey;
  /** The table's measure that must equal `whole` (default: its 合计). */
  wholeMeasure?: string;
}

/** Where each headline is printed, in order of trust. */
const TABLE_RULES: Record<HeadlineKey, Rule[]> = {
  income_total: [{ kinds: ['income_expenditure_summary'], item: 'income.total', measure: 'total' }],
  expenditure_total: [{ kinds: ['income_expenditure_summary'], item: 'expenditure.total', measure: 'total' }],
  basic_total: [
    { kinds: ['income_expenditure_summary'], item: 'expenditure.basic', measure: 'total' },
    { kinds: ['expenditure_summary'], item: 'total', measure: 'basic' },
  ],
  project_total: [
    { kinds: ['income_expenditure_summary'], item: 'expenditure.project', measure: 'total' },
    { kinds: ['expenditure_summary'], item: 'total', measure: 'project' },
  ],
  personnel_total: [
    { kinds: ['income_expenditure_summary'], item: 'expenditure.personnel', measure: 'total' },
    { kinds: ['expenditure_summary'], item: 'total', measure: 'personnel' },
    { kinds: ['basic_expenditure'], item: 'total', measure: 'personnel' },
    { kinds: ['general_budget_basic', 'fiscal_basic'], item: 'total', measure: 'personnel', whole: 'basic_total' },
    { kinds: ['general_budget_expenditure'], item: 'total', measure: 'personnel', whole: 'basic_total', wholeMeasure: 'basic' },
  ],
  public_funds_total: [
    { kinds: ['income_expenditure_summary'], item: 'expenditure.public_funds', measure: 'total' },
    { kinds: ['expenditure_summary'], item: 'total', measure: 'public_funds' },
    { kinds: ['basic_expenditure'], item: 'total', measure: 'public_funds' },
    { kinds: ['general_budget_basic', 'fiscal_basic'], item: 'total', measure: 'public_funds', whole: 'basic_total' },
    { kinds: ['general_budget_expenditure'], item: 'total', measure: 'public_funds', whole: 'basic_total', wholeMeasure: 'basic' },
  ],
  three_public_total: [
    { kinds: ['three_public'], item: 'three_public.total', measure: 'total' },
    { kinds: ['three_public'], item: 'total', measure: 'total' },
  ],
  three_public_overseas: [{ kinds: ['three_public'], item: 'three_public.overseas', measure: 'total' }],
  three_public_vehicle_purchase: [{ kinds: ['three_public'], item: 'three_public.vehicle_purchase', measure: 'total' }],
  three_public_vehicle_operation: [{ kinds: ['three_public'], item: 'three_public.vehicle_operation', measure: 'total' }],
  three_public_reception: [{ kinds: ['three_public'], item: 'three_public.reception', measure: 'total' }],
};

function printedLine(lines: BudgetLine[], kinds: TableKind[], item: string | undefined, measure: string): BudgetLine | undefined {
  return lines.find((l) => kinds.includes(l.table) && l.item === item && l.measure === measure && l.unit_code === null)
    ?? lines.find((l) => kinds.includes(l.table) && l.item === item && l.measure === measure);
}

function fromTables(lines: BudgetLine[], key: HeadlineKey, known: Partial<Record<HeadlineKey, Fact>>, kind: DocumentKind): Fact | null {
  for (const rule of TABLE_RULES[key]) {
    // A 决算's figure is its 决算数; a budget's is its 合计 (a 上年决算数 beside it is last year's).
    const measures = rule.measure === 'total' && kind === 'final_accounts' ? ['actual', 'total'] : [rule.measure];
    const line = measures.map((m) => printedLine(lines, rule.kinds, rule.item, m)).find(Boolean);
    if (!line) continue;
    if (rule.whole) {
      const wholeMeasures = rule.wholeMeasure ? [rule.wholeMeasure] : ['total', 'actual'];
      const total = lines.find((l) => l.table === line.table && l.item === rule.item && wholeMeasures.includes(l.measure) && l.unit_code === line.unit_code);
      if (!total || total.amount_yuan !== known[rule.whole]?.amount_yuan) continue;
    }
    return { amount_yuan: line.amount_yuan, from: 'table', provenance: line.provenance };
  }
  return null;
}

/** Table wins; the prose fills in where no table prints the figure (validation compares the two). */
const THREE_PUBLIC_KEYS: Partial<Record<HeadlineKey, string>> = {
  three_public_total: 'three_public.total', three_public_overseas: 'three_public.overseas',
  three_public_vehicle_purchase: 'three_public.vehicle_purchase', three_public_vehicle_operation: 'three_public.vehicle_operation',
  three_public_reception: 'three_public.reception',
};

/**
 * A “三公” item the table prints as a column but leaves blank: the table states 0.00 for it
 * (the contract's rule for a blank 决算数, and a budget's blank cell says the same).
 */
function blankItemColumn(tables: readonly RecognisedTable[], key: HeadlineKey, kind: DocumentKind): Fact | null {
  const item = THREE_PUBLIC_KEYS[key];
  if (!item) return null;
  for (const table of tables.filter((t) => t.kind === 'three_public')) {
    const column = table.columns.find((c) => c.measure === (kind === 'final_accounts' ? 'actual' : 'total') && threePublicColumn(c.header.split('›'))?.item === item)
      ?? (kind === 'final_accounts' ? undefined : table.columns.find((c) => threePublicColumn(c.header.split('›'))?.item === item && c.measure === null));
    if (column) {
      return { amount_yuan: '0.00', from: 'table', provenance: { page: table.page, table_index: table.index, row: null, col: column.col, bbox: null, text: '' } };
    }
  }
  return null;
}

export function headlines(
  lines: BudgetLine[], prose: Partial<Record<HeadlineKey, Fact>>, kind: DocumentKind = 'budget', tables: readonly RecognisedTable[] = [],
): Partial<Record<HeadlineKey, Fact>> {
  const out: Partial<Record<HeadlineKey, Fact>> = {};
  for (const key of Object.keys(TABLE_RULES) as HeadlineKey[]) {
    const chosen = fromTables(lines, key, out, kind) ?? prose[key] ?? blankItemColumn(tables, key, kind);
    if (chosen) out[key] = chosen;
  }
  return out;
}
