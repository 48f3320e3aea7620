/** Headline figures: from the tables where they print them, else from the prose; never computed. */
import { Decimal, type BudgetLine, type Fact, type Finding, type HeadlineKey, type TableKind } from '@budget/model';

interface Rule { kinds: TableKind[]; item?: string; measure: string; totalRow?: boolean }

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
  ],
  public_funds_total: [
    { kinds: ['income_expenditure_summary'], item: 'expenditure.public_funds', measure: 'total' },
    { kinds: ['expenditure_summary'], item: 'total', measure: 'public_funds' },
  ],
  three_public_total: [{ kinds: ['three_public'], item: 'three_public.total', measure: 'total' }],
  three_public_overseas: [{ kinds: ['three_public'], item: 'three_public.overseas', measure: 'total' }],
  three_public_vehicle_purchase: [{ kinds: ['three_public'], item: 'three_public.vehicle_purchase', measure: 'total' }],
  three_public_vehicle_operation: [{ kinds: ['three_public'], item: 'three_public.vehicle_operation', measure: 'total' }],
  three_public_reception: [{ kinds: ['three_public'], item: 'three_public.reception', measure: 'total' }],
};

function fromTables(lines: BudgetLine[], key: HeadlineKey): Fact | null {
  for (const rule of TABLE_RULES[key]) {
    const line = lines.find(
      (l) => rule.kinds.includes(l.table) && l.item === rule.item && l.measure === rule.measure && l.unit_code === null,
    ) ?? lines.find((l) => rule.kinds.includes(l.table) && l.item === rule.item && l.measure === rule.measure);
    if (line) return { amount_yuan: line.amount_yuan, from: 'table', provenance: line.provenance };
  }
  return null;
}

/** Table wins; prose fills in where no table prints the figure; disagreements become findings. */
export function headlines(lines: BudgetLine[], prose: Partial<Record<HeadlineKey, Fact>>, findings: Finding[]): Partial<Record<HeadlineKey, Fact>> {
  const out: Partial<Record<HeadlineKey, Fact>> = {};
  for (const key of Object.keys(TABLE_RULES) as HeadlineKey[]) {
    const table = fromTables(lines, key);
    const stated = prose[key];
    if (table && stated && table.amount_yuan !== stated.amount_yuan) {
      const diff = new Decimal(table.amount_yuan).minus(stated.amount_yuan).abs();
      // Prose rounds 万元 figures; a gap under 100 元 is that rounding, not a disagreement.
      findings.push({
        check: 'narrative.vs_table',
        severity: diff.lessThan(100) ? 'info' : 'warning',
        table: null,
        page: stated.provenance.page,
        code: key,
        expected: table.amount_yuan,
        actual: stated.amount_yuan,
        message: `${key}: the prose states ${stated.amount_yuan} 元 ("${stated.provenance.text}"), the table prints ${table.amount_yuan} 元`,
      });
    }
    const chosen = table ?? stated;
    if (chosen) out[key] = chosen;
  }
  return out;
}
