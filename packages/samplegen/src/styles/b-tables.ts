/**
 * Style B tables (Luoyang Xigong, seed 002): 万元, "部门名称：…" above each table, codes split
 * into 类 | 款 | 项 columns, 基本支出 split into 人员经费 › 工资福利 / 对个人和家庭的补助 and
 * 公用经费 › 商品和服务 / 资本性, 项目支出 into 其他运转类 / 特定目标类, both economic
 * classifications side by side, 21-digit project codes wrapped in a narrow cell.
 */
import { ECONOMIC_NAMES, FUNCTION_NAMES, GOV_ECONOMIC_NAMES, GOV_ECONOMIC_OF } from '../catalog/subjects.ts';
import type { Cell, ExpectedIndicator, ExpectedProject, TableBlock } from '../document.ts';
import type { Ledger } from '../ledger.ts';
import { printedToYuan, wan } from '../money-format.ts';
import type { Random } from '../random.ts';
import type { Cents, Spec } from '../spec.ts';
import {
  amount, amounts, blanks, columns, fitFigures, h, itemKey, nameOf, subjectKey, tableBlock, tagHeadline, text, type Figures, type RowKey,
} from '../table-kit.ts';
import { FUNCTION_CLASSES, chineseNumber, departmentCode, ledgerOf } from './common.ts';

const WAN: Figures = { unit: '万元', zero: 'blank' };
const WAN_ZERO: Figures = { unit: '万元', zero: 'print' };
const WIDTH = 770;
const B_STYLE = { borders: 'fill' as const };

function categoryLedger(spec: Spec, l: Ledger, category: string): Ledger {
  const ids = new Set(spec.projects.filter((p) => p.category === category).map((p) => p.id));
  return l.where((a) => a.project !== null && ids.has(a.project));
}

function summary(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const total = l.sum();
  const income: Array<[string | null, string, Cents]> = [
    ['income.general_budget', '一、一般公共预算', l.general().sum()],
    ['income.fiscal_appropriation', '其中：财政拨款', l.general().sum()],
    ['income.gov_fund', '二、政府性基金预算拨款收入', 0],
    ['income.state_capital', '三、国有资本经营预算拨款收入', 0],
    ['income.special_account', '四、财政专户管理资金收入', 0],
    ['income.business_income', '五、事业收入', 0],
    ['income.operating_income', '六、事业单位经营收入', 0],
    ['income.superior_subsidy', '七、上级补助收入', 0],
    ['income.affiliated_remit', '八、附属单位上缴收入', 0],
    ['income.other_income', '九、其他收入', 0],
  ];
  const byClass = new Map(l.byFunc(3));
  const rows: Cell[][] = FUNCTION_CLASSES.map((cls, i) => {
    const inc = income[i];
    return [
      text(inc ? inc[1] : ''),
      inc ? amount(inc[2], 'total', itemKey(inc[0], inc[1]), WAN) : text(''),
      text(`${chineseNumber(i + 1)}、${cls.short}`),
      amount(byClass.get(cls.code)?.sum() ?? null, 'total', itemKey(`function.${cls.code}`, cls.short), WAN),
    ];
  });
  const pair = (a: [string, string, Cents, Figures], b: [string, string, Cents, Figures]): Cell[] => [
    text(a[1], { align: 'center' }), amount(a[2], 'total', itemKey(a[0], a[1]), a[3]),
    text(b[1], { align: 'center' }), amount(b[2], 'total', itemKey(b[0], b[1]), b[3]),
  ];
  rows.push(pair(['income.current_year', '本年收入合计', total, WAN], ['expenditure.current_year', '本年支出合计', total, WAN]));
  rows.push(pair(['income.carryover', '上年结转结余', 0, WAN], ['expenditure.year_end_carryover', '年终结转结余', 0, WAN_ZERO]));
  rows.push(pair(['income.total', '收入总计', total, WAN], ['expenditure.total', '支出总计', total, WAN]));
  const header = [[h('收入', 2), h('支出', 2)], [h('项目'), h('金额'), h('项目'), h('金额')]];
  const table = tableBlock('income_expenditure_summary', `${spec.year}年部门收支预算表`, '万元', columns([220, 100, 220, 100], ['left', 'right', 'left', 'right']), header, rows, B_STYLE);
  tagHeadline(table, 'income_total', (f) => f.item === 'income.total');
  tagHeadline(table, 'expenditure_total', (f) => f.item === 'expenditure.total');
  return table;
}

function incomeTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const dc = departmentCode(spec);
  const measures = ['total', 'current_year_income', 'general_budget', 'general_budget_fiscal_appropriation', 'gov_fund', 'state_capital', 'special_account', 'business_income', 'operating_income', 'superior_subsidy', 'affiliated_remit', 'other_income'];
  const values = (x: Ledger) => [x.sum(), x.sum(), x.general().sum(), x.general().sum(), 0, 0, 0, 0, 0, 0, 0, 0];
  // 上年结转结余 columns: this department carries nothing over, so they print blank.
  const row = (code: string, name: string, key: RowKey, x: Ledger): Cell[] => [text(code, { align: 'left' }), text(name), ...amounts(values(x), measures, key, WAN), ...blanks(6)];
  const rows = [row('', '合计', itemKey('total', '合计'), l), row(dc, spec.department, itemKey('unit.total', spec.department, dc), l)];
  for (const unit of spec.units) rows.push(row(unit.code, unit.name, itemKey('unit.total', unit.name, unit.code), l.unit(unit.code)));
  const narrow = ['政府性基金', '国有资本经营预算', '财政专户管理资金收入', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'];
  const header = [
    [h('部门（单位）代码', 1, 3), h('部门（单位）名称', 1, 3), h('总计', 1, 3), h('本年收入', 11), h('上年结转结余', 6)],
    [h('合计', 1, 2), h('一般公共预算', 2), ...narrow.map((t) => h(t, 1, 2)), ...['合计', '一般公共预算', '政府性基金', '国有资本经营预算', '财政专户管理资金', '单位资金'].map((t) => h(t, 1, 2))],
    [h('小计'), h('其中：财政拨款')],
  ];
  const widths = [40, 110, 44, 44, 44, 44, ...Array(8).fill(16), ...Array(6).fill(16)];
  return tableBlock('income_summary', `${spec.year}年部门收入预算表`, '万元', columns(widths, ['left', 'left']), header, rows, B_STYLE);
}

/** 部门支出预算表 / 一般公共预算支出预算表 (and the empty fund tables): 项-level rows with 类 | 款 | 项 codes. */
function spendingTable(spec: Spec, kind: 'expenditure_summary' | 'general_budget_expenditure' | 'gov_fund_expenditure' | 'state_capital_expenditure', title: string, l: Ledger | null): TableBlock {
  const dc = departmentCode(spec);
  const measures = ['total', 'basic', 'personnel_wages', 'personnel_household', 'public_funds_goods', 'public_funds_capital', 'project', 'project_operating', 'project_specific'];
  const values = (x: Ledger) => {
    const b = x.basic();
    return [x.sum(), b.sum(), b.econ('301').sum(), b.econ('303').sum(), b.econ('302').sum(), b.econ('310').sum(), x.project().sum(),
      categoryLedger(spec, x, '其他运转类').sum(), categoryLedger(spec, x, '特定目标类').sum()];
  };
  const rows: Cell[][] = [];
  if (!l) rows.push([...blanks(4), text('合计', { align: 'center' }), ...blanks(9)]);
  else {
    rows.push([...blanks(4), text('合计', { align: 'center' }), ...amounts(values(l), measures, itemKey('total', '合计'), WAN)]);
    rows.push([...blanks(3), text(dc, { align: 'left' }), text(spec.department), ...amounts(values(l), measures, itemKey('unit.total', spec.department, dc), WAN)]);
    for (const [code, x] of l.byFunc(7)) {
      const name = FUNCTION_NAMES[code];
      rows.push([text(code.slice(0, 3), { align: 'left' }), text(code.slice(3, 5), { align: 'left' }), text(code.slice(5, 7), { align: 'left' }), text(''), text(name),
        ...amounts(values(x), measures, subjectKey('function', code, name, dc), WAN)]);
    }
  }
  const header = [
    [h('科目编码', 3), h('单位代码', 1, 3), h('单位（科目名称）', 1, 3), h('合计', 1, 3), h('基本支出', 5), h('项目支出', 3)],
    [h('类', 1, 2), h('款', 1, 2), h('项', 1, 2), h('小计', 1, 2), h('人员经费', 2), h('公用经费', 2), h('小计', 1, 2), h('其他运转类', 1, 2), h('特定目标类', 1, 2)],
    [h('工资福利支出'), h('对个人和家庭的补助'), h('商品和服务支出'), h('资本性支出')],
  ];
  const widths = [24, 20, 20, 40, 150, 54, 54, 54, 54, 54, 48, 54, 54, 54];
  const table = tableBlock(kind, title, '万元', columns(widths, ['left', 'left', 'left', 'left', 'left']), header, rows, B_STYLE);
  if (kind === 'expenditure_summary') {
    tagHeadline(table, 'basic_total', (f) => f.item === 'total' && f.measure === 'basic');
    tagHeadline(table, 'project_total', (f) => f.item === 'total' && f.measure === 'project');
  }
  return table;
}

