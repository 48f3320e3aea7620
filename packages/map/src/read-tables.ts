/**
 * Pass 1 of the map stage: recognise each table (title, or the table it continues, or the
 * project an indicator grid belongs to), read its header into column roles and measures, and
 * read its rows into budget lines in the printed unit (codes inferred where only names are printed).
 */
import { finding, type UnrecognisedTable, isPageFurniture, namesAnotherTable, titlesAbove,
  type BudgetLine, type Finding, type RecognisedTable,
  type Block, type SourceDocument, type TableBlock, type TableKind, type Unit,
} from '@budget/model';
import { inferCodes } from './code-inference.ts';
import { columnRoles } from './columns.ts';
import { firstDataRow, headerPaths } from './header.ts';
import { measureOf, tablePaths } from './measures.ts';
import { hasIndicatorHeader, projectIntroducedBefore, type ProjectDraft } from './performance-table.ts';
import { linesOfTable, type TableContext } from './rows.ts';
import { segmentsOf } from './segments.ts';
import { recogniseTableKind } from './table-kinds.ts';
import { headingOf, type TableHeading } from './title.ts';
import { unrecognisedTable, unrecognisedTableFinding } from './unrecognised.ts';

export const PERFORMANCE_KINDS = new Set<TableKind>(['department_performance', 'project_performance']);
/** Tables whose rows are subjects of a classification (codes may be inferred where only names are printed). */
const CODED_KINDS = new Set<TableKind>([
  'function_expenditure', 'economic_expenditure', 'general_budget_expenditure', 'general_budget_basic', 'gov_fund_expenditure',
  'state_capital_expenditure', 'expenditure_summary', 'income_summary', 'fiscal_expenditure', 'fiscal_basic', 'basic_expenditure', 'operating_funds',
]);

/** Unit used when neither the table nor any line of the document prints one. */
const FALLBACK_UNIT: Unit = '元';

