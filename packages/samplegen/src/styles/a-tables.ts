/**
 * Style A tables (Dalian Xigang, seed 001): 16 附表 in 元 with thousands separators, unit rows
 * ("103-…", "103001-…（本级）") above code-and-name cells ("2010301-行政运行"), multi-level
 * headers (财政拨款 over 小计 / 一般公共预算 / 政府性基金预算).
 */
import { ECONOMIC_NAMES, FUNCTION_NAMES } from '../catalog/subjects.ts';
import type { Cell, ExpectedIndicator, ExpectedProject, TableBlock } from '../document.ts';
import type { Ledger } from '../ledger.ts';
import { printedToYuan } from '../money-format.ts';
import type { Cents, Spec } from '../spec.ts';
import {
  amount, amounts, blanks, columns, fitFigures, h, itemKey, nameOf, subjectKey, tableBlock, tagHeadline, text, type Figures, type RowKey,
} from '../table-kit.ts';
import { FUNCTION_CLASSES, INCOME_LINES, chineseNumber, departmentCode, incomeByItem, ledgerOf, unitLabel, unitName } from './common.ts';

const YUAN: Figures = { unit: '元', zero: 'blank' };
const WIDTH = 770;

type Values = (l: Ledger) => Cents[];

/**
 * 合计, the department row, then per unit its row and (optionally) its coded subjects:
 * the layout of every unit-by-subject table of style A.
 */
function unitRows(spec: Spec, ledger: Ledger, values: Values, measures: string[], coded?: (l: Ledger) => Array<{ code: string; ledger: Ledger }>, classification: 'function' | 'economic' = 'function'): Cell[][] {
  const rows: Cell[][] = [];
  const dc = departmentCode(spec);
  rows.push([text('合计', { align: 'center' }), ...amounts(values(ledger), measures, itemKey('total', '合计'), YUAN)]);
  rows.push([text(`${dc}-${spec.department}`), ...amounts(values(ledger), measures, itemKey('unit.total', spec.department, dc), YUAN)]);
  for (const unit of spec.units) {
    const own = ledger.unit(unit.code);
    if (own.isEmpty) continue;
    rows.push([text(unitLabel(unit)), ...amounts(values(own), measures, itemKey('unit.total', unitName(unit), unit.code), YUAN)]);
    if (!coded) continue;
    for (const { code, ledger: sub } of coded(own)) {
      const name = classification === 'function' ? FUNCTION_NAMES[code] : ECONOMIC_NAMES[code];
      rows.push([text(`${code}-${name}`), ...amounts(values(sub), measures, subjectKey(classification, code, name, unit.code), YUAN)]);
    }
  }
  return rows;
}

const allFunds: Values = (l) => [l.sum(), l.general().sum(), l.general().sum(), 0, 0, l.unitFunds().sum()];
const ALL_FUNDS_MEASURES = ['total', 'fiscal_appropriation', 'general_budget', 'gov_fund', 'special_account', 'unit_funds'];
const ALL_FUNDS_HEADER = (first: string): Cell[][] => [
  [h(first, 1, 2), h('合计', 1, 2), h('财政拨款', 3), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2)],
  [h('小计'), h('一般公共预算'), h('政府性基金预算')],
];

function functionTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const body = unitRows(spec, l, allFunds, ALL_FUNDS_MEASURES, (x) => x.functionTree());
  return tableBlock('function_expenditure', '支出功能分类预算表', '元', columns([260, 80, 80, 80, 80, 80, 80], ['left']), ALL_FUNDS_HEADER('预算单位/支出功能分类科目'), body);
}

function economicTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const body = unitRows(spec, l, allFunds, ALL_FUNDS_MEASURES, (x) => x.economicTree(), 'economic');
  return tableBlock('economic_expenditure', '支出经济分类预算表', '元', columns([260, 80, 80, 80, 80, 80, 80], ['left']), ALL_FUNDS_HEADER('预算单位/部门预算经济分类科目'), body);
}

function generalBudgetTable(spec: Spec): TableBlock {
  const g = ledgerOf(spec).general();
  const values: Values = (l) => [l.sum(), l.basic().sum(), l.personnel().sum(), l.publicFunds().sum(), l.project().sum()];
  const body = unitRows(spec, g, values, ['total', 'basic', 'personnel', 'public_funds', 'project'], (x) => x.functionTree());
  const header = [
    [h('预算单位/支出功能分类科目', 1, 2), h('合计', 1, 2), h('基本支出', 3), h('项目支出', 1, 2)],
    [h('小计'), h('人员经费'), h('公用经费')],
  ];
  return tableBlock('general_budget_expenditure', '一般公共预算支出表', '元', columns([300, 90, 90, 90, 90, 90], ['left']), header, body);
}

