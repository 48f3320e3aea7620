/**
 * The canonical records the dataset is made of (one zod schema per CSV of the contract).
 * Amounts are decimal strings in 元 with exactly two decimals; never floats.
 */
import { z } from 'zod';
import { BBox, Finding, Format, OcrReading } from './source.ts';
import { Classification, DocumentKind, DocumentStatus, Measure, TableKind } from './vocabulary.ts';

export const Yuan = z.string().regex(/^-?\d+\.\d{2}$/, 'amount in 元 with two decimals');

/** Provenance of one extracted value: the page, the cell, the box and the printed text. */
export const Provenance = z.object({
  page: z.number().int().positive().nullable(),
  table_index: z.number().int().nonnegative().nullable(),
  row: z.number().int().nonnegative().nullable(),
  col: z.number().int().nonnegative().nullable(),
  bbox: BBox.nullable(),
  text: z.string(),
  /** The spreadsheet cell(s) the value was read from (`'收支总表'!C12`), for workbooks. */
  address: z.string().optional(),
  /** The line's code was not printed: it comes from the national classification by the row's name and place. */
  code_inferred: z.boolean().optional(),
  /** The row's label begins 其中: a part of the row above (其中：政府性基金预算财政拨款), not all of its members. */
  of_which: z.boolean().optional(),
  /** The value was read by OCR from a page image: the engine, its confidence and any other reading it offered. */
  ocr: OcrReading.optional(),
});
export type Provenance = z.infer<typeof Provenance>;