function fiscalTable(spec: Spec): TableBlock {
  const g = ledgerOf(spec).general();
  const total = g.sum();
  const measures = ['total', 'general_budget', 'general_budget_fiscal_appropriation', 'gov_fund', 'state_capital'];
  const fundValues = (c: Cents) => [c, c, c, 0, 0];
  const income: Array<[string | null, string, Cents]> = [
    ['income.current_year', '一、本年收入', total],
    ['income.general_budget', '（一）一般公共预算拨款', total],
    ['income.fiscal_appropriation', '其中：财政拨款', total],
    ['income.gov_fund', '（二）政府性基金预算拨款', 0],
    ['income.state_capital', '（三）国有资本经营预算拨款', 0],
    ['income.carryover', '二、上年结转', 0],
    [null, '（一）一般公共预算拨款', 0],
    [null, '（二）政府性基金预算拨款', 0],
    [null, '（三）国有资本经营预算拨款', 0],
  ];
  const byClass = new Map(g.byFunc(3));
  const spending: Array<[string, string, Cents]> = [
    ['expenditure.current_year', '一、本年支出', total],
    ...FUNCTION_CLASSES.map((cls, i): [string, string, Cents] => [`function.${cls.code}`, `（${chineseNumber(i + 1)}）${cls.name}`, byClass.get(cls.code)?.sum() ?? 0]),
    ['expenditure.year_end_carryover', '二、年终结转结余', 0],
  ];
  const rows: Cell[][] = spending.map((out, i) => {
    const inc = income[i];
    return [
      text(inc ? inc[1] : ''),
      inc ? amount(inc[2], 'total', itemKey(inc[0], inc[1]), WAN) : text(''),
      text(out[1]),
      ...amounts(fundValues(out[2]), measures, itemKey(out[0], out[1]), WAN),
    ];
  });
  rows.push([text('收入合计', { align: 'center' }), amount(total, 'total', itemKey('income.total', '收入合计'), WAN), text('支出合计', { align: 'center' }),
    ...amounts(fundValues(total), measures, itemKey('expenditure.total', '支出合计'), WAN)]);
  const header = [
    [h('收入', 2), h('支出', 6)],
    [h('项 目', 1, 2), h('金 额', 1, 2), h('项 目', 1, 2), h('合 计', 1, 2), h('一般公共预算', 2), h('政府性基金', 1, 2), h('国有资本经营预算', 1, 2)],
    [h('小 计'), h('其中：财政拨款')],
  ];
  return tableBlock('fiscal_summary', `${spec.year}年财政拨款收支预算表`, '万元', columns([170, 70, 200, 70, 70, 70, 60, 60], ['left', 'right', 'left']), header, rows, B_STYLE);
}

