/**
 * Style C tables (Shijiazhuang Qiaoxi, seed 004): 万元 in narrow columns, so codes, figures and
 * names wrap inside their cells ("2010"/"301", "758.4"/"5", "一般"/"公共"/"服务"/"支出");
 * a 序号 column and a "栏次 1 2 3 …" row; headers repeat on every page; rows may break
 * across pages. Project performance tables are key-value forms, one per project.
 */
import { ECONOMIC_NAMES, FUNCTION_NAMES } from '../catalog/subjects.ts';
import type { Cell, Column, ExpectedIndicator, TableBlock } from '../document.ts';
import type { Ledger } from '../ledger.ts';
import { printedToYuan, wan } from '../money-format.ts';
import type { Random } from '../random.ts';
import type { Cents, ProjectSpec, Spec } from '../spec.ts';
import { amount, amounts, h, itemKey, nameOf, subjectKey, tableBlock, tagHeadline, text, type Figures } from '../table-kit.ts';
import { FUNCTION_CLASSES, chineseNumber, ledgerOf } from './common.ts';

const WAN: Figures = { unit: '万元', zero: 'blank' };
const C_STYLE = { fontSize: 9, valign: 'top' as const, rowsMayBreak: true };

/** C lists more 类 than A and B do (预备费, 转移性支出, …). */
const C_CLASSES = [
  ...FUNCTION_CLASSES.filter((c) => !['229', '231', '232', '233'].includes(c.code)),
  { code: '227', name: '预备费', short: '预备费' },
  { code: '229', name: '其他支出', short: '其他支出' },
  { code: '230', name: '转移性支出', short: '转移性支出' },
  ...FUNCTION_CLASSES.filter((c) => ['231', '232', '233'].includes(c.code)),
  { code: '234', name: '抗疫特别国债安排的支出', short: '抗疫特别国债安排的支出' },
  { code: '', name: '人行科目', short: '人行科目' },
];

const col = (width: number, align: Column['align']): Column => ({ width, align });
const seq = (n: number) => text(String(n), { align: 'center' });
const columnNumbers = (n: number): Cell[] => [h('栏次'), ...Array.from({ length: n }, (_, i) => h(String(i + 1)))];

function summary(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const total = l.sum();
  const income: Array<[string, string, Cents]> = [
    ['income.general_budget', '一、一般公共预算拨款收入', l.general().sum()],
    ['income.gov_fund', '二、政府性基金预算拨款收入', 0],
    ['income.state_capital', '三、国有资本经营预算拨款收入', 0],
    ['income.special_account', '四、财政专户管理资金收入', 0],
    ['income.unit_funds', '五、单位资金', l.unitFunds().sum()],
  ];
  const byClass = new Map(l.byFunc(3));
  const rows: Cell[][] = C_CLASSES.map((cls, i) => {
    const inc = income[i];
    const label = `${chineseNumber(i + 1)}、${cls.name}`;
    return [seq(i + 1), text(inc ? inc[1] : ''), inc ? amount(inc[2], 'total', itemKey(inc[0], inc[1]), WAN) : text(''), text(label),
      amount(byClass.get(cls.code)?.sum() ?? null, 'total', itemKey(`function.${cls.code}`, cls.name), WAN)];
  });
  const n = rows.length;
  const pair = (i: number, a: [string, string, Cents], b: [string, string, Cents]): Cell[] => [
    seq(i), text(a[1]), amount(a[2], 'total', itemKey(a[0], a[1]), WAN), text(b[1]), amount(b[2], 'total', itemKey(b[0], b[1]), WAN),
  ];
  rows.push(pair(n + 1, ['income.current_year', '本年收入合计', total], ['expenditure.current_year', '本年支出合计', total]));
  rows.push(pair(n + 2, ['income.carryover', '上年结转结余', 0], ['expenditure.year_end_carryover', '年终结转结余', 0]));
  rows.push(pair(n + 3, ['income.total', '收入总计', total], ['expenditure.total', '支出总计', total]));
  const header = [[h('序号', 1, 2), h('收入', 2), h('支出', 2)], [h('项 目'), h('预算数'), h('项 目'), h('预算数')], columnNumbers(4)];
  const table = tableBlock('income_expenditure_summary', '部门预算收支总表', '万元', [col(20, 'center'), col(80, 'left'), col(50, 'right'), col(80, 'left'), col(50, 'right')], header, rows, C_STYLE);
  tagHeadline(table, 'income_total', (f) => f.item === 'income.total');
  tagHeadline(table, 'expenditure_total', (f) => f.item === 'expenditure.total');
  return table;
}

