/** Canonical keys of uncoded lines (summary tables, 三公 items), from their printed names. */
import { compact, stripListPrefix, toHalfWidth } from '@budget/model';

export type Side = 'income' | 'expenditure' | null;

const INCOME_ITEMS: Array<[RegExp, string]> = [
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

const EXPENDITURE_ITEMS: Array<[RegExp, string]> = [
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
const FUNCTION_CLASSES: Array<[RegExp, string]> = [
  [/^一般公共服务/, '201'], [/^外交/, '202'], [/^国防/, '203'], [/^公共安全/, '204'], [/^教育/, '205'],
  [/^科学技术/, '206'], [/^文化(旅游)?(体育)?/, '207'], [/^社会保障和就业/, '208'], [/^社会保险基金/, '209'],
  [/^(卫生健康|医疗卫生)/, '210'], [/^节能环保/, '211'], [/^城乡社区/, '212'], [/^农林水/, '213'],
  [/^交通运输/, '214'], [/^资源勘探/, '215'], [/^商业服务业/, '216'], [/^金融/, '217'],
  [/^援助其他地区/, '219'], [/^自然资源海洋气象/, '220'], [/^住房保障/, '221'], [/^粮油物资储备/, '222'],
  [/^国有资本经营预算/, '223'], [/^灾害防治及应急管理/, '224'], [/^预备费/, '227'], [/^其他支出/, '229'],
  [/^转移性支出/, '230'], [/^债务还本/, '231'], [/^债务付息/, '232'], [/^债务发行费用/, '233'],
  [/^抗疫特别国债/, '234'],
];

const THREE_PUBLIC_ITEMS: Array<[RegExp, string]> = [
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

/** Name as the contract wants it: no whitespace, no list prefix. */
export function cleanName(printed: string): string {
  return stripListPrefix(compact(toHalfWidth(printed)).replace(/^[\d]+[.、．](?!\d)/, ''));
}

function firstMatch(rules: Array<[RegExp, string]>, name: string): string | null {
  for (const [pattern, key] of rules) if (pattern.test(name)) return key;
  return null;
}

export function summaryItem(name: string, side: Side): string | null {
  if (side !== 'expenditure') {
    const income = firstMatch(INCOME_ITEMS, name);
    if (income) return income;
  }
  if (side !== 'income') {
    const spent = firstMatch(EXPENDITURE_ITEMS, name);
    if (spent) return spent;
    const cls = firstMatch(FUNCTION_CLASSES, name);
    if (cls) return `function.${cls}`;
  }
  return null;
}

/** 机关运行经费, printed as a column of the “三公” table in some styles (Shanghai). */
export function operatingFundsItem(name: string): string | null {
  return /机关运行经费|机构运转经费/.test(cleanName(name)) ? 'operating_funds.total' : null;
}

export function threePublicItem(name: string): string | null {
  return firstMatch(THREE_PUBLIC_ITEMS, cleanName(name));
}

export function isTotalName(name: string): boolean {
  return /^(合计|总计)[:：]?$/.test(name);
}

/** The “三公” item a column of a “三公” table stands for, from its header path (小计 under a group is the group). */
export function threePublicColumnItem(path: readonly string[]): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const h = path[i]!;
    if (/^(小计|年初预算数|预算数|决算数)$/.test(h)) continue;
    const item = threePublicItem(h) ?? (/三公/.test(h) || isTotalName(h) ? 'three_public.total' : null);
    if (item) return item;
  }
  return null;
}
