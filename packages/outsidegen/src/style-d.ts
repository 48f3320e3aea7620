/**
 * Style D — Nanchang (南昌市西湖区…): long prose first (编制 / 实有人数, figures in 万元 with trailing zeros dropped,
 * per-project 绩效目标表 blocks), then the 附表 in 元 or 万元; codes in their own column, names indented with
 * full-width spaces, full-width digits in some project names, prior-year column in the “三公” table.
 */
import { CLASS_NAMES, economicRows, functionRows, totals, buildBudget, type FnRow } from './budget.ts';
import { classItems, DocBuilder, finish, headline, projectsTruth, summaryRows, type SideItem } from './common.ts';
import { c, cn, fmt, fullWidthDigits, h, TableBuilder, wan, type Disclosure, type NumberFormat } from './model.ts';
import { Rng } from './rng.ts';
import { codeText, splitCodeColumn, type Hard } from './hard.ts';

export function buildD(seed: number, hard?: Hard): Disclosure {
  const rng = new Rng(seed * 7919 + 4);
  const b = buildBudget(rng, { style: 'D', minProjects: 2, maxProjects: 7, projectCode: () => null });
  if (rng.chance(0.5)) for (const p of b.projects) if (/\d/.test(p.name) || rng.chance(0.3)) p.name = fullWidthDigits(p.name.replace(/^(.)/, (x) => (/\d/.test(x) ? x : `${rng.pick(['2025', '12345', '3'])}${x}`)));
  const t = totals(b);
  const yuan = rng.chance(0.5);
  const num0: NumberFormat = yuan ? { unit: '元', thousands: rng.chance(0.5), zero: '' } : { unit: '万元', thousands: false, zero: rng.pick(['', '0.00'] as const) };
  const num: NumberFormat = hard ? { unit: hard.unit, thousands: hard.thousands, zero: hard.zero } : num0;
  const d = new DocBuilder();
  const Y = b.year, dept = b.department;
  const w = (x: number) => wan(x, true);
  const tp = b.threePublic;
  const nz = (x: number) => (x === 0 ? null : x);
  const indentText = rng.chance(0.5);
  const splitRows = rng.chance(0.6);

  d.blocks.push({ type: 'cover', lines: [`${dept}`, `${Y}年部门预算`] });
  d.h1(`第一部分  ${dept}概况`);
  d.h2('一、部门主要职责');
  b.duties.forEach((x, i) => d.p(`${i + 1}.${x}`));
  d.h2('二、机构设置及人员情况');
  d.p(`${Y}年${dept}共有预算单位1个，编制人数小计${b.staffAuthorized}人，其中：行政编制人数${b.staffAuthorized}人，参照公务员管理的事业编制人数0人，全部补助事业编制人数0人，自收自支编制人数0人。实有人数小计${b.staffActual}人，其中：在职人数小计${b.staffActual}人，行政在职人数${b.staffActual}人。离休人数小计0人，退休人数小计${b.staffRetired}人，退职人员0人，遗属人数0人。`);
  d.h1(`第二部分  ${dept}${Y}年部门预算表`);
  d.p('（详见附表）');
  d.p('（注：①由于本说明中数据四舍五入原因，部分汇总数据与分项加总之和可能存在尾差；②若其中某张表为空表或表中数据为0，则说明没有相关收支预算安排。）');
  d.h1(`第三部分  ${dept}${Y}年部门预算情况说明`);
  d.h2(`一、${Y}年部门预算收支情况说明`);
  d.p(`（一）收入预算情况：${Y}年${dept}收入预算总额为${w(t.total)}万元，其中：财政拨款收入${w(t.total)}万元；教育收费资金收入0万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元；上年结转（结余）0万元。`);
  d.p(`（二）支出预算情况：${Y}年${dept}支出预算总额为${w(t.total)}万元。按支出项目类别划分：基本支出${w(t.basic)}万元，其中：工资福利支出${w(t.wages)}万元、商品和服务支出${w(t.goods)}万元、对个人和家庭的补助${w(t.household)}万元、资本性支出${w(t.capital)}万元；项目支出${w(t.project)}万元。`);
  const cls = functionRows(b).filter((r) => r.level === 1);
  d.p(`按支出功能科目划分：${cls.map((r) => `${r.name}${w(r.wages + r.household + r.goods + r.capital + r.operating + r.specific + r.gfOperating + r.gfSpecific)}万元`).join('；')}。`);
  d.p(`（三）财政拨款支出情况：${Y}年${dept}财政拨款支出预算${w(t.total)}万元。`);
  d.p(`（四）政府性基金情况：${t.gf ? `本部门使用政府性基金预算拨款安排的支出${w(t.gf)}万元。` : '本部门没有使用政府性基金预算拨款安排的支出。'}`);
  d.p(`机关运行经费等重要事项的说明：${Y}年部门机关运行经费为${w(t.public)}万元。政府采购预算总额${w(b.procurement)}万元。截至${Y - 1}年12月31日，部门共有车辆${b.vehicles}辆。`);
  d.p(`（九）项目情况说明：${Y}年实行绩效目标管理的项目${b.projects.length}个，涉及资金${w(t.project)}万元。`, false);
  b.projects.forEach((p, i) => {
    d.p(`${i + 1}、${p.name}`, false);
    d.plainTable({
      type: 'table', kind: 'project_performance', title: '项目支出绩效目标表', inline: true, caption: [], fontPt: 9,
      header: [[h('项目名称：'), c(p.name), h('申请金额：'), c(`${w(p.cents)}万元`)]],
      body: [
        [c('项目类型：'), c('当年项目'), c('开始日期：'), c(`${Y}-01-01`)],
        [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值')],
        [c('成本指标'), c('经济成本指标'), c('工作开展成本'), c(`≤${w(p.cents)}万元`)],
        [c('产出指标'), c('数量指标'), c(rng.pick(['完成工作次数', '报送信息数量', '值班天数'])), c(`≥${rng.int(2, 365)}${rng.pick(['次', '篇', '天'])}`)],
        [c('满意度指标'), c('服务对象满意度'), c('群众满意度'), c('≥90%')],
      ],
      widths: [20, 30, 20, 30],
    });
  });
  d.h2(`二、${Y}年“三公”经费预算情况说明`);
  d.p(`${Y}年本部门“三公”经费财政拨款安排${w(t.threePublic)}万元，其中：`);
  d.p(`1.因公出国（境）经费${w(tp.overseas)}万元。`);
  d.p(`2.公务接待费${w(tp.reception)}万元。`);
  d.p(`3.公务用车运行维护费${w(tp.vehicleOperation)}万元。`);
  d.p(`4.公务用车购置费${w(tp.vehiclePurchase)}万元。`);
  d.h1('第四部分  名词解释');
  d.p('（一）财政拨款：指本级财政当年拨付的资金。');
  d.p('（二）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
  d.p('（三）项目支出：指在基本支出之外为完成特定行政任务或事业发展目标所发生的支出。');

  const unitLine = `单位：${num.unit}`;
  let n = 0;
  const cap = (): Array<[string, string]> => [[`附表${++n}`, ''], [`单位名称：${dept}`, unitLine]];
  const nameCell = (name: string, level: number) => c(indentText ? '　'.repeat(level - 1) + name : name, indentText ? {} : { indent: level - 1 });
  const coded = (tb: TableBuilder, cls: 'function' | 'economic', code: string, name: string, level: number, amounts: Array<number | null>, m: string[]) =>
    tb.row([{ labels: [c(hard?.codeLayout === 'spaced' ? codeText(code, 'spaced') : code), nameCell(name, level)], amounts, measures: m, meta: { unit_code: null, classification: cls, item: null, code, name } }]);
  const total = (tb: TableBuilder, amounts: Array<number | null>, m: string[]) =>
    tb.row([{ labels: [c(''), c('合计', { align: 'center' })], amounts, measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }], { bold: true });
  /** a coded table; hard mode may print its codes in three 类 | 款 | 项 columns */
  const codedTable = (tb: TableBuilder) => {
    if (hard?.codeLayout === 'split') splitCodeColumn(tb.block, hard.splitFill, tb.codes);
    d.table(tb);
  };
  const all = (r: FnRow) => r.wages + r.household + r.goods + r.capital + r.operating + r.specific + r.gfOperating + r.gfSpecific;

  // 1 收支预算总表
  {
    const tb = new TableBuilder({ kind: 'income_expenditure_summary', title: '收支预算总表', caption: cap(), header: [[h('收入', 2), h('支出', 2)], [h('项目'), h('预算数'), h('项目'), h('预算数')]], widths: [28, 14, 30, 14], fontPt: 9 }, num);
    const left: SideItem[] = [['财政拨款', 'income.fiscal_appropriation', t.total], ['教育收费资金收入', 'income.special_account', 0], ['事业收入', 'income.business', 0], ['事业单位经营收入', 'income.operating', 0], ['附属单位上缴收入', 'income.affiliated_remit', 0], ['上级补助收入', 'income.superior_subsidy', 0], ['其他收入', 'income.other', 0], ['使用非财政拨款结余', 'income.non_fiscal_balance', 0]].map(([name, item, cents], i) => ({ label: `（${cn(i + 1)}）${name}`, name: String(name), item: String(item), cents: Number(cents) }));
    const present = CLASS_NAMES.filter(([code]) => b.leaves.some((l) => l.code.startsWith(code)));
    const right = classItems(b, present, (i, name) => `（${cn(i + 1)}）${name}`, ['all']);
    summaryRows(tb, left, null, right, ['total'], [
      { left: { label: '本年收入合计', name: '本年收入合计', item: 'income.current_year_total', cents: t.total }, right: { label: '本年支出合计', name: '本年支出合计', item: 'expenditure.current_year_total', amounts: [t.total] } },
      { left: { label: '上年结转', name: '上年结转', item: 'income.carryover', cents: null }, right: { label: '结转下年', name: '结转下年', item: 'expenditure.carry_forward', amounts: [null] } },
      { left: { label: '收入总计', name: '收入总计', item: 'income.total', cents: t.total }, right: { label: '支出总计', name: '支出总计', item: 'expenditure.total', amounts: [t.total] }, bold: true },
    ]);
    d.table(tb);
  }
  const fnAll = functionRows(b);
  // 2 部门收入总表
  {
    const m = ['total', 'fiscal_appropriation', 'special_account', 'business_income', 'operating_income', 'other_income', 'carryover'];
    const tb = new TableBuilder({ kind: 'income_summary', title: '部门收入总表', caption: cap(), splitRows, header: [[h('科目编码'), h('科目名称'), h('合计'), h('财政拨款'), h('教育收费资金收入'), h('事业收入'), h('事业单位经营收入'), h('其他收入'), h('上年结转')]], widths: [9, 26, 11, 11, 8, 7, 8, 7, 7], fontPt: 8.5 }, num);
    total(tb, [t.total, t.total, null, null, null, null, null], m);
    for (const r of fnAll) coded(tb, 'function', r.code, r.name, r.level, [all(r), all(r), null, null, null, null, null], m);
    codedTable(tb);
  }
  // 3 部门支出总表
  {
    const m = ['total', 'basic', 'project', 'operating_expenditure', 'remit_superior', 'subsidy_affiliated'];
    const tb = new TableBuilder({ kind: 'expenditure_summary', title: '部门支出总表', caption: cap(), splitRows, header: [[h('科目编码'), h('科目名称'), h('合计'), h('基本支出'), h('项目支出'), h('事业单位经营支出'), h('上缴上级支出'), h('对附属单位补助支出')]], widths: [9, 28, 12, 12, 12, 8, 8, 8], fontPt: 8.5 }, num);
    total(tb, [t.total, t.basic, t.project, null, null, null], m);
    for (const r of fnAll) { const bs = r.wages + r.household + r.goods + r.capital; coded(tb, 'function', r.code, r.name, r.level, [all(r), nz(bs), nz(all(r) - bs), null, null, null], m); }
    codedTable(tb);
  }
  // 4 财政拨款收支总表
  {
    const m = ['total', 'general_budget', 'gov_fund'];
    const tb = new TableBuilder({ kind: 'fiscal_summary', title: '财政拨款收支总表', caption: cap(), header: [[h('收入', 2), h('支出', 4)], [h('项目'), h('预算数'), h('项目'), h('合计'), h('一般公共预算'), h('政府性基金预算')]], widths: [24, 12, 28, 12, 12, 12], fontPt: 8.5 }, num);
    const left: SideItem[] = [{ label: '一、本年收入', name: '本年收入', item: 'income.current_year_total', cents: t.total }, { label: '（一）一般公共预算', name: '一般公共预算', item: 'income.general_budget', cents: t.gb }, { label: '（二）政府性基金预算', name: '政府性基金预算', item: 'income.gov_fund', cents: t.gf }, { label: '二、上年结转', name: '上年结转', item: 'income.carryover', cents: null }];
    const present = CLASS_NAMES.filter(([code]) => b.leaves.some((l) => l.code.startsWith(code)));
    const right = [{ label: '一、本年支出', name: '本年支出', item: 'expenditure.current_year_total', amounts: [t.total, t.gb, nz(t.gf)] }, ...classItems(b, present, (i, name) => `（${cn(i + 1)}）${name}`, ['all', 'gb', 'gf']), { label: '二、结转下年', name: '结转下年', item: 'expenditure.carry_forward', amounts: [null, null, null] }];
    summaryRows(tb, left, null, right, m, [{ left: { label: '收入总计', name: '收入总计', item: 'income.total', cents: t.total }, right: { label: '支出总计', name: '支出总计', item: 'expenditure.total', amounts: [t.total, t.gb, nz(t.gf)] }, bold: true }]);
    d.table(tb);
  }
  // 5 一般公共预算支出表 — basic split by economic class, landscape
  {
    const m = ['total', 'basic', 'personnel_wages', 'public_funds_goods', 'personnel_household', 'public_funds_capital', 'project'];
    const tb = new TableBuilder({ kind: 'general_budget_expenditure', title: '一般公共预算支出表', caption: cap(), landscape: true, splitRows,
      header: [[h('科目编码', 1, 2), h('科目名称', 1, 2), h('合计', 1, 2), h('基本支出', 5), h('项目支出', 1, 2)], [h('小计'), h('工资福利支出'), h('商品和服务支出'), h('对个人和家庭的补助'), h('资本性支出')]],
      widths: [9, 30, 11, 11, 11, 11, 11, 10, 11], fontPt: 9 }, num);
    total(tb, [t.gb, t.basic, nz(t.wages), nz(t.goods), nz(t.household), nz(t.capital), nz(t.gbProject)], m);
    for (const r of functionRows(b, (l) => l.wages + l.household + l.goods + l.capital + l.operating + l.specific > 0)) {
      const bs = r.wages + r.household + r.goods + r.capital;
      coded(tb, 'function', r.code, r.name, r.level, [bs + r.operating + r.specific, nz(bs), nz(r.wages), nz(r.goods), nz(r.household), nz(r.capital), nz(r.operating + r.specific)], m);
    }
    codedTable(tb);
  }
  // 6 一般公共预算基本支出表
  {
    const m = ['total', 'personnel', 'public_funds'];
    const tb = new TableBuilder({ kind: 'general_budget_basic', title: '一般公共预算基本支出表', caption: cap(), splitRows, header: [[h('科目编码'), h('科目名称'), h('合计'), h('人员经费'), h('公用经费')]], widths: [10, 30, 14, 14, 14], fontPt: 9 }, num);
    total(tb, [t.basic, t.personnel, t.public], m);
    for (const r of economicRows(b, false)) coded(tb, 'economic', r.code, r.name, r.level, [r.personnel + r.public, nz(r.personnel), nz(r.public)], m);
    codedTable(tb);
  }
  // 7 三公 with the prior year
  {
    const pr = b.priorThreePublic;
    // hard: a third column with the change on the previous year (negative where spending falls)
    const m = ['prior_year', 'total', ...(hard ? ['change'] : [])];
    const tb = new TableBuilder({ kind: 'three_public', title: '一般公共预算“三公”经费支出表', caption: cap(), header: [[h('项目', 1, 2), h('金额', hard ? 3 : 2)], [h(`${Y - 1}年`), h(`${Y}年`), ...(hard ? [h('增减')] : [])]], widths: [40, 20, 20, ...(hard ? [20] : [])], fontPt: 9.5 }, hard ? num : { ...num, zero: num.unit === '万元' ? '0' : '0.00' });
    const rows: Array<[string, string, string, number, number]> = [
      ['合计', '合计', 'three_public.total', pr.overseas + pr.reception + pr.vehiclePurchase + pr.vehicleOperation, t.threePublic],
      ['1.因公出国（境）费', '因公出国（境）费', 'three_public.overseas', pr.overseas, tp.overseas],
      ['2.公务接待费', '公务接待费', 'three_public.reception', pr.reception, tp.reception],
      ['3.公务用车购置及运行费', '公务用车购置及运行费', 'three_public.vehicle', pr.vehiclePurchase + pr.vehicleOperation, tp.vehiclePurchase + tp.vehicleOperation],
      ['其中：公务用车购置费', '其中：公务用车购置费', 'three_public.vehicle_purchase', pr.vehiclePurchase, tp.vehiclePurchase],
      ['公务用车运行费', '公务用车运行费', 'three_public.vehicle_operation', pr.vehicleOperation, tp.vehicleOperation],
    ];
    for (const [label, name, item, a, bb] of rows) tb.row([{ labels: [c(label)], amounts: [a, bb, ...(hard ? [bb - a] : [])], measures: m, meta: { unit_code: null, classification: 'none', item, code: null, name } }]);
    d.table(tb);
  }
  // 8 政府性基金预算支出表
  {
    const m = ['total', 'basic', 'project'];
    const tb = new TableBuilder({ kind: 'gov_fund_expenditure', title: '政府性基金预算支出表', caption: cap(), header: [[h('科目编码'), h('科目名称'), h('合计'), h('基本支出'), h('项目支出')]], widths: [10, 30, 14, 14, 14], fontPt: 9 }, num);
    const rows = functionRows(b, (l) => l.gfOperating + l.gfSpecific > 0);
    if (rows.length) {
      total(tb, [t.gf, null, t.gf], m);
      for (const r of rows) coded(tb, 'function', r.code, r.name, r.level, [r.gfOperating + r.gfSpecific, null, r.gfOperating + r.gfSpecific], m);
    } else {
      total(tb, [null, null, null], m);
      tb.block.note = '本部门没有政府性基金预算，本表为空表。';
    }
    codedTable(tb);
  }
  // 9 项目支出表 (→ projects)
  {
    const m = ['total', 'fiscal_appropriation', 'business_income', 'other_income'];
    const tb = new TableBuilder({ kind: 'project_expenditure', title: '项目支出表', caption: cap(), header: [[h('项目名称'), h('项目类型'), h('合计'), h('财政拨款'), h('事业收入'), h('其他收入')]], widths: [34, 12, 12, 12, 9, 9], fontPt: 9 }, num);
    tb.row([{ labels: [c('合计', { align: 'center' }), c('')], amounts: [t.project, t.project, null, null], measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }]);
    for (const p of b.projects) tb.row([{ labels: [c(p.name), c(p.category)], amounts: [p.cents, p.cents, null, null], measures: m, meta: { unit_code: null, classification: 'none', item: null, code: null, name: p.name } }]);
    d.table(tb, false);
  }
  void fmt;
  return finish(`D-${String(seed).padStart(4, '0')}`, 'D', seed, `${dept}${Y}年部门预算`, d, headline(b, num, { staff: true, personnel: true }), projectsTruth(b, num, false), 11);
}
