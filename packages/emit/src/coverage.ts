/**
 * coverage.csv: what the run printed but did not understand, counted over all documents,
 * so a researcher running a thousand documents from a new province sees what was missed
 * and where to look. Built from the documents' own records, nothing else:
 *
 * - table_title:   a table of no known kind, by the title printed above it
 *                  (finding map.table_unrecognised with `expected` = the title);
 * - table_header:  such a table without a printed title, by its header cells (`actual`);
 * - column_header: a column of a recognised table with no known measure, its amounts
 *                  skipped (finding map.unknown_column; `table_kind` = the table's kind);
 * - row_label:     an uncoded row of a summary or “三公” table whose label names no known
 *                  line (a budget line with neither code nor item).
 *
 * One row per (what, table_kind, text), with how often it occurred, in how many documents,
 * and up to three example documents with the page of their first occurrence.
 */
import { z } from 'zod';
import type { CanonicalDocument, TableKind } from '@budget/model';

export const COVERAGE_KINDS = ['table_title', 'table_header', 'column_header', 'row_label'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

export const CoverageRow = z.object({
  what: z.enum(COVERAGE_KINDS),
  /** The printed text not understood: a title, header cells joined with " | ", a header path joined with "›", a row label. */
  text: z.string().nullable(),
  /** The kind of the recognised table a column or row belongs to; null for tables of no known kind. */
  table_kind: z.string().nullable(),
  /** Occurrences: tables, columns (one per table) or rows. */
  count: z.number().int().positive(),
  /** Distinct documents it occurs in. */
  documents: z.number().int().positive(),
  /** Up to three documents, ';'-separated, in run order. */
  example_doc_ids: z.string(),
  /** Their sources (path or URL as given), ';'-separated, parallel to example_doc_ids. */
  example_sources: z.string(),
  /** The page of the first occurrence in each example document, ';'-separated, parallel; empty where unknown (DOCX). */
  example_pages: z.string(),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const COVERAGE_COLUMNS: readonly string[] = Object.freeze(Object.keys(CoverageRow.shape));

/** File name, without extension, of the coverage report in a dataset. */
export const COVERAGE_FILE = 'coverage';

const EXAMPLES = 3;

/**
 * Tables whose uncoded rows name lines the pipeline keys (income.total, expenditure.basic,
 * three_public.reception, …): an unkeyed label there is a line not understood. In other
 * tables (projects, procurement items) uncoded labels are the data itself.
 */
const KEYED_ROW_KINDS = new Set<TableKind>(['income_expenditure_summary', 'fiscal_summary', 'income_summary', 'expenditure_summary', 'three_public']);

interface Occurrence {
  what: CoverageKind;
  text: string | null;
  kind: string | null;
  page: number | null;
}

/** What one document printed and the pipeline did not understand, in document order. */
export function occurrencesOf(doc: CanonicalDocument): Occurrence[] {
  const found: Occurrence[] = [];
  for (const f of doc.findings) {
    if (f.check === 'map.table_unrecognised') {
      found.push(f.expected
        ? { what: 'table_title', text: f.expected, kind: null, page: f.page }
        : { what: 'table_header', text: f.actual, kind: null, page: f.page });
    } else if (f.check === 'map.unknown_column') {
      found.push({ what: 'column_header', text: f.actual, kind: f.table, page: f.page });
    }
  }
  const rows = new Set<string>();
  for (const line of doc.budget_lines) {
    if (line.code !== null || line.item !== null || !KEYED_ROW_KINDS.has(line.table)) continue;
    // One occurrence per printed row, however many amounts it holds.
    const key = `${line.provenance.table_index}:${line.row}`;
    if (rows.has(key)) continue;
    rows.add(key);
    found.push({ what: 'row_label', text: line.name, kind: line.table, page: line.page });
  }
  return found.map((o) => ({ ...o, text: o.text?.trim() || null }));
}

interface Group {
  what: CoverageKind;
  text: string | null;
  kind: string | null;
  count: number;
  /** Distinct documents it occurs in. */
  documents: number;
  /** The first EXAMPLES documents, in run order, with the page of their first occurrence. */
  examples: { docId: string; source: string; page: number | null }[];
}

/**
 * Coverage counted a document at a time, keeping one small group per distinct miss (never
 * the documents themselves), so a run of any size can count as it goes.
 */
export class CoverageTally {
  private readonly groups = new Map<string, Group>();

  /** Counts one document; each document of a run once, in run order. */
  add(doc: CanonicalDocument): void {
    const counted = new Set<Group>();
    for (const o of occurrencesOf(doc)) {
      const key = JSON.stringify([o.what, o.kind, o.text]);
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = { what: o.what, text: o.text, kind: o.kind, count: 0, documents: 0, examples: [] }));
      group.count++;
      if (counted.has(group)) continue;
      counted.add(group);
      group.documents++;
      if (group.examples.length < EXAMPLES) group.examples.push({ docId: doc.document.doc_id, source: doc.document.source, page: o.page });
    }
  }

  /** The coverage rows so far: one per (what, table_kind, text), most widespread first within each kind of miss. */
  rows(): CoverageRow[] {
    const order = (what: CoverageKind) => COVERAGE_KINDS.indexOf(what);
    return [...this.groups.values()]
      .sort((a, b) =>
        order(a.what) - order(b.what) || b.documents - a.documents || b.count - a.count ||
        compareText(a.kind, b.kind) || compareText(a.text, b.text))
      .map((g) => ({
        what: g.what,
        text: g.text,
        table_kind: g.kind,
        count: g.count,
        documents: g.documents,
        example_doc_ids: g.examples.map((e) => e.docId).join(';'),
        example_sources: g.examples.map((e) => e.source).join(';'),
        example_pages: g.examples.map((e) => (e.page === null ? '' : String(e.page))).join(';'),
      }));
  }
}

/** The coverage rows of a run: one per (what, table_kind, text), most widespread first within each kind of miss. */
export function coverageOf(documents: readonly CanonicalDocument[]): CoverageRow[] {
  const tally = new CoverageTally();
  for (const doc of documents) tally.add(doc);
  return tally.rows();
}

/** Code-point order (not locale order), so the file is the same on every machine. */
function compareText(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

const LABELS: Record<CoverageKind, string> = {
  table_title: 'table titles',
  table_header: 'untitled tables',
  column_header: 'column headers',
  row_label: 'row labels',
};

/** A few lines for the end of a run: totals per kind of miss and the most widespread ones. */
export function describeCoverage(rows: readonly CoverageRow[], options: { top?: number; file?: string } = {}): string {
  const file = options.file ?? `${COVERAGE_FILE}.csv`;
  if (rows.length === 0) return `not recognised: nothing (${file} is empty)`;
  const totals = COVERAGE_KINDS
    .map((what) => rows.filter((r) => r.what === what))
    .filter((of) => of.length > 0)
    .map((of) => `${of.length} ${LABELS[of[0]!.what]} (${of.reduce((n, r) => n + r.count, 0)}×)`);
  const top = [...rows]
    .sort((a, b) => b.documents - a.documents || b.count - a.count)
    .slice(0, options.top ?? 5)
    .map((r) => {
      const text = (r.text ?? '(blank)').length > 60 ? `${r.text!.slice(0, 59)}…` : (r.text ?? '(blank)');
      const page = r.example_pages.split(';')[0];
      return `  ${r.what.padEnd(13)} ${(r.table_kind ?? '-').padEnd(26)} ${text}  ` +
        `[${r.count}× in ${r.documents} document(s), e.g. ${r.example_sources.split(';')[0]}${page ? ` p${page}` : ''}]`;
    });
  return [`not recognised (see ${file}): ${totals.join(', ')}; most widespread:`, ...top].join('\n');
}
