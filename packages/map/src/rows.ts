/** Rows of one recognised table to budget lines (the contract's long, tidy form). */
import { finding, parseAmount,
  cellAt, compact, toHalfWidth, toYuan,
  type BudgetLine, type Cell, type Finding, type TableBlock, type TableKind, type Unit,
} from '@budget/model';
import { classificationOf, isUnitCode, joinCodeParts, splitCodeAndName } from './codes.ts';
import type { ColumnRole } from './columns.ts';
import { cleanName, isTotalName, operatingFundsItem, summaryItem, threePublicColumn, threePublicItem } from './items.ts';
import { measureOf } from './measures.ts';
import { cellProvenance, rowPage } from './provenance.ts';
import type { Segment } from './segments.ts';
import type { ProjectDraft } from './performance-table.ts';

export interface TableContext {
  docId: string;
  tableIndex: number;
  kind: TableKind;
  title: string;
  unit: Unit;
  year: number | null;
  headerRows: number;
  /** Header paths as printed (side labels kept), and as read for measures. */
  printedPaths: string[][];
  paths: string[][];
  roles: ColumnRole[];
  segments: Segment[];
  /** The project a title-less performance grid belongs to, read from the prose above it. */
  introducedProject?: ProjectDraft | null;
  /** A title-less table that continues the previous one on the next page. */
  continuesPrevious?: boolean;
}

const SUMMARY_KINDS = new Set<TableKind>(['income_expenditure_summary', 'fiscal_summary', 'income_summary', 'expenditure_summary']);
/** Lists of one side only: their uncoded rows are income or expenditure items. */
const SIDE_OF_KIND: Partial<Record<TableKind, 'income' | 'expenditure'>> = { income_summary: 'income', expenditure_summary: 'expenditure' };

function anchorAt(table: TableBlock, row: number, col: number): Cell | undefined {
  const cell = cellAt(table, row, col);
  return cell && cell.row === row && cell.col === col ? cell : undefined;
}

function textAt(table: TableBlock, row: number, col: number): string {
  return compact(toHalfWidth(cellAt(table, row, col)?.text ?? ''));
}

interface RowSubject {
  code: string | null;
  name: string;
  /** Set when the row itself is a budget-unit row (103001-…（本级）). */
  unit: { code: string; name: string } | null;
  /** Set when the row names the unit it belongs to in a column of its own (项目单位). */
  ownerUnit: { code: string; name: string } | null;
  repaired: boolean;
  /** A 政府预算经济分类 code and name printed beside the row's own (部门) code. */
  govEconomic?: { code: string; name: string } | null;
  /** The 支出功能分类 code of a row whose own code is economic (a cross-classified row). */
  functionCode?: string | null;
  /** The label begins 其中: the row is a part of the row above, not a line of its own list. */
  ofWhich?: boolean;
}

/** A list of named things (项目名称) with their unit in a column of its own (项目单位). */
function namedListColumns(segment: Segment, paths: string[][]): { name: number; unit: number | null } | null {
  const leaf = (c: number) => (paths[c] ?? []).join('›');
  const name = segment.nameCols.find((c) => /项目名称/.test(leaf(c)));
  if (name === undefined) return null;
  const unit = segment.nameCols.find((c) => c !== name && /单位/.test(leaf(c))) ?? null;
  return { name, unit };
}

/**
 * The 类 and 款 of the rows above, for tables that print a code's parts in 类 | 款 | 项
 * columns sparsely: a 款 row prints only "06" under its 类 row "201", a 项 row only "01".
 */
interface CodeParts { cls: string; section: string }

/** The full code of a row printed in part columns, completing a sparse row from the rows above. */
function codeFromParts(parts: Record<string, string>, above: CodeParts): string | null {
  // A label spanning the part columns (合计 across 类 | 款 | 项) is no code.
  const digits = (part: string | undefined) => (/^\d+$/.test(part ?? '') ? part! : '');
  const cls = digits(parts.class), section = digits(parts.section), item = digits(parts.item);
  if (cls) { above.cls = cls; above.section = section; }
  else if (section) above.section = section;
  if (!cls && !section && !item) return null;
  if (cls) return joinCodeParts(cls, section, item) || null;
  if (!/^\d{3}$/.test(above.cls)) return null;
  return joinCodeParts(above.cls, section || above.section, item) || null;
}