/** 一般公共预算基本支出预算表: printed WITHOUT rulings, columns aligned only. */
function basicTable(spec: Spec, rng: Random): TableBlock {
  const b = ledgerOf(spec).general().basic();
  const measures = ['total', 'personnel', 'public_funds'];
  const values = (x: Ledger) => [x.sum(), x.personnel().sum(), x.publicFunds().sum()];
  const rows: Cell[][] = [[text('合计', { align: 'center' }), ...blanks(3), ...amounts(values(b), measures, itemKey('total', '合计'), WAN)]];
  // Budget systems list these rows in entry order, not code order.
  for (const [code, x] of rng.shuffle(b.byEcon(5))) {
    const gov = GOV_ECONOMIC_OF[code];
    rows.push([text(code), text(ECONOMIC_NAMES[code]), text(gov), text(GOV_ECONOMIC_NAMES[gov]), ...amounts(values(x), measures, subjectKey('economic', code, ECONOMIC_NAMES[code], null), WAN)]);
  }
  const header = [
    [h('部门预算支出经济分类科目', 2), h('政府预算支出经济分类科目', 2), h('本年一般公共预算基本支出', 3)],
    [h('科目编码'), h('科目名称'), h('科目编码'), h('科目名称'), h('合计'), h('人员经费'), h('公用经费')],
  ];
  const table = tableBlock('general_budget_basic', `${spec.year}年一般公共预算基本支出预算表`, '万元', columns([70, 170, 70, 150, 90, 90, 90], ['left', 'left', 'left', 'left']), header, rows, { ruled: false, fontSize: 8.5 });
  tagHeadline(table, 'personnel_total', (f) => f.item === 'total' && f.measure === 'personnel');
  tagHeadline(table, 'public_funds_total', (f) => f.item === 'total' && f.measure === 'public_funds');
  return table;
}

