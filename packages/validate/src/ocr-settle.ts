/**
 * Figures read by OCR, settled by the accounting identities. A figure the engine read two
 * ways carries the other reading (provenance.ocr.alternatives). Where the figure is a term
 * of a failing sum and its other reading makes sums hold while breaking none that held, the
 * sums prove that reading: it is taken, the line is marked repaired, and an info finding
 * says which reading was replaced and why. A reading no identity settles is left as read,
 * and the failing check stays an error: an OCR figure that breaks an identity is never kept
 * silently.
 */
import { Decimal, finding, parseFigure, type BudgetLine, type CanonicalDocument, type Fact, type FindingRow, type Provenance } from '@budget/model';
import type { CheckResult } from './checks.ts';

export const OCR_SETTLED = 'ocr.settled';
/** Each settling round takes one reading; a document has a few dozen misread figures at most. */
const MAX_ROUNDS = 50;

const failing = (results: readonly CheckResult[]): CheckResult[] => results.filter((r) => !r.passed && r.finding && r.finding.severity !== 'info');
/** A check's identity without its figures: "general_budget_basic 301 total = sum of its 9 sub-items". */
const identityOf = (r: CheckResult): string => `${r.finding!.check}|${r.finding!.page}|${r.finding!.message.split(': expected')[0]}`;

interface Trial {
  index: number;
  reading: string;
  amount: string;
  failures: CheckResult[];
}

/** The line as if its figure had been read `reading` (same unit): null where the unit cannot be told. */
function reread(line: BudgetLine, reading: string): string | null {
  const printed = parseFigure(line.printed), other = parseFigure(reading);
  if (printed === null || other === null || printed.isZero()) return null;
  const factor = new Decimal(line.amount_yuan).div(printed);
  return other.times(factor).toFixed(2);
}

const sameCell = (a: Provenance, b: Provenance) => a.page === b.page && a.table_index === b.table_index && a.row === b.row && a.col === b.col;

export function settleOcrReadings(record: CanonicalDocument, check: (record: CanonicalDocument) => CheckResult[]): CanonicalDocument {
  if (!record.budget_lines.some((l) => l.provenance.ocr?.alternatives?.length)) return record;
  let current = record;
  let failures = failing(check(current));
  const settled: FindingRow[] = [];
  for (let round = 0; round < MAX_ROUNDS && failures.length > 0; round++) {
    const before = new Set(failures.map(identityOf));
    const suspects = new Set(failures.flatMap((r) => r.terms ?? []));
    let best: Trial | null = null;
    for (const [index, line] of current.budget_lines.entries()) {
      if (!suspects.has(line)) continue;
      for (const reading of line.provenance.ocr?.alternatives ?? []) {
        const amount = reread(line, reading);
        if (amount === null || amount === line.amount_yuan) continue;
        const lines = current.budget_lines.slice();
        lines[index] = { ...line, amount_yuan: amount };
        const after = failing(check({ ...current, budget_lines: lines }));
        // Proven: fewer sums fail, and every one that fails now failed before.
        if (after.length >= failures.length || after.some((r) => !before.has(identityOf(r)))) continue;
        if (!best || after.length < best.failures.length) best = { index, reading, amount, failures: after };
      }
    }
    if (!best) break;
    const line = current.budget_lines[best.index]!;
    current = withReading(current, best.index, best.reading, best.amount);
    settled.push({ doc_id: record.document.doc_id, ...finding({
      check: OCR_SETTLED, severity: 'info', table: line.table, page: line.page, code: line.code, expected: best.reading, actual: line.printed,
      message: `${line.table} ${line.code ?? line.name} ${line.measure}: OCR read "${line.printed}"; its other reading "${best.reading}" makes ${failures.length - best.failures.length} failing sum(s) hold and breaks none, so it is taken`,
    }) });
    failures = best.failures;
  }
  return settled.length ? { ...current, findings: [...current.findings, ...settled] } : current;
}

/** The record with one line's figure read the other way; headline figures taken from that cell follow it. */
function withReading(record: CanonicalDocument, index: number, reading: string, amount: string): CanonicalDocument {
  const line = record.budget_lines[index]!;
  const others = [line.printed, ...(line.provenance.ocr!.alternatives ?? []).filter((a) => a !== reading)];
  const provenance: Provenance = { ...line.provenance, ocr: { ...line.provenance.ocr!, alternatives: others } };
  const lines = record.budget_lines.slice();
  lines[index] = { ...line, amount_yuan: amount, printed: reading, repaired: true, provenance };
  const document = { ...record.document } as Record<string, unknown>;
  const sources = { ...(record.headline_sources ?? {}) } as Record<string, Fact | undefined>;
  for (const [key, fact] of Object.entries(sources)) {
    if (!fact || fact.from !== 'table' || fact.amount_yuan !== line.amount_yuan || !sameCell(fact.provenance, line.provenance)) continue;
    sources[key] = { ...fact, amount_yuan: amount, provenance: { ...fact.provenance, text: reading } };
    document[key] = amount;
  }
  return { ...record, budget_lines: lines, document: document as CanonicalDocument['document'], headline_sources: sources as CanonicalDocument['headline_sources'] };
}