/** The code and name a row prints in one segment, in whichever of the three forms it uses. */
function subjectOf(table: TableBlock, row: number, segment: Segment, paths: string[][], above: { own: CodeParts; second: CodeParts }): RowSubject {
  const list = namedListColumns(segment, paths);
  if (list) {
    const unitText = list.unit !== null ? textAt(table, row, list.unit) : '';
    // The 合计 row prints its label in whichever text column comes first.
    const totalLabel = segment.nameCols.map((c) => textAt(table, row, c)).find(isTotalName);
    const name = cleanName(textAt(table, row, list.name) || totalLabel || '');
    const split = splitCodeAndName(unitText);
    // A unit row: its code in the name column, its name in the unit column ("102 | 洛阳市…办公室").
    if (/^\d{3,6}$/.test(name) && unitText && !split) {
      return { code: null, name: cleanName(unitText), unit: { code: name, name: cleanName(unitText) }, ownerUnit: null, repaired: false };
    }
    const nameAsUnit = splitCodeAndName(name);
    // A unit row inside the list ("102 | 洛阳市西工区人民政府办公室" in the name column).
    if (nameAsUnit && isUnitCode(nameAsUnit.code, nameAsUnit.name)) {
      return { code: null, name: cleanName(nameAsUnit.name), unit: { code: nameAsUnit.code, name: cleanName(nameAsUnit.name) }, ownerUnit: null, repaired: false };
    }
    return {
      code: null, name, unit: null, repaired: false,
      ownerUnit: split ? { code: split.code, name: cleanName(split.name) } : null,
    };
  }
  const [own, second] = codeSystems(segment.codeCols);
  // A second code system's name column stands after its codes; the row's own name before them.
  const ownNameCols = second ? segment.nameCols.filter((c) => c < second[0]!.col) : segment.nameCols;
  const nameCell = ownNameCols.map((c) => cellAt(table, row, c)).find((c) => c && compact(c.text));
  let name = compact(toHalfWidth(nameCell?.text ?? ''));
  let repaired = (nameCell?.repairs?.length ?? 0) > 0;
  let code: string | null = null;
  let unitCode: string | null = null;
  const parts: Record<string, string> = {};
  for (const { col, part } of own ?? []) {
    const cell = cellAt(table, row, col);
    if (cell?.repairs?.length) repaired = true;
    parts[part] = compact(toHalfWidth(cell?.text ?? ''));
  }
  // 合计 printed in the code column, the name column left blank.
  if (!name) name = Object.values(parts).find((t) => /^(合计|总计)$/.test(t)) ?? '';
  if (parts.full) code = parts.full.replace(/\D/g, '') || null;
  else if ('class' in parts) code = codeFromParts(parts, above.own);
  if (parts.unit) unitCode = parts.unit || null;
  let crossed: CrossCodes | null = null;
  if (!code) {
    crossed = crossCodes(ownNameCols.map((c) => textAt(table, row, c)));
    const split = crossed ? null : splitCodeAndName(name);
    if (crossed) ({ code, name } = crossed.own);
    else if (split) { code = split.code; name = split.name; }
  }
  if (code && isUnitCode(code, name)) { unitCode = code; code = null; }
  const unit = unitCode ? { code: unitCode, name: cleanName(name) } : null;
  const govEconomic = crossed?.govEconomic ?? (second && code ? secondCode(table, row, second, segment.nameCols, above.second) : null);
  return { code, name: cleanName(name), unit, ownerUnit: null, repaired, govEconomic, functionCode: crossed?.functionCode ?? null, ofWhich: /^其中/.test(name) };
}

interface CrossCodes {
  own: { code: string; name: string };
  govEconomic: { code: string; name: string } | null;
  functionCode: string | null;
}

/**
 * A row that prints its subject in several classifications, each "code-name" in a column of
 * its own (2040201-行政运行 │ 50101-工资奖金津补贴 │ 30101-基本工资): the 部门 economic code is
 * the line's, the government's goes beside it, and a function code is kept as function_code.
 */
function crossCodes(texts: string[]): CrossCodes | null {
  const byClass = new Map<string, { code: string; name: string }>();
  for (const text of texts) {
    const split = splitCodeAndName(text);
    if (split) byClass.set(classificationOf(split.code), split);
  }
  if (byClass.size < 2 || byClass.has('none')) return null;
  const own = byClass.get('economic') ?? byClass.get('function') ?? byClass.get('gov_economic')!;
  const gov = byClass.get('gov_economic');
  const fn = byClass.get('function');
  return {
    own,
    govEconomic: gov && gov !== own ? { code: gov.code, name: cleanName(gov.name) } : null,
    functionCode: fn && fn !== own ? fn.code : null,
  };
}

