/** Column headers to the contract's measures (DATASET.md › Measures). */
import type { Measure } from '@budget/model';
import { COLUMN_HEADERS, type Token } from './aliases.ts';

/** Headings that name the whole table rather than a column group ("一般公共预算基本支出 › 合计" is the table's 合计). */
const TABLE_WIDE = /^(本年)?(一般公共预算|财政拨款)(基本支出|支出)(预算)?$/;

export function headerToken(text: string, year: number | null): Token | null {
  if (TABLE_WIDE.test(text)) return null;
  const y = text.match(/^(\d{4})年?(预算数?|度)?$/);
  if (y) {
    if (year === null) return null;
    const printed = Number(y[1]);
    return printed === year ? 'total' : printed === year - 1 ? 'prior_year' : null;
  }
  for (const [pattern, token] of COLUMN_HEADERS) if (pattern.test(text)) return token;
  return null;
}

/** Leaf headers that only restate their group (a stacked header's repeated or table-wide heading). */
const NEUTRAL_LEAF = /^(预算数|金额|本年|本年预算|预算)$/;

const SUB_NAME: Partial<Record<Token, string>> = {
  wages: 'personnel_wages', household: 'personnel_household', goods: 'public_funds_goods',
  capital: 'public_funds_capital', operating: 'project_operating', specific: 'project_specific',
  capital_construction: 'project_capital_construction',
};
/** Column groups whose funding-source sub-columns get the group as prefix. */
const GROUPS = new Set<Token>(['basic', 'project', 'carryover']);

/**
 * The measure of a column from its header path, or null when no header names one.
 * 小计/合计 under a group takes the group's meaning; a funding source under 基本支出 /
 * 项目支出 / 上年结转 is prefixed with the group (basic_general_budget).
 */
export function measureOf(path: string[], year: number | null): Measure | null {
  // 其中：X is a part of the column above it: 事业收入 › 其中：教育收费 = business_income_special_account.
  const leafText = path[path.length - 1] ?? '';
  if (path.length >= 2 && /^其中/.test(leafText)) {
    const part = measureOf([leafText.replace(/^其中[:：]?/, '')], year);
    const whole = measureOf(path.slice(0, -1), year);
    // A part we cannot name is not its whole: unknown, and reported.
    if (!part || !whole) return null;
    if (whole === 'total' || whole === 'current_year_income' || whole === part || part.startsWith(`${whole}_`)) return part;
    return `${whole}_${part}`;
  }
  // A sub-column we cannot name (项目支出 › 扣除基建项目后预算数) is not its group: unknown, reported.
  // (A year heading when the document's year is unknown says nothing either way.)
  const yearUnknown = year === null && /^\d{4}年/.test(leafText);
  if (path.length >= 2 && headerToken(leafText, year) === null && !NEUTRAL_LEAF.test(leafText) && !yearUnknown) return null;
  const tokens = path.map((t) => headerToken(t, year)).filter((t): t is Token => t !== null);
  if (tokens.length === 0) return null;
  const leaf = tokens[tokens.length - 1]!;
  if (SUB_NAME[leaf]) return SUB_NAME[leaf]!;
  // 一般公共预算 › 其中：财政拨款 is the general budget's fiscal part, not all fiscal appropriation.
  if (leaf === 'of_which_fiscal') {
    const within = tokens.slice(0, -1).filter((t) => t !== 'total' && t !== 'current_year').pop();
    return within && within !== 'fiscal_appropriation' && !GROUPS.has(within) ? `${within}_fiscal_appropriation` : 'fiscal_appropriation';
  }
  const meaningful = tokens.filter((t) => t !== 'total' && t !== 'current_year' && t !== 'this_year');
  const group = meaningful.find((t) => GROUPS.has(t));
  const source = leaf === 'total' || leaf === 'current_year' || leaf === 'this_year' ? meaningful[meaningful.length - 1] : leaf;
  if (!source) return tokens.includes('current_year') ? 'current_year_income' : tokens.includes('this_year') && tokens.length > 1 ? 'current_year' : 'total';
  // 基本支出 › 人员经费 is the department's 人员经费; under 上年结转 it is the carried-over part.
  if ((source === 'personnel' || source === 'public_funds') && group !== 'carryover') return source;
  // 基本支出 › 财政拨款 › 一般公共预算: the funding source under its group.
  if (group && group !== source) return `${group}_${source}`;
  return source;
}

const CURRENT_YEAR_TOTAL = /^本年(收入|支出)合计$/;

/**
 * Header paths read against the whole table: a 本年收入合计 / 本年支出合计 column is the
 * table's 合计 where nothing else is (决算's 收入决算表) and the 本年 subtotal beside a 总计;
 * 预算数 beside 决算数 is the budget the year began with (决算's “三公” table).
 */
export function tablePaths(printed: string[][]): string[][] {
  // 本年支出 / 当年预算 is a group only beside 上年结转 columns; alone it heads the whole table.
  const carries = printed.some((p) => p.some((h) => headerToken(h, null) === 'carryover'));
  const paths = withoutSideLabels(printed).map((p) => (carries ? p : p.filter((h) => headerToken(h, null) !== 'this_year')));
  const hasTotal = paths.some((p) => p.length === 1 && /^(合计|总计)$/.test(p[0]!));
  const hasActual = paths.some((p) => p.some((h) => /^决算数$/.test(h)));
  return paths.map((p) => {
    const leaf = p[p.length - 1] ?? '';
    const m = leaf.match(CURRENT_YEAR_TOTAL);
    if (m) return hasTotal ? [...p.slice(0, -1), `本年${m[1]}`, '小计'] : [...p.slice(0, -1), '合计'];
    if (hasActual && leaf === '预算数') return [...p.slice(0, -1), '年初预算数'];
    return p;
  });
}

/** The header of a name column (项目, 科目名称, 收入项目 …). */
const NAME_HEADER = /^(项目|科目|名称|项目名称|科目名称|收入项目|支出项目|功能分类科目名称|支出功能分类科目)$/;

/**
 * A side-by-side summary heads each list with its side ("本年收入 › 项目 | 本年收入 › 预算数",
 * "财政拨款支出 › 合计"): a heading over a name column as well as amounts names the list, not
 * a measure group, so it is left out of the amount columns' paths.
 */
export function withoutSideLabels(paths: string[][]): string[][] {
  const sideLabels = new Set(paths.filter((p) => p.length >= 2 && NAME_HEADER.test(p[p.length - 1]!)).map((p) => p[0]!));
  const sides = new Set(paths.filter((p) => p.length >= 2 && sideLabels.has(p[0]!)).map((p) => p[0]!));
  // Only where the table prints two or more lists side by side: one list's heading may be a real group.
  if (sides.size < 2) return paths;
  return paths.map((p) => (p.length >= 2 && sides.has(p[0]!) ? p.slice(1) : p));
}