function generalBasicTable(spec: Spec): TableBlock {
  const g = ledgerOf(spec).general().basic();
  const values: Values = (l) => [l.sum(), l.personnel().sum(), l.publicFunds().sum()];
  const body = unitRows(spec, g, values, ['total', 'personnel', 'public_funds'], (x) => x.economicTree(), 'economic');
  const header = [
    [h('预算单位/部门预算经济分类科目', 1, 2), h('一般公共预算基本支出', 3)],
    [h('合计'), h('人员经费'), h('公用经费')],
  ];
  return tableBlock('general_budget_basic', '一般公共预算基本支出表', '元', columns([340, 110, 110, 110], ['left']), header, body);
}

function incomeTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const measures = ['total', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds', 'business_income', 'superior_subsidy', 'affiliated_remit', 'operating_income', 'other_income', 'carryover'];
  const values: Values = (x) => {
    const income = incomeByItem(spec, x);
    return [x.sum(), income['income.general_budget'], 0, 0, 0, x.unitFunds().sum(), income['income.business_income'], 0, 0, 0, income['income.other_income'], 0];
  };
  const header = [
    [h('部门（单位）', 1, 2), h('合计', 1, 2), h('一般公共预算', 1, 2), h('政府性基金预算', 1, 2), h('国有资本经营预算', 1, 2), h('财政专户管理资金', 1, 2), h('单位资金', 6), h('上年结转结余', 1, 2)],
    [h('小计'), h('事业收入'), h('上级补助收入'), h('附属单位上缴收入'), h('事业单位经营收入'), h('其他收入')],
  ];
  return tableBlock('income_summary', '收入预算总表', '元', columns([180, 60, 60, 50, 50, 50, 50, 45, 45, 45, 45, 45, 55], ['left']), header, unitRows(spec, l, values, measures));
}

function expenditureTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const group = (x: Ledger) => [x.sum(), x.general().sum(), x.general().sum(), 0, 0, 0, x.unitFunds().sum()];
  const values: Values = (x) => [x.sum(), ...group(x.basic()), ...group(x.project())];
  const sub = ['', 'fiscal_appropriation', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds'];
  const measures = ['total', ...sub.map((m) => (m ? `basic_${m}` : 'basic')), ...sub.map((m) => (m ? `project_${m}` : 'project'))];
  const groupHeader = [h('合计', 1, 2), h('财政拨款', 4), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2)];
  const funds = [h('小计'), h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')];
  const header = [
    [h('部门（单位）', 1, 3), h('总计', 1, 3), h('基本支出', 7), h('项目支出', 7)],
    [...groupHeader, ...groupHeader],
    [...funds, ...funds],
  ];
  return tableBlock('expenditure_summary', '支出预算总表', '元', columns([150, 50, ...Array(14).fill(40)], ['left']), header, unitRows(spec, l, values, measures), { fontSize: 7 });
}