export function dominantUnit(units: Unit[]): Unit | null {
  const counts = new Map<Unit, number>();
  for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Only page furniture stands between the two tables, and no title of another table. */
function continuesOnNextPage(blocks: Block[], index: number, previous: TableBlock): boolean {
  const table = blocks[index] as TableBlock;
  if (table.page === null || previous.pageEnd === null || table.page !== previous.pageEnd + 1) return false;
  const at = blocks.indexOf(previous);
  const between = blocks.slice(at + 1, index);
  return between.every((b) => isPageFurniture(b)) && !namesAnotherTable(between, titlesAbove(blocks, at));
}

interface TableIdentity {
  kind: TableKind;
  title: string;
  /** The printed unit, or null when the table prints none. */
  unit: Unit | null;
  titleRows: number;
  introducedProject: ProjectDraft | null;
  continuesPrevious: boolean;
}

/**
 * What a table is: from its title; else the table it continues on the next page; else,
 * for an indicator grid without a title, the project the prose above introduces.
 */
function identify(blocks: Block[], index: number, heading: TableHeading, previous: { table: TableBlock; ctx: TableContext } | undefined): TableIdentity | null {
  const table = blocks[index] as TableBlock;
  const kind = heading.title ? recogniseTableKind(heading.title) : null;
  if (kind) return { kind, title: heading.title!, unit: heading.unit, titleRows: heading.titleRows, introducedProject: null, continuesPrevious: false };
  if (previous && continuesOnNextPage(blocks, index, previous.table)) {
    const { kind: previousKind, title, unit } = previous.ctx;
    return { kind: previousKind, title, unit: heading.unit ?? unit, titleRows: heading.titleRows, introducedProject: null, continuesPrevious: true };
  }
  if (hasIndicatorHeader(table)) {
    const project = projectIntroducedBefore(blocks, index);
    return {
      kind: 'project_performance', title: project ? `${project.name}绩效目标和指标` : '绩效目标和指标', unit: heading.unit,
      titleRows: heading.titleRows, introducedProject: project, continuesPrevious: false,
    };
  }
  return null;
}

const BASIC_KINDS = new Set<TableKind>(['general_budget_basic', 'fiscal_basic', 'basic_expenditure']);

/**
 * In a table of basic spending, a 基本支出 heading over sub-columns names the table, not a group:
 * its 小计 is the table's 合计 (a lone column headed 基本支出 keeps its name).
 */
function basicTableWide(kind: TableKind, paths: string[][]): string[][] {
  if (!BASIC_KINDS.has(kind)) return paths;
  return paths.map((p) => (p.length >= 2 ? p.filter((h) => !/^基本支出(预算)?$/.test(h)) : p));
}

/** The last `n` of a previous table's header paths, for a continuation printed with fewer columns. */
function rightAligned(paths: string[][], n: number): string[][] {
  return Array.from({ length: n }, (_, col) => paths[paths.length - n + col] ?? []);
}

export interface ReadTables {
  tables: RecognisedTable[];
  /** Lines as printed, before units are settled. */
  lines: BudgetLine[];
  contexts: Array<{ table: TableBlock; ctx: TableContext }>;
  /** Tables (by index) whose unit was not printed but assumed. */
  inferredUnits: Set<number>;
  /** The unit most tables print. */
  documentUnit: Unit | null;
  /** Tables of no known kind, kept with their cells. */
  unrecognised: UnrecognisedTable[];
}

export function readTables(doc: SourceDocument, year: number | null, proseUnit: Unit | null, findings: Finding[]): ReadTables {
  const tables: RecognisedTable[] = [];
  const rawLines: BudgetLine[] = [];
  const contexts: Array<{ table: TableBlock; ctx: TableContext }> = [];
  const headings = doc.blocks.map((block, i) => (block.type === 'table' ? headingOf(doc.blocks, i) : null));
  const documentUnit = dominantUnit(headings.map((h) => h?.unit).filter((u): u is Unit => !!u)) ?? proseUnit;
  let previousUnit: Unit | null = null;
  const inferredUnits = new Set<number>();
  const unrecognised: UnrecognisedTable[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.type !== 'table') return;
    const previous = contexts[contexts.length - 1];
    const identity = identify(doc.blocks, index, headings[index]!, previous);
    if (!identity) {
      findings.push(unrecognisedTableFinding(doc.blocks, index));
      unrecognised.push(unrecognisedTable(doc.blocks, index));
      return;
    }
    const { kind, title } = identity;
    const unit = identity.unit ?? previousUnit ?? documentUnit ?? FALLBACK_UNIT;
    if (!identity.unit) {
      inferredUnits.add(tables.length);
      findings.push(finding({
        check: 'map.unit_inferred', severity: 'info', table: kind, page: block.page, actual: unit,
        message: `${title} prints no unit; ${unit} assumed from the surrounding tables`,
      }));
    }
    previousUnit = unit;
    const dataStart = firstDataRow(block, identity.titleRows);
    // A continuation printed without its header (a lone 合计 row on the next page) reads under
    // the header it continues, its columns aligned to the right (the amounts end both tables).
    const headerless = identity.continuesPrevious && dataStart === identity.titleRows && !PERFORMANCE_KINDS.has(kind);
    const printedPaths = basicTableWide(kind, headerless && previous && previous.table.nCols >= block.nCols
      ? rightAligned(previous.ctx.printedPaths, block.nCols)
      : headerPaths(block, identity.titleRows, dataStart));
    const paths = tablePaths(printedPaths);
    const roles = columnRoles(block, paths, dataStart, year);
    const ctx: TableContext = {
      docId: doc.docId, tableIndex: tables.length, kind, title, unit, year, headerRows: dataStart,
      printedPaths, paths, roles, segments: segmentsOf(roles, printedPaths),
      introducedProject: identity.introducedProject, continuesPrevious: identity.continuesPrevious,
    };
    tables.push({
      index: ctx.tableIndex, kind, title: ctx.title, page: block.page, page_end: block.pageEnd, unit,
      columns: paths.map((path, col) => ({
        col, header: path.join('›'), measure: roles[col]?.kind === 'amount' ? measureOf(path, year) : null,
      })),
    });
    contexts.push({ table: block, ctx });
    // Performance tables feed projects and indicators; their figures are targets, not budget lines.
    if (!PERFORMANCE_KINDS.has(kind)) {
      const own = linesOfTable(block, ctx, findings);
      rawLines.push(...(CODED_KINDS.has(kind) ? inferCodes(own, findings) : own));
    }
  });

  return { tables, lines: rawLines, contexts, inferredUnits, documentUnit, unrecognised };
}
