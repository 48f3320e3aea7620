/**
 * Style A — Dalian (大连市西岗区…): 金额单位：元 with thousands separators, 附表N, tables broken down by unit
 * (103-… / 103001-…（本级）), codes joined to names ("2010301-行政运行"), wide tables on landscape pages.
 */
import { CLASS_NAMES, economicRows, functionRows, sum, totals, buildBudget, mergeBudgets, type Budget } from './budget.ts';
import { codeText, type Hard } from './hard.ts';
import { blankSide, classItems, DocBuilder, finish, headline, projectsTruth, summaryRows, type SideItem } from './common.ts';
import { c, cn, h, TableBuilder, wan, type Cell, type Disclosure, type NumberFormat, type TableBlock } from './model.ts';
import { Rng } from './rng.ts';

export function buildA(seed: number, hard?: Hard): Disclosure {
  const rng = new Rng(seed * 7919 + 1);
  const budgetOpts = {
    style: 'A' as const, minProjects: 2, maxProjects: 7,
    projectCode: (r: Rng, year: number) => `${r.pick(['2102', '2103'])}${String(year - 2000 - r.int(0, 2))}${r.pick(['23', '24'])}T${String(r.int(1, 999999999)).padStart(12, '0')}`,
  };
  const main = buildBudget(rng, budgetOpts);
  // hard mode: the department has several budget units (本级 + subordinate units), every unit table breaks down by unit
  const units: Budget[] = [main];
  if (hard) for (let i = 1; i < hard.units; i++) units.push(buildBudget(hard.rng, { ...budgetOpts, minProjects: 1, maxProjects: 3, unitOf: { parent: main, index: i } }));
  const b = mergeBudgets(units);
  const t = totals(b);
  const num0: NumberFormat = { unit: '元', thousands: rng.chance(0.85), zero: '' };
  const num: NumberFormat = hard ? { unit: '元', thousands: hard.thousands, zero: hard.zero } : num0;
  const d = new DocBuilder();
  const Y = b.year;
  const dept = b.department;
  const w = (x: number) => wan(x, true);
  const narrowNames = rng.chance(0.5);
  const splitRows = rng.chance(0.5);

  d.blocks.push({ type: 'cover', lines: [`${dept} ${Y} 年度部门预算`, `${Y} 年 ${rng.int(1, 3)} 月`] });
  const tableTitles = ['收支预算总表', '收入预算总表', '支出预算总表', '支出功能分类预算表', '支出经济分类预算表', '财政拨款预算总表', '一般公共预算支出表', '一般公共预算基本支出表', '一般公共预算“三公”经费支出预算表', '政府性基金预算支出表', '国有资本经营预算支出表', '项目支出表', '项目支出预算绩效目标表'];
  d.blocks.push({ type: 'toc', items: ['第一部分 ' + dept + '概况', '　一、主要职责', '　二、部门预算单位构成', `第二部分 ${Y} 年部门预算情况说明`, '第三部分 名词解释', `第四部分 ${Y} 年部门预算表`, ...tableTitles.map((x, i) => `　${cn(i + 1)}、${x}`)] });

  d.h1('第一部分');
  d.h1(`${dept}概况`);
  d.h2('一、主要职责');
  b.duties.forEach((x, i) => d.p(`(${cn(i + 1)}) ${x}`));
  d.h2('二、部门预算单位构成');
  d.p(`${dept}部门预算是${dept}本部的综合收支计划，无二级单位。${dept}内设机构共${b.offices.length}个：${b.offices.join('、')}。`);

  d.br();
  d.h1('第二部分');
  d.h1(`${Y} 年部门预算情况说明`);
  d.h2(`一、${Y} 年部门收支预算情况`);
  d.p(`(一) ${Y} 年收入预算 ${w(t.total)} 万元，其中：一般公共预算拨款收入 ${w(t.gb)} 万元；政府性基金预算拨款收入 ${w(t.gf)} 万元；国有资本经营预算拨款收入 0 万元；财政专户管理资金收入 0 万元；单位资金收入 0 万元；上年结转结余 0 万元。`);
  d.p(`(二) ${Y} 年支出预算 ${w(t.total)} 万元，其中：人员经费 ${w(t.personnel)} 万元，公用经费 ${w(t.public)} 万元，部门预算项目经费 ${w(t.project)} 万元，本年预留项目经费 0 万元。纳入预算绩效管理的特定目标类和其他运转类项目共 ${b.projects.length} 个，涉及资金 ${w(t.project)} 万元。`);
  d.p(`${Y} 年预算收支比上年${t.total >= b.priorTotal ? '增加' : '减少'} ${w(Math.abs(t.total - b.priorTotal))} 万元，增减变化的主要原因为人员经费、公用经费变化。`);
  d.h2(`二、${Y} 年财政拨款收支预算情况`);
  d.p(`${Y} 年当年财政拨款收入预算 ${w(t.total)} 万元。其中：一般公共预算收入 ${w(t.gb)} 万元，政府性基金收入 ${w(t.gf)} 万元，国有资本经营预算收入 0 万元。${Y} 年财政拨款支出预算 ${w(t.total)} 万元，按照“人员经费按实际，公用经费按定额，项目经费按需要与可能”的原则编制。`);
  d.h2(`三、${Y} 年一般公共预算支出预算情况`);
  const classes = functionRows(b, (l) => l.wages + l.household + l.goods + l.capital + l.operating + l.specific > 0).filter((r) => r.level === 1);
  d.p(`${Y} 年一般公共预算支出预算 ${w(t.gb)} 万元，主要用于以下方面：`);
  classes.forEach((r, i) => d.p(`${i + 1}、${r.name}（类）${w(r.wages + r.household + r.goods + r.capital + r.operating + r.specific)}万元。`));
  d.h2(`四、${Y} 年一般公共预算基本支出预算情况`);
  d.p(`${Y} 年一般公共预算基本支出预算 ${w(t.basic)} 万元，包括人员经费 ${w(t.personnel)} 万元，公用经费 ${w(t.public)} 万元。其中：工资福利支出 ${w(t.wages)} 万元；商品和服务支出 ${w(t.goods)} 万元；对个人和家庭的补助 ${w(t.household)} 万元；资本性支出 ${w(t.capital)} 万元。`);
  d.h2('五、“三公”经费预算情况说明');
  const tp = b.threePublic;
  d.p(`${Y} 年“三公”经费财政拨款预算为 ${w(t.threePublic)} 万元。其中：因公出国（境）费预算 ${w(tp.overseas)} 万元；公务接待费预算 ${w(tp.reception)} 万元；公务用车购置及运行费预算 ${w(tp.vehiclePurchase + tp.vehicleOperation)} 万元，其中，公务用车购置费 ${w(tp.vehiclePurchase)} 万元，公务用车运行费 ${w(tp.vehicleOperation)} 万元。`);
  d.h2('六、政府性基金预算支出预算情况');
  d.p(t.gf > 0 ? `${Y} 年度本部门政府性基金预算支出 ${w(t.gf)} 万元。` : `${Y} 年度本部门无政府性基金预算。`);
  d.h2('七、其他重要事项的情况说明');
  d.p(`机关运行经费：${Y}年度机关运行经费财政拨款预算${w(t.public)}万元。政府采购：${Y} 年度本部门政府采购预算 ${w(b.procurement)} 万元。国有资产：截至 ${Y - 1} 年 12 月 31 日，本部门共有车辆 ${b.vehicles} 辆。`);
  d.br();
  d.h1('第三部分 名词解释');
  ['财政拨款收入：指区财政当年拨付的资金。', '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。', '项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。', '“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。'].forEach((x, i) => d.p(`${i + 1}. ${x}`));
  d.br();
  d.h1('第四部分');
  d.h1(`${Y} 年部门预算表`);

  let n = 0;
  const cap = (): Array<[string, string]> => [[`附表${++n}`, ''], ['', '金额单位：元']];
  const deptLabel = `${b.deptCode}-${dept}`;
  const unitLabel = `${b.unitCode}-${dept}${rng.pick(['（本级）', '(本级)'])}`;
  const labelOf = (u: Budget) => (u === units[0] ? unitLabel : `${u.unitCode}-${u.unitName}`);
  const nameOf = (u: Budget) => (u === units[0] ? `${dept}（本级）` : u.unitName);
  /** 合计, the department row, then each unit's row followed by its own subject rows (`body`) */
  const unitRows = (f: (x: Budget) => Array<number | null>, measures: string[], tb: TableBuilder, body?: (u: Budget) => void, keep: (u: Budget) => boolean = () => true) => {
    const amounts = f(b);
    tb.row([{ labels: [c(rng.pick(['合计', '合 计']), { align: 'center' })], amounts, measures, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }], { bold: true });
    tb.row([{ labels: [c(deptLabel)], amounts, measures, meta: { unit_code: b.deptCode, classification: 'none', item: null, code: null, name: dept } }]);
    for (const u of units.filter(keep)) {
      tb.row([{ labels: [c(labelOf(u))], amounts: units.length === 1 ? amounts : f(u), measures, meta: { unit_code: u.unitCode, classification: 'none', item: null, code: null, name: nameOf(u) } }]);
      body?.(u);
    }
  };

  // 1 收支预算总表
  const incomeItems = (full: boolean): SideItem[] => {
    const xs: Array<[string, string, number]> = [['一般公共预算拨款收入', 'income.general_budget', t.gb], ['政府性基金预算拨款收入', 'income.gov_fund', t.gf], ['国有资本经营预算拨款收入', 'income.state_capital', 0]];
    if (full) xs.push(['财政专户管理资金收入', 'income.special_account', 0], ['事业收入', 'income.business', 0], ['上级补助收入', 'income.superior_subsidy', 0], ['附属单位上缴收入', 'income.affiliated_remit', 0], ['事业单位经营收入', 'income.operating', 0], ['其他收入', 'income.other', 0]);
    return xs.map(([name, item, cents], i) => ({ label: `${cn(i + 1)}、${name}`, name, item, cents }));
  };
  const midItems: SideItem[] = [
    { label: '一、基本支出', name: '基本支出', item: 'expenditure.basic', cents: t.basic },
    { label: '人员经费', name: '人员经费', item: 'expenditure.personnel', cents: t.personnel },
    { label: '公用经费', name: '公用经费', item: 'expenditure.public_funds', cents: t.public },
    { label: '二、项目支出', name: '项目支出', item: 'expenditure.project', cents: t.project },
    { label: '部门预算', name: '部门预算', item: 'expenditure.project_department', cents: t.project },
    { label: '本年预留', name: '本年预留', item: 'expenditure.project_reserve', cents: null },
  ];
  const aClasses = CLASS_NAMES.filter(([code]) => !['227', '230', '234'].includes(code));
  const summary = (kind: string, title: string, full: boolean) => {
    const fnCols: Array<'all' | 'gb' | 'gf' | 'none'> = full ? ['all', 'gb', 'gf', 'none', 'none', 'none'] : ['all', 'gb', 'gf'];
    const fnMeasures = full ? ['total', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds'] : ['total', 'general_budget', 'gov_fund'];
    const fnHeads = full ? ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'] : ['合计', '一般公共预算', '政府性基金预算'];
    const tb = new TableBuilder({
      kind, title, caption: cap(), landscape: full,
      header: [
        [h('收 入', 2), h('支 出', 2 + 1 + fnHeads.length)],
        [h('项 目', 1, 2), h('预算数', 1, 2), h('支出类别', 1, 2), h('预算数', 1, 2), h('项 目', 1, 2), h('预算数', fnHeads.length)],
        fnHeads.map((x) => h(x)),
      ],
      widths: [16, 9, 9, 9, 18, ...fnHeads.map(() => 8.5)], fontPt: full ? 8 : 8.5,
    }, num);
    const fnAll = (total: number) => fnCols.map((f) => (f === 'all' ? total : f === 'gb' ? t.gb : f === 'gf' ? t.gf || null : null));
    const classItemsA = classItems(b, aClasses, (i, name) => `${cn(i + 1)}、${name}`, fnCols);
    summaryRows(tb, incomeItems(full), midItems, classItemsA, fnMeasures, [
      { left: { label: '本年收入合计', name: '本年收入合计', item: 'income.current_year_total', cents: t.total }, mid: { label: '本年支出合计', name: '本年支出合计', item: 'expenditure.current_year_total', cents: t.total }, right: { label: '本年支出合计', name: '本年支出合计', item: 'expenditure.current_year_total', amounts: fnAll(t.total) } },
      { left: { label: '上年结转结余', name: '上年结转结余', item: 'income.carryover', cents: null }, mid: { label: '年终结转结余', name: '年终结转结余', item: 'expenditure.carry_forward', cents: null }, right: { label: '年终结转结余', name: '年终结转结余', item: 'expenditure.carry_forward', amounts: fnCols.map(() => null) } },
      { left: { label: '收入总计', name: '收入总计', item: 'income.total', cents: t.total }, mid: { label: '支出总计', name: '支出总计', item: 'expenditure.total', cents: t.total }, right: { label: '支出总计', name: '支出总计', item: 'expenditure.total', amounts: fnAll(t.total) }, bold: true },
    ]);
    d.table(tb);
  };
  summary('income_expenditure_summary', '收支预算总表', true);

  // 2 收入预算总表
  {
    const tb = new TableBuilder({
      kind: 'income_summary', title: '收入预算总表', caption: cap(), landscape: true,
      header: [
        [h('部门（单位）', 1, 2), h('合计', 1, 2), h('一般公共预算', 1, 2), h('政府性基金预算', 1, 2), h('国有资本经营预算', 1, 2), h('财政专户管理资金', 1, 2), h('单位资金', 5), h('上年结转结余', 1, 2)],
        ['事业收入', '上级补助收入', '附属单位上缴收入', '事业单位经营收入', '其他收入'].map((x) => h(x)),
      ],
      widths: [24, 9, 9, 8, 8, 8, 7, 7, 7, 7, 7, 8], fontPt: 8,
    }, num);
    unitRows((x) => { const tx = totals(x); return [tx.total, tx.gb, tx.gf || null, null, null, null, null, null, null, null, null]; }, ['total', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'business_income', 'superior_subsidy', 'affiliated_remit', 'operating_income', 'other_income', 'carryover'], tb);
    d.table(tb);
  }
  // 3 支出预算总表
  {
    const grp = (g: string) => [g, `${g}_fiscal_appropriation`, `${g}_general_budget`, `${g}_gov_fund`, `${g}_state_capital`, `${g}_special_account`, `${g}_unit_funds`];
    const tb = new TableBuilder({
      kind: 'expenditure_summary', title: '支出预算总表', caption: cap(), landscape: true,
      header: [
        [h('部门（单位）', 1, 3), h('总计', 1, 3), h('基本支出', 7), h('项目支出', 7)],
        [h('合计', 1, 2), h('财政拨款', 4), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2), h('合计', 1, 2), h('财政拨款', 4), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2)],
        ['小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算'].map((x) => h(x)),
      ],
      widths: [20, 8, 8, 8, 8, 7, 7, 6, 6, 8, 8, 8, 7, 7, 6, 6], fontPt: 7.5, narrow: true,
    }, num);
    unitRows((x) => { const tx = totals(x); return [tx.total, tx.basic, tx.basic, tx.basic, null, null, null, null, tx.project, tx.project, tx.gbProject || null, tx.gfProject || null, null, null, null]; }, ['total', ...grp('basic'), ...grp('project')], tb);
    d.table(tb);
  }
  // 4 / 5 function and economic classification
  const codeLabel = (code: string, name: string) =>
    !hard || hard.codeLayout === 'plain' ? `${code}-${name}` : hard.codeLayout === 'spaced' ? `${codeText(code, 'spaced')} ${name}` : `[${code}]${name}`;
  let unitNow = b.unitCode;
  const codedRow = (tb: TableBuilder, cls: 'function' | 'economic', code: string, name: string, amounts: Array<number | null>, measures: string[], level: number) => {
    tb.row([{ labels: [c(codeLabel(code, name), { indent: narrowNames ? 0 : level - 1 })], amounts, measures, meta: { unit_code: unitNow, classification: cls, item: null, code, name } }]);
  };
  /** the unit's subject rows, tagged with its unit code */
  const inUnit = (f: (u: Budget) => void) => (u: Budget) => { unitNow = u.unitCode; f(u); };
  const srcHeader = (first: string): Cell[][] => [
    [h(first, 1, 2), h('合计', 1, 2), h('财政拨款', 3), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2)],
    ['小计', '一般公共预算', '政府性基金预算'].map((x) => h(x)),
  ];
  const srcMeasures = ['total', 'fiscal_appropriation', 'general_budget', 'gov_fund', 'special_account', 'unit_funds'];
  const nz = (x: number) => (x === 0 ? null : x);
  if (!hard) {
    const tb = new TableBuilder({ kind: 'function_expenditure', title: '支出功能分类预算表', caption: cap(), header: srcHeader('预算单位/支出功能分类科目'), widths: [narrowNames ? 22 : 34, 12, 12, 12, 10, 8, 8], fontPt: 8.5, splitRows }, num);
    unitRows(() => [t.total, t.total, t.gb, nz(t.gf), null, null], srcMeasures, tb, inUnit((u) => {
      for (const r of functionRows(u)) {
        const gb = r.wages + r.household + r.goods + r.capital + r.operating + r.specific, gf = r.gfOperating + r.gfSpecific;
        codedRow(tb, 'function', r.code, r.name, [gb + gf, gb + gf, nz(gb), nz(gf), null, null], srcMeasures, r.level);
      }
    }));
    d.table(tb);
  } else {
    // hard: one wide table — 17 amount columns (basic / project split and every funding source), A3 when the seed says so
    const m = ['total', 'basic', 'personnel', 'public_funds', 'project', 'fiscal_appropriation', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds', 'business_income', 'superior_subsidy', 'affiliated_remit', 'operating_income', 'other_income', 'carryover'];
    const tb = new TableBuilder({
      kind: 'function_expenditure', title: '支出功能分类预算表', caption: cap(), landscape: true, fontPt: 7, splitRows,
      header: [
        [h('预算单位/支出功能分类科目', 1, 2), h('合计', 1, 2), h('基本支出', 3), h('项目支出', 1, 2), h('财政拨款', 4), h('财政专户管理资金', 1, 2), h('单位资金', 6), h('上年结转结余', 1, 2)],
        ['小计', '人员经费', '公用经费', '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '小计', '事业收入', '上级补助收入', '附属单位上缴收入', '事业单位经营收入', '其他收入'].map((x) => h(x)),
      ],
      widths: [20, ...Array.from({ length: 17 }, () => 6)],
    }, num);
    const vals = (r: { wages: number; household: number; goods: number; capital: number; operating: number; specific: number; gfOperating: number; gfSpecific: number }): Array<number | null> => {
      const pers = r.wages + r.household, pub = r.goods + r.capital, gb = pers + pub + r.operating + r.specific, gf = r.gfOperating + r.gfSpecific;
      return [gb + gf, nz(pers + pub), nz(pers), nz(pub), nz(r.operating + r.specific + gf), gb + gf, nz(gb), nz(gf), null, null, null, null, null, null, null, null, null];
    };
    const sumRows = (x: Budget) => vals(functionRows(x).filter((r) => r.level === 1).reduce((a, r) => ({ wages: a.wages + r.wages, household: a.household + r.household, goods: a.goods + r.goods, capital: a.capital + r.capital, operating: a.operating + r.operating, specific: a.specific + r.specific, gfOperating: a.gfOperating + r.gfOperating, gfSpecific: a.gfSpecific + r.gfSpecific }), { wages: 0, household: 0, goods: 0, capital: 0, operating: 0, specific: 0, gfOperating: 0, gfSpecific: 0 }));
    unitRows(sumRows, m, tb, inUnit((u) => { for (const r of functionRows(u)) codedRow(tb, 'function', r.code, r.name, vals(r), m, r.level); }));
    d.table(tb);
  }
  {
    const tb = new TableBuilder({ kind: 'economic_expenditure', title: '支出经济分类预算表', caption: cap(), header: srcHeader('预算单位/部门预算经济分类科目'), widths: [narrowNames ? 22 : 34, 12, 12, 12, 10, 8, 8], fontPt: 8.5, splitRows }, num);
    unitRows((x) => { const tx = totals(x); return [tx.total, tx.total, tx.gb, nz(tx.gf), null, null]; }, srcMeasures, tb, inUnit((u) => {
      for (const r of economicRows(u, true)) {
        const gb = r.personnel + r.public + r.project;
        codedRow(tb, 'economic', r.code, r.name, [gb + r.gf, gb + r.gf, nz(gb), nz(r.gf), null, null], srcMeasures, r.level);
      }
    }));
    d.table(tb);
  }
  // 6 财政拨款预算总表
  summary('fiscal_summary', '财政拨款预算总表', false);
  // 7 一般公共预算支出表
  {
    const gbOnly = (l: { wages: number; household: number; goods: number; capital: number; operating: number; specific: number }) => l.wages + l.household + l.goods + l.capital + l.operating + l.specific > 0;
    const m = ['total', 'basic', 'personnel', 'public_funds', 'project'];
    const tb = new TableBuilder({
      kind: 'general_budget_expenditure', title: '一般公共预算支出表', caption: cap(),
      header: [[h('预算单位/支出功能分类科目', 1, 2), h('合计', 1, 2), h('基本支出', 3), h('项目支出', 1, 2)], ['小计', '人员经费', '公用经费'].map((x) => h(x))],
      widths: [narrowNames ? 22 : 34, 13, 13, 13, 13, 13], fontPt: 8.5, splitRows,
    }, num);
    unitRows((x) => { const tx = totals(x); return [tx.gb, tx.basic, tx.personnel, tx.public, nz(tx.gbProject)]; }, m, tb, inUnit((u) => {
      for (const r of functionRows(u, gbOnly)) {
        const pers = r.wages + r.household, pub = r.goods + r.capital, proj = r.operating + r.specific;
        codedRow(tb, 'function', r.code, r.name, [pers + pub + proj, nz(pers + pub), nz(pers), nz(pub), nz(proj)], m, r.level);
      }
    }));
    d.table(tb);
  }
  // 8 一般公共预算基本支出表
  {
    const m = ['total', 'personnel', 'public_funds'];
    const tb = new TableBuilder({
      kind: 'general_budget_basic', title: '一般公共预算基本支出表', caption: cap(),
      header: [[h('预算单位/部门预算经济分类科目', 1, 2), h('一般公共预算基本支出', 3)], ['合计', '人员经费', '公用经费'].map((x) => h(x))],
      widths: [narrowNames ? 24 : 36, 14, 14, 14], fontPt: 8.5, splitRows,
    }, num);
    unitRows((x) => { const tx = totals(x); return [tx.basic, tx.personnel, tx.public]; }, m, tb, inUnit((u) => {
      for (const r of economicRows(u, false)) codedRow(tb, 'economic', r.code, r.name, [r.personnel + r.public, nz(r.personnel), nz(r.public)], m, r.level);
    }));
    d.table(tb);
  }
  // 9 三公
  {
    const tb = new TableBuilder({
      kind: 'three_public', title: rng.pick(['财政拨款“三公”经费支出预算表', '一般公共预算“三公”经费支出预算表']), caption: cap(),
      header: [[h('部门（单位）', 1, 2), h('合计', 1, 2), h('因公出国（境）费', 1, 2), h('公务用车购置及运行费', 3), h('公务接待费', 1, 2)], ['小计', '公务用车购置费', '公务用车运行维护费'].map((x) => h(x))],
      widths: [30, 11, 11, 11, 11, 11, 11], fontPt: 8.5,
    }, num);
    const items = ['three_public.total', 'three_public.overseas', 'three_public.vehicle', 'three_public.vehicle_purchase', 'three_public.vehicle_operation', 'three_public.reception'];
    const amountsOf = (x: Budget) => { const q = x.threePublic; return [q.overseas + q.vehiclePurchase + q.vehicleOperation + q.reception, q.overseas, q.vehiclePurchase + q.vehicleOperation, q.vehiclePurchase, q.vehicleOperation, q.reception]; };
    const rowsMeta: Array<[Cell, string | null, string, string, Budget]> = [[c('合 计', { align: 'center' }), null, 'total', '合计', b], [c(deptLabel), b.deptCode, '', dept, b], ...units.map((u): [Cell, string, string, string, Budget] => [c(labelOf(u)), u.unitCode, '', nameOf(u), u])];
    for (const [label, unit, , name, x] of rowsMeta) {
      const amounts = amountsOf(x);
      tb.row([{ labels: [label], amounts: [], measures: [], meta: { unit_code: unit, classification: 'none', item: null, code: null, name } },
        ...amounts.map((a, i) => ({ labels: [], amounts: [a], measures: ['total'], meta: { unit_code: unit, classification: 'none' as const, item: items[i]!, code: null, name } }))], { bold: unit === null });
    }
    d.table(tb);
  }
  // 10 / 11 政府性基金, 国有资本经营
  {
    const m = ['total', 'basic', 'project'];
    const tb = new TableBuilder({ kind: 'gov_fund_expenditure', title: '政府性基金预算支出表', caption: cap(), header: [[h('预算单位/支出功能分类科目'), h('合计'), h('基本支出'), h('项目支出')]], widths: [40, 15, 15, 15], fontPt: 8.5 }, num);
    if (t.gf > 0) {
      unitRows((x) => { const tx = totals(x); return [tx.gf, null, tx.gf]; }, m, tb, inUnit((u) => {
        for (const r of functionRows(u, (l) => l.gfOperating + l.gfSpecific > 0)) codedRow(tb, 'function', r.code, r.name, [r.gfOperating + r.gfSpecific, null, r.gfOperating + r.gfSpecific], m, r.level);
      }), (u) => totals(u).gf > 0);
    } else {
      tb.row([{ labels: [c('合 计', { align: 'center' })], amounts: [null, null, null], measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }]);
      tb.block.note = '如本表为空，则我部门（单位）本年度无此类资金收支余';
    }
    d.table(tb);
    const tb2 = new TableBuilder({ kind: 'state_capital_expenditure', title: '国有资本经营预算支出表', caption: cap(), header: [[h('预算单位/支出功能分类科目'), h('合计'), h('基本支出'), h('项目支出')]], widths: [40, 15, 15, 15], fontPt: 8.5, note: '如本表为空，则我部门（单位）本年度无此类资金收支余' }, num);
    tb2.row([{ labels: [c('合 计', { align: 'center' })], amounts: [null, null, null], measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }]);
    d.table(tb2);
  }
  // 12 项目支出表 (projects, not budget lines)
  {
    const gbP = sum(b.projects.filter((p) => p.fund === 'gb').map((p) => p.cents));
    const gfP = sum(b.projects.filter((p) => p.fund === 'gf').map((p) => p.cents));
    const tb = new TableBuilder({
      kind: 'project_expenditure', title: '项目支出表', caption: cap(),
      header: [[h('序号', 1, 2), h('项目单位', 1, 2), h('项目名称', 1, 2), h('项目类别', 1, 2), h('合计', 1, 2), h('财政拨款', 3), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2)], ['一般公共预算', '政府性基金预算', '国有资本经营预算'].map((x) => h(x))],
      widths: [5, 20, 22, 10, 11, 11, 10, 8, 8, 8], fontPt: 8, landscape: true,
    }, num);
    const m = ['total', 'general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds'];
    tb.row([{ labels: [c(''), c(''), c('合 计', { align: 'center' }), c('')], amounts: [t.project, nz(gbP), nz(gfP), null, null, null], measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }]);
    b.projects.forEach((p, i) => tb.row([{ labels: [c(String(i + 1), { align: 'center' }), c(p.unitCode && p.unitCode !== b.unitCode ? `${p.unitCode}-${p.unitName}` : unitLabel), c(p.name), c(p.category === '其他运转类' ? '31-部门项目' : '31-部门项目')], amounts: [p.cents, p.fund === 'gb' ? p.cents : null, p.fund === 'gf' ? p.cents : null, null, null, null], measures: m, meta: { unit_code: p.unitCode ?? b.unitCode, classification: 'none', item: null, code: null, name: p.name } }]));
    d.table(tb, false);
  }
  // 13 项目支出绩效表
  d.plainTable(performanceA(b, num, cap(), rng));

  const document = headline(b, num, { staff: false, personnel: true });
  return finish(`A-${String(seed).padStart(4, '0')}`, 'A', seed, `${dept}${Y}年度部门预算`, d, document, projectsTruth(b, num, true), 10.5);
}