type CodeColumn = Segment['codeCols'][number];

/**
 * The code columns of each code system a row prints, in order: a row may print its
 * 部门预算经济分类 code (301 | 01) and beside it a 政府预算经济分类 code (501 | 01).
 * A part printed again, or a column headed as the government's code, starts the second system.
 * Grid columns under one merged part (款 spanning three columns of a spreadsheet) are one part.
 */
function codeSystems(codeCols: readonly CodeColumn[]): CodeColumn[][] {
  const systems: CodeColumn[][] = [[]];
  for (const [i, column] of codeCols.entries()) {
    const current = systems[systems.length - 1]!;
    const previous = codeCols[i - 1];
    if (previous && previous.part === column.part && previous.col === column.col - 1) continue;
    const startsAnother = current.some((c) => c.part === column.part) || (column.part === 'gov_economic' && current.length > 0);
    if (startsAnother) systems.push([column]);
    else current.push(column);
  }
  return systems.filter((s) => s.length > 0);
}

/** The 政府预算经济分类 code and name printed beside the row's own code, or null. */
function secondCode(table: TableBlock, row: number, columns: readonly CodeColumn[], nameCols: readonly number[], above: CodeParts): { code: string; name: string } | null {
  const parts: Record<string, string> = {};
  for (const { col, part } of columns) parts[part === 'gov_economic' ? 'full' : part] = compact(toHalfWidth(cellAt(table, row, col)?.text ?? ''));
  const code = parts.full ? parts.full.replace(/\D/g, '') || null : codeFromParts(parts, above);
  if (!code || classificationOf(code) !== 'gov_economic') return null;
  const nameCol = nameCols.find((c) => c > columns[0]!.col);
  return { code, name: cleanName(nameCol === undefined ? '' : textAt(table, row, nameCol)) };
}

/** In a 三公 table whose columns are the items, the item each amount column stands for. */
function threePublicColumnItems(ctx: TableContext, segment: Segment, names: Map<number, string>): Map<number, string> | null {
  const items = new Map<number, string>();
  for (const col of segment.amountCols) {
    const column = threePublicColumn(ctx.paths[col] ?? []);
    if (column) { items.set(col, column.item); names.set(col, cleanName(column.header)); }
  }
  // A lone 合计 beside the “三公” subtotal also counts 会议费 and 培训费: it is not the “三公” total.
  const totals = [...items].filter(([, item]) => item === 'three_public.total');
  if (totals.length > 1) {
    for (const [col] of totals) if ((ctx.paths[col] ?? []).length === 1) items.set(col, 'three_public.all_total');
  }
  return items.size >= 2 ? items : null;
}

function hasMeetingOrTrainingRows(table: TableBlock, from: number, segment: Segment): boolean {
  for (let row = from; row < table.nRows; row++) {
    for (const col of segment.nameCols) {
      const item = threePublicItem(textAt(table, row, col));
      if (item === 'three_public.meeting' || item === 'three_public.training') return true;
    }
  }
  return false;
}

/** The canonical key of an uncoded row: unit, total, a summary line or a “三公” item. */
function rowItem(
  subject: RowSubject, segment: Segment, ctx: TableContext, table: { columnItems: boolean; onlyThreePublicRows: boolean },
): string | null {
  if (subject.code) return null;
  let item: string | null = null;
  if (subject.unit) item = 'unit.total';
  else if (isTotalName(subject.name)) item = 'total';
  if (!subject.unit && SUMMARY_KINDS.has(ctx.kind)) item = summaryItem(subject.name, segment.side ?? SIDE_OF_KIND[ctx.kind] ?? null) ?? item;
  // A bare 合计 closing one list of a side-by-side summary (收入 | 支出 headed) is that side's total.
  if (item === 'total' && segment.side && ctx.segments.length > 1) item = `${segment.side}.total`;
  // A table with no name column (支出预算总表 printed as one row of totals) is its own total.
  if (segment.nameCols.length === 0 && segment.codeCols.length === 0 && !item) item = 'total';
  if (ctx.kind === 'three_public' && !table.columnItems) {
    item = threePublicItem(subject.name) ?? (item === 'total' && table.onlyThreePublicRows ? 'three_public.total' : item);
  }
  return item;
}