/** Function-coded rows under a 合计 row, numbered: the body of most C tables. */
function codedRows(l: Ledger, values: (x: Ledger) => Cents[], measures: string[]): Cell[][] {
  const rows: Cell[][] = [[seq(1), text(''), text('合计', { align: 'center' }), ...amounts(values(l), measures, itemKey('total', '合计'), WAN)]];
  l.functionTree().forEach(({ code, ledger }, i) => {
    rows.push([seq(i + 2), text(code), text(FUNCTION_NAMES[code]), ...amounts(values(ledger), measures, subjectKey('function', code, FUNCTION_NAMES[code], null), WAN)]);
  });
  return rows;
}

function incomeTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const measures = ['total', 'current_year_income', 'fiscal_appropriation', 'special_account', 'business_income', 'operating_income', 'superior_subsidy', 'affiliated_remit', 'other_income', 'carryover'];
  const values = (x: Ledger) => [x.sum(), x.sum(), x.general().sum(), 0, 0, 0, 0, 0, x.unitFunds().sum(), 0];
  const header = [
    [h('序号', 1, 2), h('功能分类科目', 2), h('合计', 1, 2), h('本年收入', 8), h('上年结转', 1, 2)],
    [h('科目编码'), h('科目名称'), ...['小计', '财政拨款收入', '财政专户收入', '事业收入', '经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'].map((t) => h(t))],
    columnNumbers(12),
  ];
  // 24 pt columns at 9 pt: four digits per line for codes, five characters for figures.
  const cols = [col(20, 'center'), col(24, 'left'), col(24, 'left'), ...Array.from({ length: 10 }, () => col(28, 'right'))];
  return tableBlock('income_summary', '部门预算收入总表', '万元', cols, header, codedRows(l, values, measures), C_STYLE);
}

function expenditureTable(spec: Spec): TableBlock {
  const l = ledgerOf(spec);
  const measures = ['total', 'basic', 'project', 'operating_expenditure', 'remit_superior', 'subsidy_affiliated'];
  const values = (x: Ledger) => [x.sum(), x.basic().sum(), x.project().sum(), 0, 0, 0];
  const header = [
    [h('序号', 1, 2), h('功能分类科目', 2), ...['合计', '基本支出', '项目支出', '经营支出', '上解上级支出', '对附属单位补助支出'].map((t) => h(t, 1, 2))],
    [h('科目编码'), h('科目名称')],
    columnNumbers(8),
  ];
  const cols = [col(22, 'center'), col(44, 'left'), col(44, 'left'), ...Array.from({ length: 6 }, () => col(52, 'right'))];
  const table = tableBlock('expenditure_summary', '部门预算支出总表', '万元', cols, header, codedRows(l, values, measures), C_STYLE);
  tagHeadline(table, 'basic_total', (f) => f.item === 'total' && f.measure === 'basic');
  tagHeadline(table, 'project_total', (f) => f.item === 'total' && f.measure === 'project');
  return table;
}

