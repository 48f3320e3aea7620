/**
 * Every alias the map stage knows, as data in one place: how table titles, column headers and
 * row labels are printed across regions and years, and what each means. Adding an alias is a
 * one-line change here and one line in packages/map/test/vocabulary.test.ts; the modules that
 * read them (table-kinds.ts, measures.ts, items.ts) hold the rules for using them, not the words.
 * Order matters in every list: the first match wins, so the more specific wording comes first.
 */
import type { TableKind } from '@budget/model';

// ── Table titles → table kinds ──

export interface KindRule {
  kind: TableKind;
  /** Every pattern must match the compacted title. */
  all: RegExp[];
  /** No pattern may match. */
  none?: RegExp[];
}

/** A title that names income and no expenditure. */
const INCOME_ONLY = /^(?!.*(支出|收支)).*收入/;

/**
 * Most specific first: a title such as 一般公共预算基本支出表 also contains 支出表, and
 * 财政拨款收支总表 also contains 收支. Aliases collected from the seeds and the Jiangsu files.
 */
export const TABLE_TITLES: KindRule[] = [
  { kind: 'three_public', all: [/三公/] },
  { kind: 'department_performance', all: [/绩效/, /整体/] },
  { kind: 'project_performance', all: [/绩效/] },
  { kind: 'operating_funds', all: [/(运转经费|机关运行经费)/] },
  { kind: 'purchased_services', all: [/购买服务/] },
  { kind: 'procurement', all: [/政府采购/] },
  // A fund's income table (政府性基金预算收入决算表, in regional reports) is not its expenditure table.
  { kind: 'gov_fund_expenditure', all: [/(政府性基金|政府基金)/], none: [INCOME_ONLY] },
  { kind: 'state_capital_expenditure', all: [/国有资本经营/], none: [INCOME_ONLY] },
  { kind: 'general_budget_basic', all: [/一般公共预算/, /基本支出/] },
  { kind: 'fiscal_summary', all: [/财政拨款/, /(收支|收入支出|总表)/] },
  // Extensions (Jiangsu 2017–2019): 财政拨款 expenditure by function and its basic part by economic class.
  { kind: 'fiscal_basic', all: [/财政拨款/, /基本支出/], none: [/一般公共预算/] },
  { kind: 'fiscal_expenditure', all: [/财政拨款/, /支出/], none: [/一般公共预算/] },
  { kind: 'basic_expenditure', all: [/^基本支出/] },
  // 一般公共预算支出经济分类情况表: by economic class, basic and project together.
  { kind: 'economic_expenditure', all: [/一般公共预算/, /经济分类/] },
  { kind: 'general_budget_expenditure', all: [/一般公共预算/, /支出/] },
  { kind: 'project_expenditure', all: [/项目支出/] },
  { kind: 'economic_expenditure', all: [/经济分类/] },
  { kind: 'function_expenditure', all: [/功能分类/] },
  { kind: 'income_expenditure_summary', all: [/(收支|收入支出)/] },
  { kind: 'income_summary', all: [/收入/] },
  { kind: 'expenditure_summary', all: [/支出/] },
];

// ── Column headers → measure tokens (measures.ts composes them along a header path) ──

export type Token =
  | 'total' | 'basic' | 'project' | 'personnel' | 'public_funds' | 'general_budget' | 'gov_fund'
  | 'state_capital' | 'special_account' | 'unit_funds' | 'fiscal_appropriation' | 'business_income'
  | 'operating_income' | 'superior_subsidy' | 'affiliated_remit' | 'other_income' | 'other_funds' | 'carryover'
  | 'prior_year' | 'actual' | 'wages' | 'household' | 'goods' | 'capital' | 'operating' | 'specific'
  | 'operating_expenditure' | 'remit_superior' | 'subsidy_affiliated' | 'current_year' | 'reserve'
  | 'carry_forward' | 'this_year' | 'capital_construction' | 'initial_budget' | 'adjusted_budget' | 'year_end_carryover' | 'of_which_fiscal' | 'change';

