/**
 * Style A (Dalian Xigang, seed 001): a portrait narrative (概况, 情况说明 with figures in 万元,
 * a small unruled “三公” table, 名词解释) followed by 16 landscape 附表 in 元.
 */
import { ECONOMIC_NAMES, FUNCTION_NAMES } from '../catalog/subjects.ts';
import type { Disclosure, Section, TableBlock } from '../document.ts';
import { threePublicTotal } from '../ledger.ts';
import { changePhrase, growth, ProseWriter } from '../prose-kit.ts';
import type { Random } from '../random.ts';
import type { Cents, Spec } from '../spec.ts';
import { amounts, columns, h, itemKey, tableBlock, text, type Figures } from '../table-kit.ts';
import { styleATables, type NumberedTable } from './a-tables.ts';
import { chineseNumber, ledgerOf } from './common.ts';

/** The small “三公” table inside the narrative: no rulings, columns aligned only. */
function proseThreePublicTable(spec: Spec): TableBlock {
  const now = ledgerOf(spec).threePublic();
  const before = spec.prior.threePublic;
  const f: Figures = { unit: '万元', zero: 'print', trimmed: true };
  const line = (item: string, label: string, prior: Cents, current: Cents) =>
    [text(label), ...amounts([prior, current], ['prior_year', 'total'], itemKey(item, label), f)];
  const rows = [
    line('three_public.total', '合计', threePublicTotal(before), threePublicTotal(now)),
    line('three_public.overseas', '1. 因公出国(境)费', before.overseas, now.overseas),
    line('three_public.reception', '2. 公务接待费', before.reception, now.reception),
    line('three_public.vehicle', '3. 公务用车购置及运行费', before.vehiclePurchase + before.vehicleOperation, now.vehiclePurchase + now.vehicleOperation),
    line('three_public.vehicle_purchase', '其中: 公务用车购置费', before.vehiclePurchase, now.vehiclePurchase),
    line('three_public.vehicle_operation', '公务用车运行费', before.vehicleOperation, now.vehicleOperation),
  ];
  const header = [[h('项目', 1, 2), h('金额', 2)], [h(`${spec.year - 1} 年`), h(`${spec.year} 年`)]];
  return tableBlock('three_public', '财政拨款预算“三公”经费支出表', '万元', columns([200, 90, 90], ['left']), header, rows, { ruled: false, fontSize: 9 });
}