function fiscalTable(spec: Spec): TableBlock {
  const g = ledgerOf(spec).general();
  const total = g.sum();
  const measures = ['total', 'general_budget', 'gov_fund', 'state_capital'];
  const income: Array<[string, string, Cents]> = [
    ['income.general_budget', '一、一般公共预算拨款', total],
    ['income.gov_fund', '二、政府性基金预算拨款', 0],
    ['income.state_capital', '三、国有资本经营预算拨款', 0],
  ];
  const byClass = new Map(g.byFunc(3));
  const rows: Cell[][] = C_CLASSES.map((cls, i) => {
    const inc = income[i];
    const c = byClass.get(cls.code)?.sum() ?? null;
    return [seq(i + 1), text(inc ? inc[1] : ''), inc ? amount(inc[2], 'total', itemKey(inc[0], inc[1]), WAN) : text(''), text(`${chineseNumber(i + 1)}、${cls.name}`),
      ...amounts([c, c, null, null], measures, itemKey(`function.${cls.code}`, cls.name), WAN)];
  });
  let n = rows.length;
  const tail: Array<[string | null, string, Cents, string | null, string, Cents | null]> = [
    ['income.current_year', '本年收入合计', total, 'expenditure.current_year', '本年支出合计', total],
    ['income.carryover', '年初财政拨款结转和结余', 0, 'expenditure.year_end_carryover', '年末财政拨款结转和结余', 0],
    [null, '一、一般公共预算拨款', 0, null, '', null],
    [null, '二、政府性基金预算拨款', 0, null, '', null],
    [null, '三、国有资本经营预算拨款', 0, null, '', null],
    ['income.total', '收入总计', total, 'expenditure.total', '支出总计', total],
  ];
  for (const [inItem, inLabel, inCents, outItem, outLabel, outCents] of tail) {
    rows.push([seq(++n), text(inLabel), amount(inCents, 'total', itemKey(inItem, inLabel), WAN), text(outLabel),
      ...amounts([outCents, outCents, null, null], measures, itemKey(outItem, outLabel), WAN)]);
  }
  const header = [
    [h('序号', 1, 2), h('收入', 2), h('支出', 5)],
    [h('项 目'), h('金额'), h('项 目'), h('合计'), h('一般公共预算财政拨款'), h('政府性基金预算财政 拨款'), h('国有资本经营预算财政拨款')],
    columnNumbers(7),
  ];
  const cols = [col(20, 'center'), col(42, 'left'), col(46, 'right'), col(42, 'left'), col(46, 'right'), col(46, 'right'), col(46, 'right'), col(46, 'right')];
  return tableBlock('fiscal_summary', '部门预算财政拨款收支总表', '万元', cols, header, rows, C_STYLE);
}

function generalBudgetTable(spec: Spec, kind: 'general_budget_expenditure' | 'gov_fund_expenditure' | 'state_capital_expenditure', title: string, l: Ledger | null): TableBlock {
  const header = [
    [h('序号', 1, 2), h('功能分类科目', 2), h('合计', 1, 2), h('基本支出', 1, 2), h('项目支出', 1, 2)],
    [h('科目编码'), h('科目名称')],
    columnNumbers(5),
  ];
  const values = (x: Ledger) => [x.sum(), x.basic().sum(), x.project().sum()];
  const rows = l ? codedRows(l, values, ['total', 'basic', 'project']) : [];
  const cols = [col(22, 'center'), col(44, 'left'), col(62, 'left'), col(56, 'right'), col(56, 'right'), col(56, 'right')];
  return tableBlock(kind, title, '万元', cols, header, rows, C_STYLE);
}

function basicTable(spec: Spec): TableBlock {
  const b = ledgerOf(spec).general().basic();
  const measures = ['total', 'personnel', 'public_funds'];
  const values = (x: Ledger) => [x.sum(), x.personnel().sum(), x.publicFunds().sum()];
  const rows: Cell[][] = [[seq(1), text(''), text('合计', { align: 'center' }), ...amounts(values(b), measures, itemKey('total', '合计'), WAN)]];
  b.economicTree().forEach(({ code, ledger }, i) => {
    rows.push([seq(i + 2), text(code), text(ECONOMIC_NAMES[code]), ...amounts(values(ledger), measures, subjectKey('economic', code, ECONOMIC_NAMES[code], null), WAN)]);
  });
  const header = [
    [h('序号', 1, 2), h('支出部门经济分类科目', 2), h('一般公共预算基本支出', 3)],
    [h('科目编码'), h('科目名称'), h('合计'), h('人员经费'), h('公用经费')],
    columnNumbers(5),
  ];
  const cols = [col(22, 'center'), col(44, 'left'), col(62, 'left'), col(56, 'right'), col(56, 'right'), col(56, 'right')];
  const table = tableBlock('general_budget_basic', '部门预算一般公共预算财政拨款基本支出表', '万元', cols, header, rows, C_STYLE);
  tagHeadline(table, 'personnel_total', (f) => f.item === 'total' && f.measure === 'personnel');
  tagHeadline(table, 'public_funds_total', (f) => f.item === 'total' && f.measure === 'public_funds');
  return table;
}

