/**
 * Checks a run before anything is written, so a bad record never leaves a half-replaced
 * dataset: every document parses against the model (defaults filled in, unknown fields
 * dropped), doc_ids are unique and safe as file names, and every row belongs to the
 * document it is listed under.
 */
import { CanonicalDocument } from '@budget/model';
import { DatasetValidationError } from './errors.ts';
import type { DatasetRun } from './run.ts';
import { rowsOf, TABLE_NAMES } from './tables.ts';

/** A doc_id becomes documents/<doc_id>.json: no separators, no dot-names. */
const SAFE_DOC_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const MAX_ISSUES = 20;

export function isSafeDocId(id: string): boolean {
  return SAFE_DOC_ID.test(id);
}

export function validateRun(run: DatasetRun): CanonicalDocument[] {
  validateRunFacts(run);
  const issues: string[] = [];
  const seen = new Set<string>();
  const documents = run.documents.map((raw, index) => validateDocument(raw, index, seen, issues));
  throwIfIssues(issues);
  return documents as CanonicalDocument[];
}

/** The run's own facts: a tool version and valid start and finish times. */
export function validateRunFacts(run: Partial<Pick<DatasetRun, 'toolVersion' | 'startedAt' | 'finishedAt'>>): void {
  if (typeof run.toolVersion !== 'string' || run.toolVersion === '') throw new TypeError('writeDataset: toolVersion is required');
  for (const key of ['startedAt', 'finishedAt'] as const) {
    if (!(key in run)) continue;
    if (!(run[key] instanceof Date) || Number.isNaN(run[key].getTime())) throw new TypeError(`writeDataset: ${key} must be a valid Date`);
  }
}

/**
 * One document of a run, the index-th: parsed against the model, its doc_id checked against
 * `seen` (the ids before it, to which it is added), its rows against its doc_id. Problems go
 * to `issues`; null when it does not parse.
 */
export function validateDocument(raw: unknown, index: number, seen: Set<string>, issues: string[]): CanonicalDocument | null {
  const parsed = CanonicalDocument.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(`documents[${index}].${issue.path.join('.')}: ${issue.message}`);
    return null;
  }
  const doc = parsed.data;
  const id = doc.document.doc_id;
  if (!isSafeDocId(id)) issues.push(`documents[${index}].document.doc_id: ${JSON.stringify(id)} cannot be a file name`);
  if (seen.has(id)) issues.push(`documents[${index}].document.doc_id: ${id} appears twice`);
  seen.add(id);
  for (const table of TABLE_NAMES) {
    const stray = rowsOf(doc, table).findIndex((row) => (row as { doc_id: string }).doc_id !== id);
    if (stray >= 0) issues.push(`documents[${index}].${table}[${stray}].doc_id: differs from the document's ${id}`);
  }
  return doc;
}

export function throwIfIssues(issues: readonly string[]): void {
  if (issues.length === 0) return;
  const shown = issues.slice(0, MAX_ISSUES);
  if (issues.length > MAX_ISSUES) shown.push(`... and ${issues.length - MAX_ISSUES} more`);
  throw new DatasetValidationError('writeDataset: the documents do not match the model; nothing was written', shown);
}
