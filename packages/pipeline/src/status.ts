/**
 * A document's status from what the stages found: `needs_ocr` without a text layer;
 * `partial` when an identity fails, when a table's reading is uncertain (its own sums mostly
 * fail: see @budget/validate's misreading rule), or when nothing was understood (no recognised table
 * gave a figure and the prose states neither income nor expenditure total), so a
 * document is never `ok` with nothing in it; `ok` otherwise.
 */
import { finding, type CanonicalDocument, type DocumentRow, type FindingRow, type SourceDocument } from '@budget/model';
import { UNCERTAIN_READING } from '@budget/validate';

export const NOT_UNDERSTOOD_CHECK = 'document.not_understood';

/** Unrecognised tables listed by name in the finding; the rest are counted. */
const LISTED_TABLES = 3;

export interface DocumentStatus extends Pick<DocumentRow, 'status' | 'error'> {
  /** Findings the rule adds to the record (the reason a document is partial when nothing was understood). */
  findings: FindingRow[];
}

/**
 * Something was read: a recognised table gave a line, a project or an indicator, or the
 * document's headline totals (收入总计 / 支出总计) were read, from a table or the prose.
 * Other prose figures alone (“三公” items) do not make a document read.
 */
export function understoodSomething(record: CanonicalDocument): boolean {
  if (record.budget_lines.length > 0 || record.projects.length > 0 || record.indicators.length > 0) return true;
  return record.document.income_total !== null || record.document.expenditure_total !== null;
}

/** What was not understood, in words: the tables that were there, and what the prose gave. */
export function notUnderstoodMessage(record: CanonicalDocument, source?: Pick<SourceDocument, 'pages' | 'pagesWithoutText'>): string {
  const parts: string[] = [];
  if (source?.pages && source.pagesWithoutText > 0) parts.push(`${source.pagesWithoutText} of ${source.pages} pages have no text layer (scanned)`);
  if (record.tables.length > 0) {
    parts.push(`${record.tables.length} recognised table(s) (${record.tables.map((t) => t.title).slice(0, LISTED_TABLES).join('; ')}) gave no figure`);
  } else {
    parts.push('no table was recognised');
  }
  const unrecognised = record.findings.filter((f) => f.check === 'map.table_unrecognised');
  if (unrecognised.length > 0) {
    const named = unrecognised.slice(0, LISTED_TABLES).map((f) => `p${f.page ?? '?'} ${f.expected ? `“${f.expected}”` : `header “${f.actual ?? ''}”`}`);
    const rest = unrecognised.length > LISTED_TABLES ? ` and ${unrecognised.length - LISTED_TABLES} more` : '';
    parts.push(`${unrecognised.length} table(s) of no known kind: ${named.join(', ')}${rest}`);
  }
  const prose = Object.keys(record.prose_facts);
  parts.push(prose.length > 0
    ? `the prose states no income or expenditure total (only ${prose.join(', ')})`
    : 'the prose states no headline figure');
  return `nothing understood: ${parts.join('; ')}`;
}

export function documentStatus(source: SourceDocument, record: CanonicalDocument): DocumentStatus {
  if (source.pages && source.pagesWithoutText >= source.pages) {
    return { status: 'needs_ocr', error: 'no page has a text layer (a scan) and OCR read none of them (not installed, or failed: see the extract.pdf findings)', findings: [] };
  }
  if (!understoodSomething(record)) {
    const message = notUnderstoodMessage(record, source);
    return {
      status: 'partial',
      error: message,
      findings: [{ ...finding({ check: NOT_UNDERSTOOD_CHECK, severity: 'warning', page: null, message }), doc_id: record.document.doc_id }],
    };
  }
  const errors = record.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { status: 'partial', error: `${errors.length} check(s) failed, first: ${errors[0]!.message}`, findings: [] };
  // A table we could not read so that it adds up is not vouched for: partial, but no error of the document's.
  const uncertain = record.findings.filter((f) => f.check === UNCERTAIN_READING);
  if (uncertain.length > 0) return { status: 'partial', error: `reading uncertain: ${uncertain[0]!.message}`, findings: [] };
  return { status: 'ok', error: null, findings: [] };
}