function threePublicTable(spec: Spec): TableBlock {
  const t = ledgerOf(spec).threePublic();
  const measures = ['total', 'general_budget', 'gov_fund', 'state_capital'];
  const sum = t.overseas + t.vehiclePurchase + t.vehicleOperation + t.reception;
  const lines: Array<[string | null, string, Cents]> = [
    ['total', '合计', sum],
    ['three_public.total', '“三公”经费小计', sum],
    ['three_public.overseas', '一、因公出国（境）费', t.overseas],
    [null, '其中：教学科研人员因公出国（境）费', 0],
    [null, '其他因公出国（境）费', 0],
    ['three_public.vehicle', '二、公务用车购置及运维费', t.vehiclePurchase + t.vehicleOperation],
    ['three_public.vehicle_purchase', '其中：公务用车购置费', t.vehiclePurchase],
    ['three_public.vehicle_operation', '公务用车运行维护费', t.vehicleOperation],
    ['three_public.reception', '三、公务接待费', t.reception],
    [null, '四、会议费', 0],
    [null, '其中：省属高校业务性会议费', 0],
    [null, '其他会议费', 0],
    [null, '五、培训费', 0],
  ];
  const rows = lines.map(([item, label, cents], i) => [seq(i + 1), text(label), ...amounts([cents, cents, null, null], measures, itemKey(item, label), WAN)]);
  const header = [
    [h('序号'), h('项 目'), h('合计'), h('一般公共预算财政拨款'), h('政府性基金预算拨款'), h('国有资本经营预算财政拨款')],
    columnNumbers(5),
  ];
  const cols = [col(22, 'center'), col(62, 'left'), col(52, 'right'), col(60, 'right'), col(60, 'right'), col(60, 'right')];
  const table = tableBlock('three_public', '部门预算财政拨款“三公”经费支出表', '万元', cols, header, rows, C_STYLE);
  const tag = [['three_public_total', 'three_public.total'], ['three_public_overseas', 'three_public.overseas'], ['three_public_vehicle_purchase', 'three_public.vehicle_purchase'],
    ['three_public_vehicle_operation', 'three_public.vehicle_operation'], ['three_public_reception', 'three_public.reception']] as const;
  for (const [key, item] of tag) tagHeadline(table, key, (f) => f.item === item && f.measure === 'total');
  return table;
}

export interface CTable {
  table: TableBlock;
  notes: string[];
  orientation: 'portrait' | 'rotated';
}

export function styleCTables(spec: Spec): CTable[] {
  const l = ledgerOf(spec);
  return [
    { table: summary(spec), notes: [], orientation: 'portrait' },
    { table: incomeTable(spec), notes: [], orientation: 'portrait' },
    { table: expenditureTable(spec), notes: [], orientation: 'rotated' },
    { table: fiscalTable(spec), notes: [], orientation: 'portrait' },
    { table: generalBudgetTable(spec, 'general_budget_expenditure', '部门预算一般公共预算财政拨款支出表', l.general()), notes: [], orientation: 'portrait' },
    { table: basicTable(spec), notes: [], orientation: 'portrait' },
    { table: generalBudgetTable(spec, 'gov_fund_expenditure', '部门预算政府基金预算财政拨款支出表', null), notes: ['注：无政府基金预算财政拨款预算，空表列示。'], orientation: 'portrait' },
    { table: generalBudgetTable(spec, 'state_capital_expenditure', '部门预算国有资本经营预算财政拨款支出表', null), notes: ['注：无国有资本经营预算财政拨款预算，空表列示。'], orientation: 'portrait' },
    { table: threePublicTable(spec), notes: [], orientation: 'portrait' },
  ];
}

const BASIS = ['往年惯例', '合同要求', '工作计划', '根据合同'];

/** How C prints an indicator level: cost sits under 产出指标 as 成本指标. */
function cLevels(level1: string, level2: string): [string, string] {
  return level1 === '成本指标' ? ['产出指标', '成本指标'] : [level1, level2];
}