/** One header text to a token; order matters (其中：财政拨款 before 一般公共预算, 经营支出 before 支出). */
export const COLUMN_HEADERS: Array<[RegExp, Token]> = [
  // A difference column (决算数比预算数增减, 比上年增减); a rate (增减率, %) is not an amount.
  [/(增减|增加额|减少额|增长额)(额|数)?$/, 'change'],
  [/^(合计|总计|小计|预算数|金额|本年预算数?|预算金额|资金总额|批复数|项目金额|金额合计|总额|预算支出总额|部门预算总额|预算安排|本年预算金额|编制预算)$/, 'total'],
  // 决算 tables: the year's end balance, the initial and the adjusted budget beside 决算数.
  [/(年末|年终)结转/, 'year_end_carryover'],
  [/(上年结转|年初结转|结转结余|上年结余|结转和结余|财政拨款结转)/, 'carryover'],
  [/^年初预算(数)?$/, 'initial_budget'],
  [/^(调整预算|全年预算)(数)?$/, 'adjusted_budget'],
  [/^本年收入$/, 'current_year'],
  // 当年预算 › 小计 | 基本支出 | 项目支出 beside 上年结转结余 › …: this year's money as a group.
  [/^(当年预算|本年支出)$/, 'this_year'],
  [/上年预算/, 'prior_year'],
  [/决算数/, 'actual'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/人员经费|^人员支出$/, 'personnel'],
  [/公用经费|^(日常)?公用支出$/, 'public_funds'],
  [/工资福利/, 'wages'],
  [/对个人和家庭/, 'household'],
  [/商品和服务/, 'goods'],
  [/资本性支出/, 'capital'],
  [/其他运转类/, 'operating'],
  [/特定目标类/, 'specific'],
  [/经营支出/, 'operating_expenditure'],
  [/预留机动经费/, 'reserve'],
  [/^(其中[:：]?)?(基本建设|基建)(资金|项目)?(支出)?$/, 'capital_construction'],
  [/结转下年/, 'carry_forward'],
  [/(上缴上级|上解上级)/, 'remit_superior'],
  [/对附属单位补助/, 'subsidy_affiliated'],
  [/^其中[:：]?财政拨款/, 'of_which_fiscal'],
  [/一般公共预算/, 'general_budget'],
  [/(政府性基金|政府基金|基金预算)/, 'gov_fund'],
  [/国有资本经营/, 'state_capital'],
  [/(财政专户|专户资金|专户收入|教育收费)/, 'special_account'],
  [/单位资金/, 'unit_funds'],
  [/附属单位上缴/, 'affiliated_remit'],
  [/上级补助/, 'superior_subsidy'],
  [/经营收入/, 'operating_income'],
  [/事业收入/, 'business_income'],
  [/其他收入/, 'other_income'],
  [/^其他资金$/, 'other_funds'],
  [/财政拨款/, 'fiscal_appropriation'],
];

// ── Row labels of uncoded rows → canonical items ──

export const INCOME_ROWS: Array<[RegExp, string]> = [
  [/^收入总计$|^收入合计$|^总计$/, 'income.total'],
  [/本年收入合计|^本年收入$|^当年收入(小计|合计)?$/, 'income.current_year'],
  [/(上年结转|结转结余|年初.*结转)/, 'income.carryover'],
  [/使用.*结余|^非财政拨款结余$/, 'income.unit_balance'],
  [/一般公共预算/, 'income.general_budget'],
  [/(政府性基金|政府基金)/, 'income.gov_fund'],
  [/国有资本经营/, 'income.state_capital'],
  [/财政专户/, 'income.special_account'],
  [/单位资金/, 'income.unit_funds'],
  [/事业单位经营收入|^经营收入$/, 'income.operating_income'],
  [/事业收入/, 'income.business_income'],
  [/上级补助/, 'income.superior_subsidy'],
  [/附属单位上缴/, 'income.affiliated_remit'],
  [/其他收入/, 'income.other_income'],
  // Jiangsu: 其他资金, the money that is not 财政拨款.
  [/^其他资金$/, 'income.other_funds'],
  [/^财政拨款(收入)?$/, 'income.fiscal_appropriation'],
];