function narrative(spec: Spec, rng: Random): ProseWriter {
  const w = new ProseWriter({ trimmed: true, size: 10.5 });
  const l = ledgerOf(spec);
  const g = l.general();
  const y = spec.year;
  const total = l.sum();
  const wan = (c: Cents) => w.wan(c);
  const tp = g.threePublic();
  const prior = spec.prior;

  w.title(`${spec.department} ${y} 年度部门预算`, 20);
  w.heading('目录', 14, 'center');
  for (const item of ['第一部分 部门预算公开管理文件', `第二部分 ${spec.department}概况`, `第三部分 ${y} 年部门预算情况说明`, '第四部分 名词解释', `第五部分 ${y} 年部门预算表`]) w.line(item);
  w.pageBreak();

  w.heading('第二部分', 14, 'center');
  w.heading(`${spec.department}概况`, 14, 'center');
  w.heading('一、主要职责');
  spec.profile.duties.forEach((duty, i) => w.paragraph(`（${chineseNumber(i + 1)}）${duty}`));
  w.heading('二、部门预算单位构成');
  const units = spec.units.length > 1 ? `下属单位${spec.units.length - 1}个：${spec.units.slice(1).map((u) => u.name).join('、')}` : '无二级单位';
  w.paragraph(`${spec.department}部门预算是${spec.department}本部的综合收支计划，${units}。内设机构共${spec.profile.offices.length}个：${spec.profile.offices.join('、')}。`);

  w.heading('第三部分', 14, 'center');
  w.heading(`${y} 年部门预算情况说明`, 14, 'center');
  w.heading(`一、${y} 年部门收支预算情况`);
  const unitIncome = l.unitFunds().sum();
  const business = spec.unitFundsIncome === 'business_income' ? unitIncome : 0;
  const other = spec.unitFundsIncome === 'other_income' ? unitIncome : 0;
  w.paragraph(`(一) ${y} 年收入预算 ${w.wan(total, 'income_total')} 万元，其中：`);
  w.line(`1、一般公共预算拨款收入 ${wan(g.sum())} 万元；`);
  w.line('2、政府性基金预算拨款收入 0 万元；');
  w.line('3、国有资本经营预算拨款收入 0 万元；');
  w.line('4、财政专户管理资金收入 0 万元；');
  w.line(`5、单位资金收入 ${wan(unitIncome)} 万元，其中：事业收入 ${wan(business)} 万元，上级补助收入 0 万元，附属单位上缴收入 0 万元，事业单位经营收入 0 万元，其他收入 ${wan(other)} 万元；`);
  w.line('6、上年结转结余 0 万元。');
  const bought = spec.projects.filter((p) => p.template.purchased).reduce((s, p) => s + p.cents, 0);
  w.paragraph(`(二) ${y} 年支出预算 ${w.wan(total, 'expenditure_total')} 万元，其中：人员经费 ${w.wan(l.personnel().sum(), 'personnel_total')} 万元，公用经费 ${w.wan(l.publicFunds().sum(), 'public_funds_total')} 万元，部门预算项目经费 ${w.wan(l.project().sum(), 'project_total')} 万元，本年预留项目经费 0 万元。`);
  w.paragraph(`在支出预算中政府采购支出 0 万元；政府购买服务支出 ${wan(bought)} 万元；纳入预算绩效管理的特定目标类和其他运转类项目共 ${spec.projects.length} 个，涉及资金 ${wan(l.project().sum())} 万元。`);
  w.paragraph('年终结转结余 0 万元。');
  w.paragraph(`${y} 年预算收支比上年${changePhrase(total, prior.total, wan)}，增减变化的主要原因为${rng.pick(['人员经费、公用经费增加', '人员变动及项目调整', '严格压减一般性支出'])}。`);

  w.heading(`二、${y} 年财政拨款收支预算情况`);
  w.paragraph(`${y} 年当年财政拨款收入预算 ${wan(g.sum())} 万元。其中：一般公共预算收入 ${wan(g.sum())} 万元，政府性基金收入 0 万元，国有资本经营预算收入 0 万元。加上年结转结余 0 万元后，共计 ${wan(g.sum())} 万元。`);

  w.heading(`三、${y} 年一般公共预算支出预算情况`);
  w.paragraph(`${y}年一般公共预算支出预算${wan(g.sum())}万元，主要用于以下方面：`);
  g.byFunc(3).forEach(([code, x], i) => {
    const before = prior.byClass[code] ?? 0;
    const rate = growth(x.sum(), before);
    const trend = rate === null ? '' : rate.startsWith('-') ? `，下降${rate.slice(1)}%` : `，增长${rate}%`;
    w.paragraph(`${i + 1}、${FUNCTION_NAMES[code]}（类）${wan(x.sum())}万元，比${y - 1}年预算${changePhrase(x.sum(), before, wan)}${trend}。`);
  });

  w.heading(`四、${y}年一般公共预算基本支出预算情况`);
  const gb = g.basic();
  w.paragraph(`${y}年一般公共预算基本支出预算${wan(gb.sum())}万元，包括人员经费${wan(gb.personnel().sum())}万元，公用经费${wan(gb.publicFunds().sum())}万元。其中：`);
  gb.byEcon(3).forEach(([code, x], i) => w.paragraph(`${i + 1}、${ECONOMIC_NAMES[code]}${wan(x.sum())}万元，主要用于：${x.byEcon(5).map(([c]) => ECONOMIC_NAMES[c]).join('、')}等。`));

  w.heading('五、“三公”经费预算情况说明');
  w.paragraph(`${y} 年“三公”经费财政拨款预算为 ${w.wan(threePublicTotal(tp), 'three_public_total')} 万元，包括因公出国（境）费、公务接待费、公务用车购置及运行费。其中：`);
  w.paragraph(`因公出国（境）费预算 ${w.wan(tp.overseas, 'three_public_overseas')} 万元，比 ${y - 1} 年预算${changePhrase(tp.overseas, prior.threePublic.overseas, wan)}。`);
  w.paragraph(`公务接待费预算 ${w.wan(tp.reception, 'three_public_reception')} 万元，比 ${y - 1} 年预算${changePhrase(tp.reception, prior.threePublic.reception, wan)}。`);
  w.paragraph(`公务用车购置及运行费预算 ${wan(tp.vehiclePurchase + tp.vehicleOperation)} 万元。其中，公务用车购置费 ${w.wan(tp.vehiclePurchase, 'three_public_vehicle_purchase')} 万元，公务用车运行费 ${w.wan(tp.vehicleOperation, 'three_public_vehicle_operation')} 万元。`);
  w.line('财政拨款预算“三公”经费支出表', { align: 'center', bold: true, before: 6 });
  w.line('单位: 万元', { align: 'right', size: 9 });
  w.table(proseThreePublicTable(spec));

  w.heading('六、政府性基金预算支出预算情况');
  w.paragraph(`${y} 年度本部门无政府性基金预算。`);
  w.heading('七、国有资本经营预算支出预算情况');
  w.paragraph(`${y} 年度本部门无国有资本经营预算。`);
  w.heading('八、其他重要事项的情况说明');
  w.paragraph(`（一）机关运行经费预算：${y}年度机关运行经费财政拨款预算${wan(gb.publicFunds().sum())}万元，比${y - 1}年预算${changePhrase(gb.publicFunds().sum(), prior.operatingFunds, wan)}。`);
  w.paragraph(`（二）政府采购情况：${y} 年度本部门政府采购预算 0 万元，其中：货物类预算 0 万元、服务类预算 0 万元、工程类预算 0 万元。`);
  w.paragraph(`（三）预算绩效目标情况：本部门共编制项目绩效目标 ${spec.projects.length} 个，预算金额 ${wan(l.project().sum())} 万元，占本部门项目支出预算比重 100%。`);

  w.heading('第四部分 名词解释', 14, 'center');
  for (const term of ['1. 财政拨款收入：指区财政当年拨付的资金。', '2. 基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。', '3. 项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。', '4. “三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。']) w.paragraph(term);
  return w;
}