/** One project's 绩效目标表: a key-value form above its indicator grid. */
export function projectForm(spec: Spec, p: ProjectSpec, rng: Random): TableBlock {
  const amountText = wan(p.cents);
  const steps = [0.1, 0.35, 0.6].map((f) => (rng.chance(0.8) ? wan(Math.round((p.cents * f) / 10000) * 10000) : ''));
  const ordered = p.indicators.map((i) => ({ ind: i, levels: cLevels(i.level1, i.level2) }));
  const order = ['产出指标', '效益指标', '满意度指标'];
  ordered.sort((a, b) => order.indexOf(a.levels[0]) - order.indexOf(b.levels[0]));
  const basis = rng.pick(BASIS);
  const rows: Cell[][] = [
    [h('项目编码'), text(p.code ?? ''), h('项目名称'), text(p.name, { colSpan: 3 })],
    [h('预算规模及资金用途', 1, 2), h('预算数'), text(amountText, { align: 'right' }), h('其中：财政 资金'), text(amountText, { align: 'right' }), h('其他资金')],
    [text(`用于${p.template.work}工作`, { colSpan: 5 })],
    [h('资金支出计划（%）', 1, 2), h('3月底'), h('6月底'), h('10月底'), h('12月底', 2)],
    [...steps.map((s) => text(s, { align: 'right' })), text(amountText, { align: 'right', colSpan: 2 })],
    [h('绩效目标'), text(`1.${p.goal.split('，')[0]}`, { colSpan: 5 })],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'].map((t) => h(t)),
  ];
  const indicators: ExpectedIndicator[] = [];
  ordered.forEach(({ ind, levels }, i) => {
    const cells: Cell[] = [];
    if (i === 0 || ordered[i - 1].levels[0] !== levels[0]) cells.push(text(levels[0], { rowSpan: ordered.filter((o) => o.levels[0] === levels[0]).length }));
    const value = `${ind.operator ?? ''}${ind.value}${ind.unit === '万元' ? ' 万元' : ind.unit ?? ''}`;
    cells.push(text(levels[1]), text(ind.level3), text(ind.level3), text(value), text(basis));
    rows.push(cells);
    indicators.push({ project: nameOf(p.name), level1: levels[0], level2: levels[1], level3: nameOf(ind.level3), operator: ind.operator, value: ind.value, unit: ind.unit });
  });
  return tableBlock('project_performance', `${p.name}绩效目标表`, '万元', [col(70, 'left'), col(80, 'left'), col(90, 'left'), col(110, 'left'), col(70, 'left'), col(75, 'left')], [], rows, {
    fontSize: 9,
    projects: [{ code: p.code, name: nameOf(p.name), category: null, amount_yuan: printedToYuan(amountText, '万元') }],
    indicators,
  });
}

/** Tables a mapper should not take for budget tables: unit list and fixed assets. */
export function institutionTable(spec: Spec): TableBlock {
  const rows = [[text(`${spec.department}本级`), text('行政'), text('正科级'), text('财政拨款')]];
  return tableBlock(null, '部门机构设置情况', null, [col(160, 'left'), col(80, 'center'), col(80, 'center'), col(100, 'center')], [[h('单位名称'), h('单位性质'), h('单位规格'), h('经费保障形式')]], rows, { fontSize: 9 });
}

export function assetTable(spec: Spec, rng: Random): TableBlock {
  const area = (rng.int(200000, 900000) / 100).toFixed(2);
  const building = rng.int(100, 800) * 1_000_000 + rng.int(0, 99) * 10000;
  const cars = rng.int(0, 15);
  const carValue = cars * rng.int(8, 20) * 1_000_000;
  const other = rng.int(200, 3000) * 1_000_000 + rng.int(0, 99) * 10000;
  const rows = [
    [text('资产总额'), text(''), text(wan(building + carValue + other), { align: 'right' })],
    [text('1、房屋（平方米）'), text(area, { align: 'right' }), text(wan(building), { align: 'right' })],
    [text('2、车辆（台、辆）'), text(String(cars), { align: 'right' }), text(wan(carValue), { align: 'right' })],
    [text('3、其他固定资产'), text(String(rng.int(50, 500)), { align: 'right' }), text(wan(other), { align: 'right' })],
  ];
  return tableBlock(null, '部门固定资产占用情况表', null, [col(180, 'left'), col(100, 'right'), col(160, 'right')], [[h('项 目'), h('数量'), h('价值（金额单位：万元）')]], rows, { fontSize: 9 });
}

