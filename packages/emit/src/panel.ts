/**
 * The panel across years (`pnpm panel`): one row per department_key × year × kind ×
 * classification × code × measure, from the spending rows of one document per department
 * and year, and the cross-year check: a figure printed as 上年预算数 (measure prior_year)
 * compared with the previous year's own document (finding cross_year.prior_year).
 */
import { finding, type BudgetLine, type DocumentRow, type FindingRow, type PriorYearStatement } from '@budget/model';
import type { SpendingRow } from './spending.ts';

export const PANEL_COLUMNS = [
  'department_key', 'year', 'kind', 'classification', 'code', 'level', 'class_code', 'top', 'name', 'measure', 'amount_yuan',
  'department', 'region_code', 'doc_id', 'source_table', 'line_id',
] as const;

export interface PanelInput {
  documents: readonly DocumentRow[];
  budget_lines: readonly BudgetLine[];
  spending: readonly SpendingRow[];
  /** Per doc_id, last year's figures its prose implies (documents/<doc_id>.json, prior_year_statements). */
  prior_year_statements?: ReadonlyMap<string, readonly PriorYearStatement[]>;
}

export interface PanelRow extends SpendingRow {
  department_key: string;
  year: number;
  kind: string | null;
  department: string | null;
  region_code: string | null;
}

export interface CrossYearTally {
  /** prior_year figures whose line the previous year's document also prints. */
  compared: number;
  agree: number;
  differ: number;
  /** prior_year figures with no previous-year document, or no matching line in it. */
  not_comparable: number;
}

export interface CrossYearSummary extends CrossYearTally {
  /** Of the above, the figures implied by the prose ("与上年相比增加…") rather than printed in a 上年 column. */
  from_prose: CrossYearTally;
}

export interface Panel {
  rows: PanelRow[];
  findings: FindingRow[];
  summary: CrossYearSummary;
  /** department_key → the years it has, with the doc_id chosen for each. */
  departments: Map<string, Map<number, string>>;
}

export function buildPanel(datasets: readonly PanelInput[]): Panel {
  // The same document may be in several datasets: its doc_id (the hash of its bytes) counts once.
  const documents = new Map<string, DocumentRow>();
  const spending = new Map<string, SpendingRow[]>();
  const lines = new Map<string, BudgetLine[]>();
  const statements = new Map<string, readonly PriorYearStatement[]>();
  for (const dataset of datasets) {
    for (const doc of dataset.documents) if (!documents.has(doc.doc_id)) documents.set(doc.doc_id, doc);
    for (const row of dataset.spending) push(spending, row.doc_id, row);
    for (const line of dataset.budget_lines) push(lines, line.doc_id, line);
    for (const [docId, stated] of dataset.prior_year_statements ?? []) statements.set(docId, stated);
  }
  const chosen = chooseDocuments([...documents.values()], spending);
  const rows: PanelRow[] = [];
  const departments = new Map<string, Map<number, string>>();
  for (const doc of chosen.values()) {
    const key = doc.department_key!;
    departments.set(key, (departments.get(key) ?? new Map()).set(doc.year!, doc.doc_id));
    for (const row of dedupe(spending.get(doc.doc_id) ?? [])) {
      rows.push({ ...row, department_key: key, year: doc.year!, kind: doc.kind, department: doc.department, region_code: doc.region_code });
    }
  }
  rows.sort((a, b) => compare(a.department_key, b.department_key) || a.year - b.year || compare(a.classification, b.classification) ||
    compare(a.code, b.code) || compare(a.measure, b.measure));
  const columns = crossYearCheck(chosen, lines);
  const prose = proseCrossYearCheck([...documents.values()], statements, chosen, lines);
  const summary: CrossYearSummary = { ...emptyTally(), from_prose: prose.summary };
  for (const key of ['compared', 'agree', 'differ', 'not_comparable'] as const) summary[key] = columns.summary[key] + prose.summary[key];
  return { rows, findings: [...columns.findings, ...prose.findings], summary, departments };
}

/** One document per department_key × year × kind: the one with most spending rows, then the smaller doc_id. */
function chooseDocuments(documents: DocumentRow[], spending: Map<string, SpendingRow[]>): Map<string, DocumentRow> {
  const chosen = new Map<string, DocumentRow>();
  for (const doc of documents) {
    if (!doc.department_key || doc.year == null) continue;
    const slot = `${doc.department_key}|${doc.year}|${doc.kind ?? ''}`;
    const current = chosen.get(slot);
    const size = (d: DocumentRow) => spending.get(d.doc_id)?.length ?? 0;
    if (!current || size(doc) > size(current) || (size(doc) === size(current) && doc.doc_id < current.doc_id)) chosen.set(slot, doc);
  }
  return chosen;
}

function emptyTally(): CrossYearTally {
  return { compared: 0, agree: 0, differ: 0, not_comparable: 0 };
}

