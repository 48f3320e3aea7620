/** Headline figures: from the tables where they print them, else from the prose; never computed. */
import type { BudgetLine, DocumentKind, Fact, HeadlineKey, TableKind } from '@budget/model';

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
  ],
  public_funds_total: [
    { kinds: ['income_expenditure_summary'], item: 'expenditure.public_funds', measure: 'total' },
    { kinds: ['expenditure_summary'], item: 'total', measure: 'public_funds' },
    { kinds: ['basic_expenditure'], item: 'total', measure: 'public_funds' },
    { kinds: ['general_budget_basic', 'fiscal_basic'], item: 'total', measure: 'public_funds', whole: 'basic_total' },
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
      const total = lines.find((l) => l.table === line.table && l.item === rule.item && (l.measure === 'total' || l.measure === 'actual') && l.unit_code === line.unit_code);
      if (!total || total.amount_yuan !== known[rule.whole]?.amount_yuan) continue;
    }
    return { amount_yuan: line.amount_yuan, from: 'table', provenance: line.provenance };
  }
  return null;
}

/** Table wins; the prose fills in where no table prints the figure (validation compares the two). */
export function headlines(lines: BudgetLine[], prose: Partial<Record<HeadlineKey, Fact>>, kind: DocumentKind = 'budget'): Partial<Record<HeadlineKey, Fact>> {
  const out: Partial<Record<HeadlineKey, Fact>> = {};
  for (const key of Object.keys(TABLE_RULES) as HeadlineKey[]) {
    const chosen = fromTables(lines, key, out, kind) ?? prose[key];
    if (chosen) out[key] = chosen;
  }
  return out;
}
