/**
 * Style D (Nanchang Xihu, seeds 000 and 003): a Word document that is mostly prose — staff
 * counts, totals and “三公” items stated in sentences, mail-merge debris ("MERGEFIELD ${…}")
 * left before some of them — with the budget tables only referred to ("详见附表"). Each
 * project has a 绩效目标 table with merged cells: variant 0 is the 000 form (计算符号 / 目标值 /
 * 单位 in separate columns), variant 1 the 003 grid (operator, value and unit in one cell).
 */
import { ECONOMIC_NAMES, FUNCTION_NAMES } from '../catalog/subjects.ts';
import type { IndicatorSpec } from '../catalog/indicators.ts';
import type { Cell, Disclosure, ExpectedIndicator, ExpectedProject, TableBlock } from '../document.ts';
import { threePublicTotal } from '../ledger.ts';
import { printedToYuan, wanTrimmed } from '../money-format.ts';
import { changePhrase, ProseWriter } from '../prose-kit.ts';
import type { Random } from '../random.ts';
import type { Cents, ProjectSpec, Spec } from '../spec.ts';
import { h, nameOf, tableBlock, text } from '../table-kit.ts';
import { chineseNumber, ledgerOf } from './common.ts';

const PEOPLE = ['舒适', '洪朗', '朱君', '张强', '李敏', '王磊', '陈静', '刘洋', '赵蕾', '周平'];

/** The 000 form labels levels briefly ("数量", "社会效益") and puts cost under 产出. */
function shortLevels(ind: IndicatorSpec): [string, string] {
  if (ind.level1 === '成本指标') return ['产出指标', '成本'];
  if (ind.level1 === '满意度指标') return ['满意度', '满意度'];
  return [ind.level1, ind.level2.replace(/指标$/, '')];
}

function formTable(spec: Spec, p: ProjectSpec, rng: Random): TableBlock {
  const y = spec.year;
  const phone = `150${rng.int(10000000, 99999999)}`;
  const amountText = wanTrimmed(p.cents);
  const pad = () => (rng.chance(0.5) ? '　' : '');
  const rows: Cell[][] = [
    [h('项目支出绩效目标表', 7)],
    [h('项目名称：', 2), text(`${p.name}${pad()}`, { colSpan: 2 }), h('申请金额：'), text(`${pad()}${amountText}万元`, { colSpan: 2 })],
    [h('项目类型：', 2), text('当年项目', { colSpan: 2 }), h('开始日期：'), text(`${y}-01-01`, { colSpan: 2 })],
    [h('结束日期：', 2), text(`${y}-12-31${pad()}`, { colSpan: 2 }), h('项目负责人：'), text(rng.pick(PEOPLE), { colSpan: 2 })],
    [h('联系电话：', 2), text(phone, { colSpan: 2 }), h('联系人：'), text(rng.pick(PEOPLE), { colSpan: 2 })],
    [h('资金用途：', 2), text('业务类', { colSpan: 2 }), h('是否重点项目：'), text('□是 ■否', { colSpan: 2 })],
    [h('项目基本情况', 7)],
    [h('立项必要性：', 2), text(`保障${p.template.work}工作正常开展`, { colSpan: 5 })],
    [h('项目实施内容：', 2), text(`开展${p.template.work}相关工作`, { colSpan: 5 })],
    [h('年度绩效目标：', 2), text(p.goal, { colSpan: 5 })],
    [h(`${y}年项目绩效目标`, 7)],
    [h('序号', 1, 2), h('一级指标', 1, 2), h('二级指标', 1, 2), h('三级指标', 1, 2), h(`${y}年目标值`, 3)],
    [h('计算符号'), h('目标值'), h('单位')],
  ];
  // An empty 生态效益 line, as the template leaves it when nothing applies.
  const lines: Array<{ levels: [string, string]; ind: IndicatorSpec | null }> = p.indicators.map((ind) => ({ levels: shortLevels(ind), ind }));
  const effect = lines.findIndex((l) => l.levels[0] === '效益指标');
  if (effect >= 0) lines.splice(effect + 1, 0, { levels: ['效益指标', '生态效益'], ind: null });
  const order = ['产出指标', '效益指标', '满意度'];
  lines.sort((a, b) => order.indexOf(a.levels[0]) - order.indexOf(b.levels[0]));
  const indicators: ExpectedIndicator[] = [];
  lines.forEach(({ levels, ind }, i) => {
    const cells: Cell[] = [text(String(i + 1), { align: 'center' })];
    if (i === 0 || lines[i - 1].levels[0] !== levels[0]) cells.push(text(levels[0], { rowSpan: lines.filter((l) => l.levels[0] === levels[0]).length, align: 'center' }));
    const op = ind?.operator === '≥' && rng.chance(0.4) ? '>=' : ind?.operator === '≤' && rng.chance(0.4) ? '<=' : ind?.operator ?? '';
    cells.push(text(levels[1], { align: 'center' }), text(ind ? `${ind.level3}${pad()}` : '　'), text(`${op}${pad()}`, { align: 'center' }),
      text(ind ? `${ind.value}${pad()}` : '　', { align: 'center' }), text(ind ? `${ind.unit ?? ''}${pad()}` : '　', { align: 'center' }));
    rows.push(cells);
    if (ind) indicators.push({ project: nameOf(p.name), level1: levels[0], level2: levels[1], level3: nameOf(ind.level3), operator: ind.operator, value: ind.value, unit: ind.unit });
  });
  const projects: ExpectedProject[] = [{ code: null, name: nameOf(p.name), category: null, amount_yuan: printedToYuan(amountText, '万元') }];
  return tableBlock('project_performance', '项目支出绩效目标表', '万元', [
    { width: 30, align: 'center' }, { width: 52, align: 'left' }, { width: 56, align: 'left' }, { width: 150, align: 'left' },
    { width: 60, align: 'center' }, { width: 62, align: 'center' }, { width: 52, align: 'center' },
  ], [], rows, { fontSize: 9, projects, indicators });
}