/** 收支预算总表 and 财政拨款预算总表: income, spending by kind, spending by function class side by side. */
function summaryTable(spec: Spec, fiscal: boolean): TableBlock {
  const all = ledgerOf(spec);
  const l = fiscal ? all.general() : all;
  const income = incomeByItem(spec, l);
  const incomeLines = fiscal ? INCOME_LINES.slice(0, 3) : INCOME_LINES;
  const fundValues = (x: Ledger) => fiscal ? [x.sum(), x.general().sum(), 0] : [x.sum(), x.general().sum(), 0, 0, 0, x.unitFunds().sum()];
  const fundMeasures = fiscal ? ['total', 'general_budget', 'gov_fund'] : ['total', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds'];
  const kinds: Array<{ item: string | null; label: string; cents: Cents | null }> = [
    { item: 'expenditure.basic', label: '一、基本支出', cents: l.basic().sum() },
    { item: 'expenditure.personnel', label: '人员经费', cents: l.personnel().sum() },
    { item: 'expenditure.public_funds', label: '公用经费', cents: l.publicFunds().sum() },
    { item: 'expenditure.project', label: '二、项目支出', cents: l.project().sum() },
    { item: null, label: '部门预算', cents: l.project().sum() },
    { item: null, label: '本年预留', cents: 0 },
  ];
  const byClass = new Map(l.byFunc(3));
  const rows: Cell[][] = [];
  const n = FUNCTION_CLASSES.length;
  for (let i = 0; i < n; i++) {
    const inc = incomeLines[i];
    const kind = kinds[i];
    const cls = FUNCTION_CLASSES[i];
    const classLedger = byClass.get(cls.code);
    const classLabel = `${chineseNumber(i + 1)}、${cls.name}`;
    rows.push([
      text(inc ? `${chineseNumber(i + 1)}、${inc.label}` : ''),
      inc ? amount(income[inc.item], 'total', itemKey(inc.item, inc.label), YUAN) : text(''),
      text(kind ? kind.label : ''),
      kind ? amount(kind.cents, 'total', itemKey(kind.item, kind.label), YUAN) : text(''),
      text(classLabel),
      ...(classLedger ? amounts(fundValues(classLedger), fundMeasures, itemKey(`function.${cls.code}`, cls.name), YUAN) : blanks(fundMeasures.length)),
    ]);
  }
  const totals = (incomeItem: string, incomeLabel: string, incomeCents: Cents, outItem: string, outLabel: string, outCents: Cents, funds: Cents[]): Cell[] => [
    text(incomeLabel, { align: 'center' }),
    amount(incomeCents, 'total', itemKey(incomeItem, incomeLabel), YUAN),
    text(outLabel, { align: 'center' }),
    amount(outCents, 'total', itemKey(outItem, outLabel), YUAN),
    text(outLabel, { align: 'center' }),
    ...amounts(funds, fundMeasures, itemKey(outItem, outLabel), YUAN),
  ];
  rows.push(totals('income.current_year', '本年收入合计', l.sum(), 'expenditure.current_year', '本年支出合计', l.sum(), fundValues(l)));
  rows.push(totals('income.carryover', '上年结转结余', 0, 'expenditure.year_end_carryover', '年终结转结余', 0, fundValues(l).map(() => 0)));
  rows.push(totals('income.total', '收入总计', l.sum(), 'expenditure.total', '支出总计', l.sum(), fundValues(l)));
  const fundHeads = fiscal ? ['合计', '一般公共预算', '政府性基金预算'] : ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'];
  const header = [
    [h('收 入', 2), h('支 出', 3 + fundHeads.length)],
    [h('项 目', 1, 2), h('预算数', 1, 2), h('支出类别', 1, 2), h('预算数', 1, 2), h('项 目', 1, 2), h('预算数', fundHeads.length)],
    fundHeads.map((t) => h(t)),
  ];
  const widths = [125, 50, 58, 50, 140, ...fundHeads.map(() => 50)];
  const table = tableBlock(fiscal ? 'fiscal_summary' : 'income_expenditure_summary', fiscal ? '财政拨款预算总表' : '收支预算总表', '元', columns(widths, ['left', 'right', 'left', 'right', 'left']), header, rows, { fontSize: 7 });
  if (!fiscal) {
    tagHeadline(table, 'income_total', (f) => f.item === 'income.total');
    tagHeadline(table, 'expenditure_total', (f) => f.item === 'expenditure.total' && f.measure === 'total');
    tagHeadline(table, 'basic_total', (f) => f.item === 'expenditure.basic');
    tagHeadline(table, 'project_total', (f) => f.item === 'expenditure.project');
    tagHeadline(table, 'personnel_total', (f) => f.item === 'expenditure.personnel');
    tagHeadline(table, 'public_funds_total', (f) => f.item === 'expenditure.public_funds');
  }
  return table;
}


const THREE_PUBLIC_ITEMS = [
  { item: 'three_public.total', label: '合计' },
  { item: 'three_public.overseas', label: '因公出国（境）费' },
  { item: 'three_public.vehicle', label: '公务用车购置及运行费' },
  { item: 'three_public.vehicle_purchase', label: '公务用车购置费' },
  { item: 'three_public.vehicle_operation', label: '公务用车运行维护费' },
  { item: 'three_public.reception', label: '公务接待费' },
];

/** 三公 by unit: the items are columns, so each amount's item comes from its column. */
function threePublicTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const dc = departmentCode(spec);
  const row = (label: string, unitCode: string | null, x: Ledger): Cell[] => {
    const t = x.threePublic();
    const values = [t.overseas + t.vehiclePurchase + t.vehicleOperation + t.reception, t.overseas, t.vehiclePurchase + t.vehicleOperation, t.vehiclePurchase, t.vehicleOperation, t.reception];
    return [text(label, unitCode ? {} : { align: 'center' }), ...values.map((v, i) => amount(v, 'total', itemKey(THREE_PUBLIC_ITEMS[i].item, THREE_PUBLIC_ITEMS[i].label, unitCode), YUAN))];
  };
  const rows = [row('合 计', null, l), row(`${dc}-${spec.department}`, dc, l)];
  for (const unit of spec.units) if (!l.unit(unit.code).isEmpty) rows.push(row(unitLabel(unit), unit.code, l.unit(unit.code)));
  const header = [
    [h('部门（单位）', 1, 2), h('合计', 1, 2), h('因公出国（境）费', 1, 2), h('公务用车购置及运行费', 3), h('公务接待费', 1, 2)],
    [h('小计'), h('公务用车购置费'), h('公务用车运行维护费')],
  ];
  const table = tableBlock('three_public', '财政拨款“三公”经费支出预算表', '元', columns([300, 80, 80, 80, 80, 80, 80], ['left']), header, rows);
  const first = (item: string) => (f: { item: string | null; unit_code: string | null }) => f.item === item && f.unit_code === null;
  tagHeadline(table, 'three_public_total', first('three_public.total'));
  tagHeadline(table, 'three_public_overseas', first('three_public.overseas'));
  tagHeadline(table, 'three_public_vehicle_purchase', first('three_public.vehicle_purchase'));
  tagHeadline(table, 'three_public_vehicle_operation', first('three_public.vehicle_operation'));
  tagHeadline(table, 'three_public_reception', first('three_public.reception'));
  return table;
}

