/**
 * A table that prints no unit (or "金额单位：" with nothing after it) admits two readings,
 * 元 and 万元. The identities decide: the reading under which the table's 合计 equals a
 * total printed by a table whose unit is known wins, and the choice is recorded with both
 * readings. Without such evidence the inferred unit stays, as before.
 */
import { finding, Decimal, parseFigure, toYuan, type BudgetLine, type Finding, type RecognisedTable, type Unit } from '@budget/model';

const TOTAL_ITEMS = new Set(['total', 'income.total', 'expenditure.total', 'income.current_year', 'expenditure.current_year']);

function totalLine(lines: BudgetLine[]): BudgetLine | undefined {
  return lines.find((l) => l.measure === 'total' && l.item !== null && TOTAL_ITEMS.has(l.item) && !l.unit_code);
}

function reread(line: BudgetLine, unit: Unit): string {
  return toYuan(parseFigure(line.printed) ?? new Decimal(0), unit);
}

export function chooseUnitReadings(tables: RecognisedTable[], inferred: Set<number>, lines: BudgetLine[], findings: Finding[]): BudgetLine[] {
  if (inferred.size === 0) return lines;
  const known = new Set(
    lines
      .filter((l) => !inferred.has(l.provenance.table_index ?? -1) && l.measure === 'total' && l.item !== null && TOTAL_ITEMS.has(l.item))
      .map((l) => l.amount_yuan),
  );
  const unitOf = new Map<number, Unit>();
  for (const index of inferred) {
    const table = tables[index]!;
    const own = lines.filter((l) => l.provenance.table_index === index);
    const total = totalLine(own);
    if (!total || known.has(total.amount_yuan)) continue;
    const current = table.unit as Unit;
    const alternative: Unit = current === '元' ? '万元' : '元';
    const other = reread(total, alternative);
    if (!known.has(other)) continue;
    unitOf.set(index, alternative);
    table.unit = alternative;
    findings.push(finding({
      check: 'repair.unit_reading', severity: 'info', table: table.kind, page: table.page, expected: other, actual: total.amount_yuan,
      message: `${table.title} prints no unit: read in ${current} its 合计 is ${total.amount_yuan} 元, in ${alternative} ${other} 元, which another table prints; ${alternative} chosen`,
    }));
  }
  return lines.map((l) => {
    const unit = unitOf.get(l.provenance.table_index ?? -1);
    return unit ? { ...l, amount_yuan: reread(l, unit), repaired: true } : l;
  });
}