/** The 003 grid: cost first, values with operator and unit in one cell ("≥365天", "＝100%"). */
function gridTable(p: ProjectSpec): TableBlock {
  const order = ['成本指标', '产出指标', '效益指标', '满意度指标'];
  const list = [...p.indicators].sort((a, b) => order.indexOf(a.level1) - order.indexOf(b.level1));
  const level2Of = (ind: IndicatorSpec) => (ind.level1 === '满意度指标' ? '服务对象满意度' : ind.level2);
  const rows: Cell[][] = [];
  const indicators: ExpectedIndicator[] = [];
  list.forEach((ind, i) => {
    const cells: Cell[] = [];
    if (i === 0 || list[i - 1].level1 !== ind.level1) cells.push(text(ind.level1, { rowSpan: list.filter((x) => x.level1 === ind.level1).length, align: 'center' }));
    if (i === 0 || level2Of(list[i - 1]) !== level2Of(ind)) cells.push(text(level2Of(ind), { rowSpan: list.filter((x) => level2Of(x) === level2Of(ind)).length, align: 'center' }));
    const op = ind.operator === '=' ? '＝' : ind.operator ?? '';
    cells.push(text(ind.level3), text(`${op}${ind.value}${ind.unit ?? ''}`));
    rows.push(cells);
    indicators.push({ project: nameOf(p.name), level1: ind.level1, level2: level2Of(ind), level3: nameOf(ind.level3), operator: ind.operator, value: ind.value, unit: ind.unit });
  });
  const header = [[h('一级指标'), h('二级指标'), h('三级指标'), h('指标值')]];
  return tableBlock('project_performance', '绩效目标和指标', '万元', [{ width: 60, align: 'center' }, { width: 90, align: 'center' }, { width: 230, align: 'left' }, { width: 100, align: 'left' }], header, rows, { fontSize: 9, indicators });
}

function debris(rng: Random, field: string): string {
  return `MERGEFIELD \${page${rng.int(100000000, 999999999)}.ds${rng.int(100000000, 999999999)}_REP_JX_BAS_AGENCY_INFO_ZYFRS_S_${field}}`;
}