function economicTable(spec: Spec, rng: Random): TableBlock {
  const l = ledgerOf(spec);
  const dc = departmentCode(spec);
  const measures = ['total', 'general_budget', 'general_budget_fiscal_appropriation', 'gov_fund', 'state_capital', 'carryover', 'special_account', 'business_income', 'superior_subsidy', 'affiliated_remit', 'operating_income', 'other_income'];
  const values = (x: Ledger) => [x.sum(), x.general().sum(), x.general().sum(), 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const rows: Cell[][] = [
    [...blanks(2), text('合计', { align: 'center' }), ...blanks(3), ...amounts(values(l), measures, itemKey('total', '合计'), WAN)],
    [text(dc), text(''), text(spec.department), ...blanks(3), ...amounts(values(l), measures, itemKey('unit.total', spec.department, dc), WAN)],
  ];
  for (const [code, x] of rng.shuffle(l.byEcon(5))) {
    const gov = GOV_ECONOMIC_OF[code];
    rows.push([text(code.slice(0, 3)), text(code.slice(3)), text(ECONOMIC_NAMES[code]), text(gov.slice(0, 3)), text(gov.slice(3)), text(GOV_ECONOMIC_NAMES[gov]),
      ...amounts(values(x), measures, subjectKey('economic', code, ECONOMIC_NAMES[code], dc), WAN)]);
  }
  const header = [
    [h('部门预算经济分类', 3), h('政府预算经济分类', 3), h('总计', 1, 2), h('一般公共预算', 2), ...['政府性基金', '国有资本经营预算', '上年结转结余', '财政专户管理资金收入', '事业收入', '上级补助收入', '附属单位上缴收入', '事业单位经营收入', '其他收入'].map((t) => h(t, 1, 2))],
    [h('类'), h('款'), h('科目名称'), h('类'), h('款'), h('科目名称'), h('小计'), h('其中：财政拨款')],
  ];
  const widths = [28, 22, 90, 28, 22, 80, 52, 52, 52, ...Array(9).fill(26)];
  return tableBlock('economic_expenditure', `${spec.year}年支出经济分类汇总表`, '万元', columns(widths, ['left', 'left', 'left', 'left', 'left', 'left']), header, rows, B_STYLE);
}

function threePublicTable(spec: Spec): TableBlock {
  const t = ledgerOf(spec).threePublic();
  const items: Array<[string, string, Cents]> = [
    ['three_public.total', '“三公”经费合计', t.overseas + t.vehiclePurchase + t.vehicleOperation + t.reception],
    ['three_public.overseas', '因公出国（境）费', t.overseas],
    ['three_public.vehicle', '公务用车购置及运行费', t.vehiclePurchase + t.vehicleOperation],
    ['three_public.vehicle_purchase', '公务用车购置费', t.vehiclePurchase],
    ['three_public.vehicle_operation', '公务用车运行费', t.vehicleOperation],
    ['three_public.reception', '公务接待费', t.reception],
  ];
  const row = items.map(([item, label, cents]) => amount(cents, 'total', itemKey(item, label), WAN));
  const header = [
    [h('“三公”经费合计', 1, 2), h('因公出国（境）费', 1, 2), h('公务用车购置及运行费', 3), h('公务接待费', 1, 2)],
    [h('小计'), h('公务用车购置费'), h('公务用车运行费')],
  ];
  const table = tableBlock('three_public', `${spec.year}年一般公共预算“三公”经费预算表`, '万元', columns([120, 120, 110, 110, 110, 120], []), header, [row], B_STYLE);
  const keys = ['three_public_total', 'three_public_overseas', null, 'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception'] as const;
  keys.forEach((key, i) => { if (key) tagHeadline(table, key, (f) => f.item === items[i][0]); });
  return table;
}

function projectTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec).project();
  const dc = departmentCode(spec);
  const measures = ['total', 'general_budget', 'gov_fund', 'state_capital'];
  const values = (x: Ledger) => [x.sum(), x.general().sum(), 0, 0];
  // 财政拨款结转结余, 财政专户管理资金 and 单位资金 are empty for this department.
  const tail = () => blanks(5);
  const rows: Cell[][] = [
    [text('合计', { align: 'center' }), ...blanks(2), ...amounts(values(l), measures, itemKey('total', '合计'), WAN), ...tail()],
    [text(''), text(dc), text(spec.department), ...amounts(values(l), measures, itemKey('unit.total', spec.department, dc), WAN), ...tail()],
  ];
  const projects: ExpectedProject[] = [];
  for (const p of spec.projects) {
    const unit = spec.units.find((u) => u.code === p.unit)!;
    const cells = amounts(values(l.where((a) => a.project === p.id)), measures, { unit_code: dc, classification: 'none', item: null, code: null, name: nameOf(p.name) }, WAN);
    rows.push([text(p.category), text(p.name), text(unit.name), ...cells, ...tail()]);
    projects.push({ code: null, name: nameOf(p.name), category: p.category, amount_yuan: printedToYuan(cells[0].text, '万元') });
  }
  const header = [
    [h('类型', 1, 2), h('项目名称', 1, 2), h('项目单位', 1, 2), h('合计', 1, 2), h('本年拨款', 3), h('财政拨款结转结余', 3), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2)],
    [h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算'), h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')],
  ];
  return tableBlock('project_expenditure', `${spec.year}年项目支出预算表`, '万元', columns([56, 150, 130, 55, 55, 55, 55, 45, 45, 45, 45, 45], ['left', 'left', 'left']), header, rows, { ...B_STYLE, projects });
}

const GROUP: Record<string, string> = { 成本指标: '成本指标', 产出指标: '产出指标', 效益指标: '效益指标', 满意度指标: '满意度指标' };