function emptyFundTable(kind: 'gov_fund_expenditure' | 'state_capital_expenditure', title: string): TableBlock {
  const header = [[h('预算单位/支出功能分类科目'), h('合计'), h('基本支出'), h('项目支出')]];
  return tableBlock(kind, title, '元', columns([340, 130, 130, 130], ['left']), header, [[text('合 计', { align: 'center' }), ...blanks(3)]]);
}

function projectTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec).project();
  const measures = ['total', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds'];
  const values = (x: Ledger) => [x.sum(), x.general().sum(), 0, 0, 0, x.unitFunds().sum()];
  const rows: Cell[][] = [[text(''), text('合 计', { align: 'center' }), text(''), text(''), ...amounts(values(l), measures, itemKey('total', '合计'), YUAN)]];
  const projects = spec.projects.map((p, i) => {
    const unit = spec.units.find((u) => u.code === p.unit)!;
    const x = l.where((a) => a.project === p.id);
    const key: RowKey = { unit_code: unit.code, classification: 'none', item: null, code: null, name: nameOf(p.name) };
    const cells = amounts(values(x), measures, key, YUAN);
    rows.push([text(String(i + 1), { align: 'center' }), text(unitLabel(unit)), text(p.name), text('31-部门项目'), ...cells]);
    return { code: null, name: nameOf(p.name), category: '部门项目', amount_yuan: printedToYuan(cells[0].text, '元') };
  });
  const header = [
    [h('序号', 1, 2), h('项目单位', 1, 2), h('项目名称', 1, 2), h('项目类别', 1, 2), h('合计', 1, 2), h('财政拨款', 3), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2)],
    [h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')],
  ];
  return tableBlock('project_expenditure', '项目支出表', '元', columns([30, 170, 170, 70, 70, 70, 50, 50, 50, 50], ['center', 'left', 'left', 'left']), header, rows, { projects });
}

function procurementTable(): TableBlock {
  const header = [[h('部门（单位）', 1, 2), h('合计', 1, 2), h('其中：', 3)], [h('货物类'), h('工程类'), h('服务类')]];
  return tableBlock('procurement', '政府采购预算表', '元', columns([330, 110, 110, 110, 110], ['left']), header, [[text('合计', { align: 'center' }), ...blanks(4)]]);
}

function purchasedServicesTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const bought = spec.projects.filter((p) => p.template.purchased);
  const sum = bought.reduce((s, p) => s + p.cents, 0);
  const rows: Cell[][] = [[text('合 计', { align: 'center' }), ...blanks(4), amount(bought.length ? sum : null, 'total', itemKey('total', '合计'), YUAN)]];
  for (const unit of spec.units) {
    const mine = bought.filter((p) => p.unit === unit.code);
    if (!mine.length) continue;
    rows.push([text(unitLabel(unit)), ...blanks(4), amount(mine.reduce((s, p) => s + p.cents, 0), 'total', itemKey('unit.total', unitName(unit), unit.code), YUAN)]);
    for (const p of mine) {
      const service = p.template.purchased!;
      const cls = p.func.slice(0, 3);
      const key: RowKey = { unit_code: unit.code, classification: 'none', item: null, code: null, name: nameOf(p.name) };
      rows.push([text(p.name), text(service.level1), text(service.level2), text(service.level3), text(`${cls}-${FUNCTION_NAMES[cls]}`), amount(l.where((a) => a.project === p.id).sum(), 'total', key, YUAN)]);
    }
  }
  const header = [
    [h('单位名称/项目名称', 1, 2), h('指导性目录', 3), h('服务领域', 1, 2), h('预算金额', 1, 2)],
    [h('一级'), h('二级'), h('三级')],
  ];
  return tableBlock('purchased_services', '政府购买服务预算表', '元', columns([200, 120, 100, 170, 110, 70], ['left', 'left', 'left', 'left', 'left']), header, rows);
}

function departmentPerformanceTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const b = l.basic();
  const p = l.project();
  const fig = (c: Cents) => (c ? text(amount(c, 'total', null, YUAN).text, { align: 'right' }) : text(''));
  const goals = spec.departmentGoals;
  const rows: Cell[][] = [
    [h('总体资金情况（元）', 1, 3), h('预算支出总额', 1, 2), h('基本支出', 4), h('项目支出', 4)],
    [h('合计'), h('财政拨款'), h('专户资金'), h('单位资金'), h('合计'), h('财政拨款'), h('专户资金'), h('单位资金')],
    [fig(l.sum()), fig(b.sum()), fig(b.general().sum()), text(''), fig(b.unitFunds().sum()), fig(p.sum()), fig(p.general().sum()), text(''), fig(p.unitFunds().sum())],
    [h('整体绩效目标'), text(`围绕${spec.department}主要职责，${spec.profile.duties.slice(0, 3).join('')}`, { colSpan: 9, align: 'left' })],
    [h('年度绩效指标', 10)],
    ['部门整体绩效情况', '活动', '任务', '一级指标', '二级指标', '三级指标', '绩效指标性质', '绩效指标值', '绩效度量单位', '权重'].map((t) => h(t)),
  ];
  goals.forEach((g, i) => {
    const cells: Cell[] = [];
    if (i === 0) cells.push(text('部门整体绩效情况', { rowSpan: goals.length, align: 'center' }));
    if (i === 0 || goals[i - 1].activity !== g.activity) {
      const span = goals.filter((x) => x.activity === g.activity).length;
      cells.push(text(g.activity, { rowSpan: span, align: 'left' }));
    }
    const ind = g.indicator;
    cells.push(text(g.task, { align: 'left' }), text(ind.level1, { align: 'center' }), text(ind.level2, { align: 'center' }), text(ind.level3, { align: 'left' }),
      text(ind.operator ?? '', { align: 'center' }), text(ind.value, { align: 'center' }), text(ind.unit ?? '', { align: 'center' }), text(String(ind.weight), { align: 'center' }));
    rows.push(cells);
  });
  rows.push([h('其他说明'), text('', { colSpan: 9 })]);
  const indicators = goals.map((g) => ({
    project: null, level1: g.indicator.level1, level2: g.indicator.level2, level3: nameOf(g.indicator.level3),
    operator: g.indicator.operator, value: g.indicator.value, unit: g.indicator.unit,
  }));
  return tableBlock('department_performance', '部门（单位）整体支出绩效目标表', '元', columns([80, 110, 110, 60, 70, 150, 45, 50, 45, 35], ['center']), [], rows, { indicators });
}

function projectPerformanceTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const header = [['单位名称', '项目名称', '预算执行率权重(%)', '批复数', '绩效目标', '一级指标', '二级指标', '三级指标', '绩效指标性质', '本年绩效指标值', '绩效度量单位', '本年权重'].map((t) => h(t))];
  const total = l.project().sum();
  const rows: Cell[][] = [[text('合计：'), text(''), text(''), text(amount(total, 'total', null, YUAN).text, { align: 'right' }), ...blanks(8)]];
  const projects: ExpectedProject[] = [];
  const indicators: ExpectedIndicator[] = [];
  for (const p of spec.projects) {
    const unit = spec.units.find((u) => u.code === p.unit)!;
    const n = p.indicators.length;
    const printed = amount(l.where((a) => a.project === p.id).sum(), 'total', null, YUAN).text;
    projects.push({ code: p.code, name: nameOf(p.name), category: null, amount_yuan: printedToYuan(printed, '元') });
    p.indicators.forEach((ind, i) => {
      const cells: Cell[] = [];
      if (i === 0) {
        cells.push(text(unitLabel(unit), { rowSpan: n }), text(`${p.code}-${p.name}`, { rowSpan: n }), text('10', { rowSpan: n, align: 'center' }),
          text(printed, { rowSpan: n, align: 'right' }), text(p.goal, { rowSpan: n }));
      }
      if (i === 0 || p.indicators[i - 1].level1 !== ind.level1) cells.push(text(ind.level1, { rowSpan: p.indicators.filter((x) => x.level1 === ind.level1).length }));
      if (i === 0 || p.indicators[i - 1].level2 !== ind.level2) cells.push(text(ind.level2, { rowSpan: p.indicators.filter((x) => x.level2 === ind.level2).length }));
      cells.push(text(ind.level3), text(ind.operator ?? '', { align: 'center' }), text(ind.value, { align: 'center' }), text(ind.unit ?? '', { align: 'center' }), text(String(ind.weight), { align: 'center' }));
      rows.push(cells);
      indicators.push({ project: nameOf(p.name), level1: ind.level1, level2: ind.level2, level3: nameOf(ind.level3), operator: ind.operator, value: ind.value, unit: ind.unit });
    });
  }
  return tableBlock('project_performance', '项目支出绩效表', '元', columns([90, 120, 40, 60, 130, 50, 60, 130, 30, 40, 40, 30], ['left', 'left', 'center', 'right', 'left', 'center', 'center', 'left', 'center', 'center', 'center', 'center']), header, rows, { projects, indicators, fontSize: 7 });
}

export interface NumberedTable {
  table: TableBlock;
  /** Lines printed between the title and the table ("附表1", "金额单位：元", "预算年度：2025"). */
  preamble: string[];
  notes: string[];
}

const EMPTY_NOTE = '如本表为空，则我部门（单位）本年度无此类资金收支余';

/** The 16 附表 of style A in their printed order. */
export function styleATables(spec: Spec): NumberedTable[] {
  const numbered = (table: TableBlock, n: number, notes: string[] = []): NumberedTable => ({ table: fitFigures(table, WIDTH), preamble: [`附表${n}`, '金额单位：元'], notes });
  const bought = spec.projects.some((p) => p.template.purchased);
  return [
    numbered(summaryTable(spec, false), 1),
    numbered(incomeTable(spec), 2),
    numbered(expenditureTable(spec), 3),
    numbered(functionTable(spec), 4),
    numbered(economicTable(spec), 5),
    numbered(summaryTable(spec, true), 6),
    numbered(generalBudgetTable(spec), 7),
    numbered(generalBasicTable(spec), 8),
    numbered(threePublicTable(spec), 9),
    numbered(emptyFundTable('gov_fund_expenditure', '政府性基金预算支出表'), 10, [EMPTY_NOTE]),
    numbered(emptyFundTable('state_capital_expenditure', '国有资本经营预算支出表'), 11, [EMPTY_NOTE]),
    numbered(projectTable(spec), 12),
    // Like the seed, this department buys nothing through government procurement.
    numbered(procurementTable(), 13, [EMPTY_NOTE]),
    numbered(purchasedServicesTable(spec), 14, bought ? [] : [EMPTY_NOTE]),
    { table: fitFigures(departmentPerformanceTable(spec), WIDTH), preamble: [`预算年度：${spec.year}`, `预算（单位）名称：${departmentCode(spec)}-${spec.department}`], notes: [] },
    { table: fitFigures(projectPerformanceTable(spec), WIDTH), preamble: [`预算年度：${spec.year}`, '金额单位：元'], notes: [] },
  ];
}
