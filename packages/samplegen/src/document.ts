/**
 * The printed disclosure, independent of the file format: sections of paragraphs and tables.
 * The PDF and DOCX writers both render it, and the expected dataset is read off it, so the
 * three can never disagree. Cells that print an amount carry the budget line they stand for.
 */
import type { Classification, HeadlineKey, TableKind, Unit } from '@budget/model';
import type { Operator } from './catalog/indicators.ts';

export type Align = 'left' | 'center' | 'right';

/** What a printed amount means: the budget line a mapper should produce from it. */
export interface LineFact {
  unit_code: string | null;
  classification: Classification;
  item: string | null;
  code: string | null;
  name: string;
  measure: string;
  /** This amount is the document's headline figure for the key (first tagged cell wins). */
  headline?: HeadlineKey;
}

export interface Cell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  align?: Align;
  fact?: LineFact;
}

export interface Column {
  /** Width in points in the PDF; the DOCX uses the same proportions. */
  width: number;
  align: Align;
}

export interface ExpectedProject {
  code: string | null;
  name: string;
  category: string | null;
  amount_yuan: string | null;
}

export interface ExpectedIndicator {
  project: string | null;
  level1: string | null;
  level2: string | null;
  level3: string | null;
  operator: Operator | null;
  value: string | null;
  unit: string | null;
}

export interface TableBlock {
  type: 'table';
  /** Recognised kind, or null for tables a mapper should ignore (asset lists, plans). */
  kind: TableKind | null;
  /** The title as the dataset records it. */
  title: string;
  unit: Unit | null;
  columns: Column[];
  /** Header rows (repeated on every page); anchor cells only, spans as in HTML. */
  header: Cell[][];
  body: Cell[][];
  ruled: boolean;
  /** Office exporters draw borders as thin filled boxes instead of stroked lines. */
  borders?: 'stroke' | 'fill';
  fontSize: number;
  /** Vertical alignment in cells: FastReport-style exports align to the top. */
  valign?: 'top' | 'middle';
  /** A row taller than the space left may break across the page (as in style C). */
  rowsMayBreak?: boolean;
  projects?: ExpectedProject[];
  indicators?: ExpectedIndicator[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  size: number;
  align?: Align;
  bold?: boolean;
  /** First-line indent of two characters, as Chinese body text is set. */
  indent?: boolean;
  /** Points of space above. */
  before?: number;
  /** Outline level in Word (titles 1, section heads 2); the PDF only sees size and weight. */
  heading?: 1 | 2;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type Block = TableBlock | ParagraphBlock | PageBreakBlock;

/** A line drawn at the top of every page of a section (style C's running heads). */
export interface RunningHead {
  /** Left box text, wrapped inside `leftWidth` points (the department name wraps in C). */
  left: string;
  leftWidth: number;
  /** Second line: left and right parts ("预算年度：2024", "单位：万元"). */
  secondLeft: string;
  secondRight: string;
  size: number;
}

export interface Section {
  /** 'rotated' is a landscape page stored as a portrait MediaBox with /Rotate 90. */
  orientation: 'portrait' | 'landscape' | 'rotated';
  /** Printed above the running head on the section's first page only. */
  firstPageTitle?: ParagraphBlock;
  runningHead?: RunningHead;
  pageNumbers?: boolean;
  blocks: Block[];
}

/** Headline facts stated in prose, as printed (value in 元 read from the printed figure). */
export type ProseFacts = Partial<Record<HeadlineKey, string>>;

export interface Disclosure {
  title: string;
  sections: Section[];
  proseFacts: ProseFacts;
  staff: { authorized: number | null; actual: number | null };
  /** Projects stated only in prose (style D's 003 variant), in order. */
  proseProjects: ExpectedProject[];
  /** The unit most of the document's tables print (or its prose, where it has no tables). */
  printedUnit: Unit;
  creator: string;
}