function crossYearCheck(chosen: Map<string, DocumentRow>, lines: Map<string, BudgetLine[]>): { findings: FindingRow[]; summary: CrossYearTally } {
  const findings: FindingRow[] = [];
  const summary = emptyTally();
  for (const doc of chosen.values()) {
    const priorFigures = (lines.get(doc.doc_id) ?? []).filter((line) => line.measure === 'prior_year');
    if (priorFigures.length === 0) continue;
    const previous = chosen.get(`${doc.department_key}|${doc.year! - 1}|${doc.kind ?? ''}`);
    const previousLines = new Map<string, BudgetLine>();
    for (const line of previous ? lines.get(previous.doc_id) ?? [] : []) {
      if (line.measure === 'total' && !previousLines.has(subjectOf(line))) previousLines.set(subjectOf(line), line);
    }
    for (const line of priorFigures) {
      const match = previousLines.get(subjectOf(line));
      if (!match) {
        summary.not_comparable += 1;
        continue;
      }
      summary.compared += 1;
      if (match.amount_yuan === line.amount_yuan) {
        summary.agree += 1;
        continue;
      }
      summary.differ += 1;
      findings.push({
        doc_id: doc.doc_id,
        ...finding({
          check: 'cross_year.prior_year',
          severity: 'warning',
          table: line.table,
          page: line.page,
          code: line.code ?? line.item,
          expected: match.amount_yuan,
          actual: line.amount_yuan,
          message: `${line.name}: 上年预算数 ${line.amount_yuan} 元 differs from ${match.amount_yuan} 元 in the ${doc.year! - 1} document ${previous!.doc_id} (${match.table} p${match.page ?? '?'})`,
        }),
      });
    }
  }
  return { findings, summary };
}

/**
 * Last year's figures implied by the prose of every document (a department may publish its
 * prose and its tables as two files), against the previous year's chosen document: its
 * headline figure, or its line by function whose 项 and 款 names are the statement's.
 */
function proseCrossYearCheck(
  documents: readonly DocumentRow[],
  statements: ReadonlyMap<string, readonly PriorYearStatement[]>,
  chosen: Map<string, DocumentRow>,
  lines: Map<string, BudgetLine[]>,
): { findings: FindingRow[]; summary: CrossYearTally } {
  const findings: FindingRow[] = [];
  const summary = emptyTally();
  for (const doc of documents) {
    const stated = statements.get(doc.doc_id) ?? [];
    if (stated.length === 0 || !doc.department_key || doc.year == null) continue;
    const previous = chosen.get(`${doc.department_key}|${doc.year - 1}|${doc.kind ?? ''}`);
    for (const statement of stated) {
      const printed = previous ? previousFigures(statement, previous, lines.get(previous.doc_id) ?? []) : [];
      if (printed.length === 0) {
        summary.not_comparable += 1;
        continue;
      }
      summary.compared += 1;
      if (printed.some((figure) => figure.amount_yuan === statement.prior_yuan)) {
        summary.agree += 1;
        continue;
      }
      summary.differ += 1;
      const figure = printed[0]!;
      findings.push({
        doc_id: doc.doc_id,
        ...finding({
          check: 'cross_year.prior_year',
          severity: 'warning',
          table: null,
          page: statement.provenance.page,
          code: figure.code,
          expected: figure.amount_yuan,
          actual: statement.prior_yuan,
          message: `"${statement.provenance.text}" implies ${statement.prior_yuan} 元 last year; the ${doc.year - 1} document ${previous!.doc_id} prints ${figure.amount_yuan} 元 (${figure.where})`,
        }),
      });
    }
  }
  return { findings, summary };
}

interface PrintedFigure { amount_yuan: string; code: string | null; where: string }

/** What the previous year's document printed for a statement's subject (several tables may print it). */
function previousFigures(statement: PriorYearStatement, previous: DocumentRow, previousLines: readonly BudgetLine[]): PrintedFigure[] {
  const subject = statement.subject;
  if ('headline' in subject) {
    const amount = previous[subject.headline];
    return amount == null ? [] : [{ amount_yuan: amount, code: null, where: `documents.${subject.headline}` }];
  }
  const [section, item] = subject.function_names.slice(-2).map(plainName);
  const byFunction = previousLines.filter((line) => line.classification === 'function' && line.measure === 'total' && line.code && !line.unit_name);
  const sectionCodes = new Set(byFunction.filter((line) => line.code!.length === 5 && plainName(line.name) === section).map((line) => line.code!));
  return byFunction
    .filter((line) => line.code!.length === 7 && sectionCodes.has(line.code!.slice(0, 5)) && plainName(line.name) === item)
    .map((line) => ({ amount_yuan: line.amount_yuan, code: line.code, where: `${line.table} p${line.page ?? '?'}` }));
}

/** A name as the prose and the tables both spell it: no spaces, brackets half-width. */
function plainName(name: string | undefined): string {
  return (name ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** What a figure is about, across years: table kind, classification, code or item (name when neither), unit. */
function subjectOf(line: BudgetLine): string {
  return JSON.stringify([line.table, line.classification, line.code ?? line.item ?? line.name.replace(/\s+/g, ''), line.unit_name ?? null]);
}

function dedupe(rows: readonly SpendingRow[]): SpendingRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.classification}|${row.code}|${row.measure}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