export const EXPENDITURE_ROWS: Array<[RegExp, string]> = [
  [/^支出总计$|^支出合计$|^总计$/, 'expenditure.total'],
  [/本年支出合计|^本年支出$/, 'expenditure.current_year'],
  [/(年终结转|年末.*结转)/, 'expenditure.year_end_carryover'],
  [/^结转下年/, 'expenditure.carry_forward'],
  // 决算: 结余分配 (提取职工福利基金, 转入事业基金 …) stands between 本年支出 and 年末结转.
  [/^结余分配$/, 'expenditure.surplus_distribution'],
  [/^基本支出$/, 'expenditure.basic'],
  [/预留机动经费/, 'expenditure.reserve'],
  [/^当年支出(小计|合计)$/, 'expenditure.current_year'],
  [/^人员经费$/, 'expenditure.personnel'],
  [/^(日常)?公用经费$/, 'expenditure.public_funds'],
  [/^项目支出$/, 'expenditure.project'],
];

/** The 类 codes of the function classification, for summary rows that print only the name. */
export const FUNCTION_CLASS_ROWS: Array<[RegExp, string]> = [
  [/^一般公共服务/, '201'], [/^外交/, '202'], [/^国防/, '203'], [/^公共安全/, '204'], [/^教育/, '205'],
  [/^科学技术/, '206'], [/^文化(旅游)?(体育)?/, '207'], [/^社会保障和就业/, '208'], [/^社会保险基金/, '209'],
  [/^(卫生健康|医疗卫生)/, '210'], [/^节能环保/, '211'], [/^城乡社区/, '212'], [/^农林水/, '213'],
  [/^交通运输/, '214'], [/^资源勘探/, '215'], [/^商业服务业/, '216'], [/^金融/, '217'],
  [/^援助其他地区/, '219'], [/^自然资源海洋气象/, '220'], [/^住房保障/, '221'], [/^粮油物资储备/, '222'],
  [/^国有资本经营预算/, '223'], [/^灾害防治及应急管理/, '224'], [/^预备费/, '227'], [/^其他支出/, '229'],
  [/^转移性支出/, '230'], [/^债务还本/, '231'], [/^债务付息/, '232'], [/^债务发行费用/, '233'],
  [/^抗疫特别国债/, '234'],
];

export const THREE_PUBLIC_ROWS: Array<[RegExp, string]> = [
  // A bare 合计 row may also count 会议费 and 培训费 (Hebei style): it is the table's total, item "total".
  [/三公.*(合计|小计)/, 'three_public.total'],
  // 其中：科研人员因公出国（境）费用, printed beside the 因公出国 subtotal (Jilin).
  [/科研.*因公出国/, 'three_public.overseas_research'],
  [/因公出国/, 'three_public.overseas'],
  [/公务用车购置及运行|公务用车购置及运维|公务用车购置及运行维护/, 'three_public.vehicle'],
  [/公务用车购置(费)?$/, 'three_public.vehicle_purchase'],
  [/公务用车运行|公务用车运维|^运行维护费$/, 'three_public.vehicle_operation'],
  // Sub-columns under a 公务用车购置及运行费 group print only 购置费 / 运行费.
  [/^购置费?$/, 'three_public.vehicle_purchase'],
  [/^(运行|运维|运行维护)费?$/, 'three_public.vehicle_operation'],
  [/公务接待/, 'three_public.reception'],
  // Jiangsu prints 会议费 and 培训费 beside the “三公”经费 (extension items).
  [/会议费$/, 'three_public.meeting'],
  [/培训费$/, 'three_public.training'],
];