function tableSection(t: NumberedTable, performance: boolean): Section {
  const blocks: Section['blocks'] = [{ type: 'paragraph', text: t.table.title, size: 16, bold: true, align: 'center' }];
  for (const line of t.preamble) blocks.push({ type: 'paragraph', text: line, size: 9, align: performance ? 'left' : 'right' });
  blocks.push(t.table);
  for (const note of t.notes) blocks.push({ type: 'paragraph', text: note, size: 9 });
  return { orientation: 'landscape', blocks };
}

export function styleA(spec: Spec, rng: Random): Disclosure {
  const prose = narrative(spec, rng);
  const tables = styleATables(spec);
  const list = tables.map((t, i) => `${chineseNumber(i + 1)}、${t.table.title}`);
  prose.heading(`第五部分 ${spec.year} 年部门预算表`, 14, 'center');
  for (const line of list) prose.line(line);
  return {
    title: `${spec.department}${spec.year}年度部门预算`,
    sections: [
      { orientation: 'portrait', pageNumbers: true, blocks: prose.blocks },
      ...tables.map((t) => tableSection(t, t.table.kind === 'department_performance' || t.table.kind === 'project_performance')),
    ],
    proseFacts: prose.facts,
    staff: { authorized: null, actual: null },
    proseProjects: [],
    printedUnit: '元',
    creator: 'Microsoft Excel (synthetic style A)',
  };
}
