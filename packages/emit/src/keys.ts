/**
 * The dataset's keys (docs/DATASET.md): line_id for every budget line and department_key
 * for every document. Both depend only on what the document printed, so the same document
 * always gives the same keys, whatever else is in the run.
 */
import { createHash } from 'node:crypto';
import { toHalfWidth, type BudgetLine, type CanonicalDocument, type DocumentRow } from '@budget/model';
import { DEPARTMENT_NAME_REWRITES, PARTY_PREFIX_REWRITES, REGION_LEVEL_PREFIXES } from './department-aliases.ts';

/** The documents with line_id and department_key filled in; the input is not changed. */
export function withKeys(documents: readonly CanonicalDocument[]): CanonicalDocument[] {
  return documents.map((doc) => ({
    ...doc,
    document: { ...doc.document, department_key: departmentKey(doc.document) },
    budget_lines: lineIds(doc.document.doc_id, doc.budget_lines),
  }));
}

/**
 * line_id: the first 16 hex digits of sha256 over what identifies a printed figure (doc_id,
 * table kind, page, row, unit, classification, item, codes, name, measure), then "-n" for the
 * n-th repeat of the same identity within the document (a table printed twice), so ids are
 * unique in any dataset and stable for the same document.
 */
export function lineIds(docId: string, lines: readonly BudgetLine[]): BudgetLine[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const identity = JSON.stringify([
      docId, line.table, line.page, line.row, line.unit_code, line.unit_name, line.classification, line.item,
      line.code, line.gov_economic_code ?? null, line.function_code ?? null, line.name, line.measure,
    ]);
    const hash = createHash('sha256').update(identity).digest('hex').slice(0, 16);
    const repeat = seen.get(hash) ?? 0;
    seen.set(hash, repeat + 1);
    return { ...line, line_id: repeat === 0 ? hash : `${hash}-${repeat}` };
  });
}

/**
 * department_key: "<region_code>:<normalised name>", or null without a department name.
 * The name is made half-width without whitespace, a party prefix (中共) dropped, the document's own region names are cut
 * from its front (江苏省委办公厅 and 省委办公厅 both become 委办公厅), and the rewrites of
 * department-aliases.ts are applied. An unknown region gives "unknown:<name>".
 */
export function departmentKey(row: Pick<DocumentRow, 'department' | 'region_code' | 'province' | 'city' | 'county'>): string | null {
  if (!row.department) return null;
  const name = normalisedDepartmentName(row.department, [row.province, row.city, row.county]);
  return name ? `${row.region_code ?? 'unknown'}:${name}` : null;
}

export function normalisedDepartmentName(department: string, regionNames: readonly (string | null)[]): string {
  let name = toHalfWidth(department).replace(/\s+/g, '');
  for (const rewrite of PARTY_PREFIX_REWRITES) name = name.replace(rewrite.pattern, rewrite.replacement);
  for (const region of regionNames) {
    if (!region) continue;
    const short = region.replace(/(?:省|市|区|县|自治区|自治州|特别行政区)$/u, '');
    for (const prefix of [region, short]) if (prefix.length >= 2 && name.startsWith(prefix)) name = name.slice(prefix.length);
  }
  for (const level of REGION_LEVEL_PREFIXES) if (name.startsWith(level) && name.length > level.length + 1) name = name.slice(level.length);
  for (const rewrite of DEPARTMENT_NAME_REWRITES) name = name.replace(rewrite.pattern, rewrite.replacement);
  return name;
}