export const BudgetLine = z.object({
  doc_id: z.string(),
  table: TableKind,
  table_title: z.string(),
  page: z.number().int().positive().nullable(),
  row: z.number().int().nonnegative(),
  unit_code: z.string().nullable(),
  unit_name: z.string().nullable(),
  classification: Classification,
  item: z.string().nullable(),
  code: z.string().nullable(),
  /** A 政府预算经济分类 code printed beside the row's 部门预算经济分类 code (30101 │ 50101), and its name. */
  gov_economic_code: z.string().nullable().optional(),
  gov_economic_name: z.string().nullable().optional(),
  /** Extension: the 支出功能分类 code of a row that also prints economic codes (北京 支出总表: function × economic). */
  function_code: z.string().nullable().optional(),
  name: z.string(),
  measure: Measure,
  amount_yuan: Yuan,
  printed: z.string(),
  repaired: z.boolean(),
  /** Extension, filled by the dataset writer: a stable id of this line (docs/DATASET.md, line_id). */
  line_id: z.string().optional(),
  provenance: Provenance,
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const Project = z.object({
  doc_id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  unit_name: z.string().nullable(),
  category: z.string().nullable(),
  amount_yuan: Yuan.nullable(),
  page: z.number().int().positive().nullable(),
  provenance: Provenance,
});
export type Project = z.infer<typeof Project>;

export const Indicator = z.object({
  doc_id: z.string(),
  project: z.string().nullable(),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  level3: z.string().nullable(),
  operator: z.string().nullable(),
  value: z.string().nullable(),
  unit: z.string().nullable(),
  weight: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  provenance: Provenance,
});
export type Indicator = z.infer<typeof Indicator>;

export const FindingRow = Finding.extend({ doc_id: z.string() });
export type FindingRow = z.infer<typeof FindingRow>;

/** A headline figure with where it was read (table or prose). */
export const Fact = z.object({
  amount_yuan: Yuan,
  from: z.enum(['table', 'prose']),
  provenance: Provenance,
});
export type Fact = z.infer<typeof Fact>;

export const HEADLINE_KEYS = [
  'income_total',
  'expenditure_total',
  'basic_total',
  'project_total',
  'personnel_total',
  'public_funds_total',
  'three_public_total',
  'three_public_overseas',
  'three_public_vehicle_purchase',
  'three_public_vehicle_operation',
  'three_public_reception',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export const DocumentRow = z.object({
  doc_id: z.string(),
  source: z.string(),
  format: Format,
  pages: z.number().int().nonnegative().nullable(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  county: z.string().nullable(),
  region_code: z.string().nullable(),
  department: z.string().nullable(),
  department_code: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: DocumentKind.nullable(),
  printed_unit: z.string().nullable(),
  status: DocumentStatus,
  quality: z.number().min(0).max(1).nullable(),
  error: z.string().nullable(),
  income_total: Yuan.nullable(),
  expenditure_total: Yuan.nullable(),
  basic_total: Yuan.nullable(),
  project_total: Yuan.nullable(),
  personnel_total: Yuan.nullable(),
  public_funds_total: Yuan.nullable(),
  three_public_total: Yuan.nullable(),
  three_public_overseas: Yuan.nullable(),
  three_public_vehicle_purchase: Yuan.nullable(),
  three_public_vehicle_operation: Yuan.nullable(),
  three_public_reception: Yuan.nullable(),
  staff_authorized: z.number().int().nullable(),
  staff_actual: z.number().int().nullable(),
  /** Extension: table kinds recognised, ';'-separated, in order of appearance. */
  table_kinds: z.string().nullable(),
  /** Extension: how a file was made readable before extraction ("LibreOffice 7.4.7.2: doc→docx"); empty when read as published. */
  conversion: z.string().nullable().optional(),
  /** Extension, filled by the dataset writer: the department across years and sources (docs/DATASET.md, department_key). */
  department_key: z.string().nullable().optional(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

/** One recognised table, as kept in the per-document JSON. */
export const RecognisedTable = z.object({
  index: z.number().int().nonnegative(),
  kind: TableKind,
  title: z.string(),
  page: z.number().int().positive().nullable(),
  page_end: z.number().int().positive().nullable(),
  unit: z.string().nullable(),
  columns: z.array(z.object({ col: z.number().int(), header: z.string(), measure: Measure.nullable() })),
});
export type RecognisedTable = z.infer<typeof RecognisedTable>;

/**
 * Extension: a table the map stage could not place, kept with its cells so nothing printed is
 * dropped without a trace (coverage.csv counts it; a researcher can still read it).
 */
export const UnrecognisedTable = z.object({
  kind: z.literal('unknown'),
  title: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  page_end: z.number().int().positive().nullable(),
  /** The cells' text, row by row, a merged cell at its top-left position. */
  rows: z.array(z.array(z.object({ col: z.number().int().nonnegative(), text: z.string(), address: z.string().optional() }))),
});
export type UnrecognisedTable = z.infer<typeof UnrecognisedTable>;

/**
 * Extension: a sentence that states a figure and its change on last year ("行政运行（项）4,432.78万元，
 * 与上年相比增加1,199.75万元"), and so last year's figure: what the panel's cross-year check
 * compares with the previous year's own document where the tables print no 上年预算数 column.
 */
export const PriorYearStatement = z.object({
  /** A headline figure (documents.csv column), or a line by function named by its 款 and 项 (and 类 where stated). */
  subject: z.union([
    z.object({ headline: z.enum(HEADLINE_KEYS) }),
    z.object({ function_names: z.array(z.string()).min(2) }),
  ]),
  amount_yuan: Yuan,
  prior_yuan: Yuan,
  provenance: Provenance,
});
export type PriorYearStatement = z.infer<typeof PriorYearStatement>;

/** The full canonical record of one document: documents/<doc_id>.json. */
export const CanonicalDocument = z.object({
  document: DocumentRow,
  headline_sources: z.record(z.string(), Fact),
  /** Extension: every headline figure the prose states, kept so validation can check it against the tables. */
  prose_facts: z.record(z.string(), Fact).default({}),
  /** Extension: last year's figures the prose implies (PriorYearStatement). */
  prior_year_statements: z.array(PriorYearStatement).optional(),
  tables: z.array(RecognisedTable),
  /** Extension: tables of no known kind, with their cells. */
  unrecognised_tables: z.array(UnrecognisedTable).optional(),
  budget_lines: z.array(BudgetLine),
  projects: z.array(Project),
  indicators: z.array(Indicator),
  findings: z.array(FindingRow),
  /** Milliseconds per stage and per pass of the map stage, summed into the manifest by the run (not written per document). */
  timings: z.record(z.string(), z.number()).optional(),
});
export type CanonicalDocument = z.infer<typeof CanonicalDocument>;