/** 部门预算项目绩效目标表: indicators grouped by kind in column pairs (三级指标 | 指标值), values with operator and unit in one cell. */
function performanceTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec).project();
  const dc = departmentCode(spec);
  const groups = Object.keys(GROUP);
  const total = wan(l.sum());
  const rows: Cell[][] = [
    [text(dc), text(spec.department), text(''), text(total, { align: 'right' }), text(total, { align: 'right' }), ...blanks(10)],
  ];
  for (const unit of spec.units) {
    const own = l.unit(unit.code);
    if (own.isEmpty) continue;
    rows.push([text(unit.code), text(unit.name), text(''), text(wan(own.sum()), { align: 'right' }), text(wan(own.sum()), { align: 'right' }), ...blanks(10)]);
  }
  const projects: ExpectedProject[] = [];
  const indicators: ExpectedIndicator[] = [];
  for (const p of spec.projects) {
    const printed = wan(l.where((a) => a.project === p.id).sum());
    const byGroup = groups.map((g) => p.indicators.filter((i) => i.level1 === g));
    const n = Math.max(1, ...byGroup.map((list) => list.length));
    for (let r = 0; r < n; r++) {
      const cells: Cell[] = [];
      if (r === 0) {
        cells.push(text(p.code ?? '', { rowSpan: n }), text(p.name, { rowSpan: n }), text(p.category, { rowSpan: n }),
          text(printed, { rowSpan: n, align: 'right' }), text(printed, { rowSpan: n, align: 'right' }), text('', { rowSpan: n }), text('', { rowSpan: n }));
      }
      byGroup.forEach((list) => {
        const ind = list[r];
        cells.push(text(ind ? ind.level3 : ''), text(ind ? `${ind.operator ?? ''}${ind.value}${ind.unit ?? ''}` : ''));
      });
      rows.push(cells);
    }
    projects.push({ code: p.code, name: nameOf(p.name), category: p.category, amount_yuan: printedToYuan(printed, '万元') });
    byGroup.forEach((list, gi) => list.forEach((ind) => indicators.push({
      project: nameOf(p.name), level1: groups[gi], level2: null, level3: nameOf(ind.level3), operator: ind.operator, value: ind.value, unit: ind.unit,
    })));
  }
  const header = [
    [h('单位编码（项目编码）', 1, 3), h('项目单位（项目名称）', 1, 3), h('项目分类', 1, 3), h('项目金额（万元）', 4), h('绩效目标', 8)],
    [h('资金总额', 1, 2), h('政府预算资金', 1, 2), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2), ...groups.map((g) => h(g, 2))],
    groups.flatMap(() => [h('三级指标'), h('指标值')]),
  ];
  // 52 pt holds twelve digits at 8 pt: the 21-digit codes wrap as "410303220000" / "000013422".
  const widths = [52, 88, 40, 44, 44, 34, 34, 50, 48, 74, 50, 72, 44, 56, 40];
  return tableBlock('project_performance', '部门预算项目绩效目标表', '万元', columns(widths, ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left', 'left', 'left', 'left', 'left', 'left', 'left', 'left']), header, rows, { ...B_STYLE, projects, indicators });
}

export interface TitledTable {
  table: TableBlock;
  notes: string[];
}

export function styleBTables(spec: Spec, rng: Random): TitledTable[] {
  const l = ledgerOf(spec);
  const fit = (table: TableBlock, notes: string[] = []): TitledTable => ({ table: fitFigures(table, WIDTH), notes });
  const y = spec.year;
  const tp = l.threePublic();
  return [
    fit(summary(spec)),
    fit(incomeTable(spec)),
    fit(spendingTable(spec, 'expenditure_summary', `${y}年部门支出预算表`, l)),
    fit(fiscalTable(spec)),
    fit(spendingTable(spec, 'general_budget_expenditure', `${y}年一般公共预算支出预算表`, l.general())),
    fit(basicTable(spec, rng.fork('basic-order'))),
    fit(economicTable(spec, rng.fork('economic-order'))),
    fit(threePublicTable(spec), [`注：“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。${tp.overseas + tp.vehiclePurchase + tp.vehicleOperation + tp.reception === 0 ? '本部门无“三公”经费预算。' : ''}`]),
    fit(spendingTable(spec, 'gov_fund_expenditure', `${y}年政府性基金支出预算表`, null), [`备注：${spec.department}${y}年无政府性基金预算拨款安排的支出，故此表无数据。`]),
    fit(spendingTable(spec, 'state_capital_expenditure', `${y}年国有资本经营支出预算表`, null), [`备注：${spec.department}${y}年无国有资本经营预算拨款安排的支出，故此表无数据。`]),
    fit(projectTable(spec)),
    { table: performanceTable(spec), notes: [] },
  ];
}