function performanceA(b: Budget, num: NumberFormat, caption: Array<[string, string]>, rng: Rng): TableBlock {
  const body: Cell[][] = [];
  const inds: Array<[string, string, string, string, string, string]> = [
    ['产出指标', '数量指标', '完成工作任务数量', '≥', String(rng.int(4, 800)), '次'],
    ['产出指标', '质量指标', '工作任务完成合格率', '≥', '95', '%'],
    ['效益指标', '社会效益指标', '保障单位正常履职', '=', '100', '%'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥', '90', '%'],
  ];
  body.push([c('合计：'), c(''), c(''), c(new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(b.projects.reduce((s, p) => s + p.cents, 0) / 100), { align: 'right' }), c(''), c(''), c(''), c(''), c(''), c(''), c('')]);
  for (const p of b.projects) {
    inds.forEach((ind, i) => {
      const row: Cell[] = [];
      if (i === 0) {
        row.push(c(p.unitCode && p.unitCode !== b.unitCode ? `${p.unitCode}-${p.unitName}` : `${b.unitCode}-${b.department}（本级）`, { rowSpan: inds.length }), c(`${p.code}-${p.name}`, { rowSpan: inds.length }), c('10', { rowSpan: inds.length, align: 'center' }),
          c(num.thousands ? new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(p.cents / 100) : (p.cents / 100).toFixed(2), { rowSpan: inds.length, align: 'right' }));
      }
      row.push(...ind.map((x) => c(x)), c(i === 0 ? '20' : '10', { align: 'center' }));
      body.push(row);
    });
  }
  return {
    type: 'table', kind: 'project_performance', title: '项目支出绩效表', caption: [[`预算年度：${b.year}`, ''], ['', '金额单位：元']], landscape: true, fontPt: 7.5,
    header: [['单位名称', '项目名称', '预算执行率权重(%)', '批复数', '一级指标', '二级指标', '三级指标', '绩效指标性质', '本年绩效指标值', '绩效度量单位', '本年权重'].map((x) => h(x))],
    body, widths: [16, 22, 6, 10, 8, 10, 18, 5, 6, 5, 5],
  };
  void caption;
}