export function linesOfTable(table: TableBlock, ctx: TableContext, findings: Finding[]): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const warnedColumns = new Set<number>();
  for (const segment of ctx.segments) {
    const columnNames = new Map<number, string>();
    const columnItems = ctx.kind === 'three_public' ? threePublicColumnItems(ctx, segment, columnNames) : null;
    let unit: { code: string; name: string } | null = null;
    const codeParts = { own: { cls: '', section: '' }, second: { cls: '', section: '' } };
    // Where 会议费 / 培训费 rows stand beside the “三公” items, 合计 counts them too.
    const onlyThreePublicRows = ctx.kind === 'three_public' && !hasMeetingOrTrainingRows(table, ctx.headerRows, segment);
    for (let row = ctx.headerRows; row < table.nRows; row++) {
      const subject = subjectOf(table, row, segment, ctx.paths, codeParts);
      const amounts = segment.amountCols
        .map((col) => ({ col, cell: anchorAt(table, row, col) }))
        .filter((a): a is { col: number; cell: Cell } => !!a.cell && compact(a.cell.text) !== '');
      if (subject.unit) unit = subject.unit;
      if (amounts.length === 0) continue;
      const item = rowItem(subject, segment, ctx, { columnItems: columnItems !== null, onlyThreePublicRows });
      for (const { col, cell } of amounts) {
        const printed = compact(toHalfWidth(cell.text));
        const amount = parseAmount(printed);
        if (amount === null) {
          findings.push(finding({
            check: 'map.not_a_figure', severity: 'warning', table: ctx.kind, page: rowPage(table, row),
            code: subject.code, expected: 'a figure', actual: printed,
            message: `cell (${row}, ${col}) of ${ctx.title} holds "${printed}" where an amount is expected`,
          }));
          continue;
        }
        let measure = measureOf(ctx.paths[col] ?? [], ctx.year);
        let lineItem = item;
        // An item column's measure is its group's: 当年预算 (total) or 上年结转结余 (carryover).
        if (columnItems?.has(col)) {
          lineItem = columnItems.get(col)!;
          const group = (ctx.paths[col] ?? []).filter((h) => !threePublicItem(h) && !operatingFundsItem(h) && !/三公/.test(h) && !/^(小计|合计)$/.test(h));
          measure = group.length > 0 && measureOf(group, ctx.year) === 'carryover' ? 'carryover' : 'total';
        }
        if (!measure) {
          if (segment.amountCols.length === 1) measure = 'total';
          else {
            if (!warnedColumns.has(col)) {
              warnedColumns.add(col);
              findings.push(finding({
                check: 'map.unknown_column', severity: 'warning', table: ctx.kind, page: table.page,
                expected: ctx.title, actual: (ctx.paths[col] ?? []).join('›'),
                message: `column ${col} of ${ctx.title} has no recognisable measure; its amounts are skipped`,
              }));
            }
            continue;
          }
        }
        const isUnitRow = lineItem === 'unit.total';
        lines.push({
          doc_id: ctx.docId,
          table: ctx.kind,
          table_title: ctx.title,
          page: rowPage(table, row),
          row,
          unit_code: subject.ownerUnit?.code ?? unit?.code ?? null,
          unit_name: subject.ownerUnit?.name ?? unit?.name ?? null,
          classification: subject.code ? classificationOf(subject.code) : 'none',
          item: subject.code ? null : lineItem,
          code: subject.code,
          ...(subject.govEconomic ? { gov_economic_code: subject.govEconomic.code, gov_economic_name: subject.govEconomic.name } : {}),
          ...(subject.functionCode ? { function_code: subject.functionCode } : {}),
          name: isUnitRow ? subject.unit!.name : columnItems?.has(col) && !subject.name ? columnNames.get(col)! : subject.name,
          measure,
          amount_yuan: toYuan(amount, ctx.unit),
          printed,
          repaired: subject.repaired || (cell.repairs?.length ?? 0) > 0,
          provenance: { ...cellProvenance(table, ctx.tableIndex, cell), ...(subject.ofWhich ? { of_which: true } : {}) },
        });
      }
    }
  }
  return lines;
}