export function styleD(spec: Spec, rng: Random): Disclosure {
  const w = new ProseWriter({ trimmed: true, size: 10.5 });
  const l = ledgerOf(spec);
  const g = l.general();
  const y = spec.year;
  const d = spec.department;
  const short = d.replace(spec.place.city, '');
  const wan = (c: Cents) => w.wan(c);
  const s = spec.staff;
  const v1 = spec.variant === 1;
  const proseProjects: ExpectedProject[] = [];

  w.heading(`第一部分  ${short}概况`, 14);
  w.heading('一、部门主要职责');
  spec.profile.duties.forEach((duty, i) => w.paragraph(v1 ? `${i + 1}.${duty}` : `（${chineseNumber(i + 1)}）${duty}`));
  w.heading('二、机构设置及人员情况');
  w.paragraph(`${y}年${short}共有预算单位1个，编制人数小计${s.authorized}人，其中：行政编制人数${s.authorizedAdmin}人，参照公务员管理的事业编制人数0人，全部补助事业编制人数${s.authorizedInstitution}人，自收自支编制人数0人。`);
  w.paragraph(`${debris(rng, 'SYRSXJ')}实有人数小计${s.actual}人，其中：在职人数小计${s.actual}人，`);
  w.paragraph(`${debris(rng, 'ZZRSMX')}行政在职人数${s.actualAdmin}人，参照公务员管理的事业单位在职人数0人，全部补助事业在职人数${s.actualInstitution}人。`);
  w.paragraph(`${debris(rng, 'QTRSMX')}离休人数小计0人，退休人数小计${s.retired}人，退职人员0人，遗属人数0人。`);
  w.heading(`第二部分  ${short}${y}年部门预算表`, 14);
  w.line('（详见附表）');
  if (v1) w.line('（注：①由于本说明中数据四舍五入原因，部分汇总数据与分项加总之和可能存在尾差；②表格详见附件，若其中某张表为空表或表中数据为0，则说明没有相关收支预算安排。）');

  w.heading(`第三部分  ${short}${y}年部门预算情况说明`, 14);
  w.heading(`一、${y}年部门预算收支情况说明`);
  const total = l.sum();
  const prior = spec.prior;
  w.line('（一）收入预算情况');
  w.paragraph(`${y}年${d}收入预算总额为${w.wan(total, 'income_total')}万元，较上年预算安排${changePhrase(total, prior.total, wan)}${v1 ? `。其中：财政拨款收入${wan(g.sum())}万元；事业收入0万元；上年结转（结余）0万元` : ''}；`);
  w.line('（二）支出预算情况');
  const b = l.basic();
  const econOf = (x: typeof l, code: string) => wan(x.econ(code).sum());
  w.paragraph(`${y}年${d}支出预算总额为${w.wan(total, 'expenditure_total')}万元，较上年预算安排${changePhrase(total, prior.total, wan)}；其中：`);
  w.paragraph(`按支出项目类别划分：基本支出${w.wan(b.sum(), 'basic_total')}万元，较上年预算安排${changePhrase(b.sum(), prior.basic, wan)}；其中：工资福利支出${econOf(b, '301')}万元，商品和服务支出${econOf(b, '302')}万元，对个人和家庭的补助${econOf(b, '303')}万元，资本性支出${econOf(b, '310')}万元。项目支出${w.wan(l.project().sum(), 'project_total')}万元，较上年预算安排${changePhrase(l.project().sum(), prior.project, wan)}。`);
  w.paragraph(`按支出功能科目划分：${l.byFunc(3).map(([code, x]) => `${FUNCTION_NAMES[code]}${wan(x.sum())}万元，较上年预算安排${changePhrase(x.sum(), prior.byClass[code] ?? 0, wan)}`).join('；')}。`);
  w.paragraph(`按支出经济分类划分：${l.byEcon(3).map(([code, x]) => `${ECONOMIC_NAMES[code]}${wan(x.sum())}万元`).join('；')}。`);
  w.line('（三）财政拨款支出情况');
  w.paragraph(`${y}年${d}财政拨款支出预算总额为${wan(g.sum())}万元。按支出功能科目划分：${g.byFunc(3).map(([code, x]) => `${FUNCTION_NAMES[code]}${wan(x.sum())}万元`).join('，')}。`);

  w.line(v1 ? '（四）项目情况说明' : '（四）项目支出预算情况');
  const r = rng.fork('projects');
  spec.projects.forEach((p, i) => {
    if (!v1) {
      w.line(`${i + 1}、${p.name}`, { bold: true });
      w.table(formTable(spec, p, r));
      return;
    }
    const amountText = wanTrimmed(p.cents);
    w.line(`${i + 1}.${p.name}`, { bold: true });
    w.paragraph(`（1）项目概述：${p.goal}`);
    w.paragraph(`（2）立项依据：根据上级安排部署及三定方案，承办${p.template.work}等相关工作。`);
    w.paragraph('（3）实施主体：本部门');
    w.paragraph(`（4）实施方案：按照绩效目标开展${p.template.work}工作。`);
    w.paragraph(`（5）实施周期：${y}年1月1日-${y}年12月31日`);
    w.paragraph(`（6）年度预算安排：${amountText}万元`);
    w.paragraph('（7）绩效目标和指标');
    w.table(gridTable(p));
    proseProjects.push({ code: null, name: nameOf(p.name), category: null, amount_yuan: printedToYuan(amountText, '万元') });
  });

  w.line('机关运行经费等重要事项的说明', { bold: true });
  w.paragraph(`${y}年部门机关运行经费预算${wan(g.publicFunds().sum())}万元，比上年预算${changePhrase(g.publicFunds().sum(), prior.operatingFunds, wan)}。`);
  w.paragraph(`（六）政府采购情况：${y}年我部门政府采购预算总额0万元。`);
  w.paragraph(`（七）国有资产占有使用情况：截至${y - 1}年12月31日，部门共有车辆${rng.int(0, 3)}辆。`);
  w.paragraph(`绩效目标设置情况：${y}年实行绩效目标管理的项目${spec.projects.length}个，涉及资金${wan(l.project().sum())}万元。`);
  w.paragraph('政府性基金情况：本部门没有政府性基金预算。');

  w.heading(`二、${y}年“三公”经费预算情况说明`);
  const tp = g.threePublic();
  if (v1) {
    w.paragraph(`${y}年本部门“三公”经费财政拨款安排${w.wan(threePublicTotal(tp), 'three_public_total')}万元，其中：`);
    w.line(`1.因公出国（境）经费${w.wan(tp.overseas, 'three_public_overseas')}万元，比上年${changePhrase(tp.overseas, prior.threePublic.overseas, wan)}`);
    w.line(`2.公务接待费${w.wan(tp.reception, 'three_public_reception')}万元，比上年${changePhrase(tp.reception, prior.threePublic.reception, wan)}`);
    w.line(`3.公务用车运行维护费${w.wan(tp.vehicleOperation, 'three_public_vehicle_operation')}万元，比上年${changePhrase(tp.vehicleOperation, prior.threePublic.vehicleOperation, wan)}`);
    w.line(`4.公务用车购置费${w.wan(tp.vehiclePurchase, 'three_public_vehicle_purchase')}万元，比上年${changePhrase(tp.vehiclePurchase, prior.threePublic.vehiclePurchase, wan)}`);
  } else {
    w.paragraph(`${y}年${d}"三公"经费一般公共预算安排${w.wan(threePublicTotal(tp), 'three_public_total')}万元，其中：`);
    w.line(`1、因公出国${w.wan(tp.overseas, 'three_public_overseas')}万元。`);
    w.line(`2、公务接待${w.wan(tp.reception, 'three_public_reception')}万元。`);
    w.line(`3、公务用车运行${w.wan(tp.vehicleOperation, 'three_public_vehicle_operation')}万元。`);
    w.line(`4、公务用车购置${w.wan(tp.vehiclePurchase, 'three_public_vehicle_purchase')}万元。`);
  }
  w.heading('第四部分   名词解释', 14);
  w.paragraph('一、财政拨款：指本级财政当年拨付的资金。');
  w.paragraph('二、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
  w.paragraph('三、项目支出：指在基本支出之外为完成特定行政任务或事业发展目标所发生的支出。');

  return {
    title: `${d}${y}年部门预算`,
    sections: [{ orientation: 'portrait', pageNumbers: true, blocks: w.blocks }],
    proseFacts: w.facts,
    staff: { authorized: s.authorized, actual: s.actual },
    proseProjects,
    printedUnit: '万元',
    creator: 'Microsoft Word (synthetic style D)',
  };
}
