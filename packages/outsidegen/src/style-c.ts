/**
 * Style C — Shijiazhuang (石家庄市桥西区…): tables first, prose after; every table has a 序号 column and a 栏次 row,
 * the department / 预算年度 / 单位 line repeated on every page, and columns so narrow that codes and figures wrap
 * inside their cells ("2010" / "301", "1103." / "89").
 */
import { CLASS_NAMES, economicRows, functionRows, totals, buildBudget, type FnRow } from './budget.ts';
import { classItems, DocBuilder, finish, headline, projectsTruth, summaryRows, type SideItem } from './common.ts';
import { c, cn, fmt, h, TableBuilder, wan, type Cell, type Disclosure, type NumberFormat } from './model.ts';
import { Rng } from './rng.ts';
import { codeText, type Hard } from './hard.ts';

export function buildC(seed: number, hard?: Hard): Disclosure {
  const rng = new Rng(seed * 7919 + 3);
  const b = buildBudget(rng, {
    style: 'C', minProjects: 3, maxProjects: 10,
    projectCode: (r, year) => `1301${r.int(10, 99)}${String(year - 2000)}P${String(r.int(1, 99999999999)).padStart(11, '0')}${r.pick(['U', 'M', 'B', 'H', 'P', '1', '7', 'L'])}`,
  });
  const t = totals(b);
  const num: NumberFormat = hard ? { unit: hard.unit, thousands: hard.thousands, zero: hard.zero } : { unit: '万元', thousands: false, zero: '' };
  const d = new DocBuilder();
  const Y = b.year, dept = b.department;
  const tp = b.threePublic;
  const nz = (x: number) => (x === 0 ? null : x);
  const pageHeader = [`${b.deptCode}${dept}`, `预算年度：${Y}`, `单位：${num.unit}`];
  const veryNarrow = rng.chance(0.6);
  const seq = (i: number): Cell[] => [c(String(i + 1), { align: 'center' })];
  const lanci = (n: number, lead = 1): Cell[] => [h('栏次', lead), ...Array.from({ length: n }, (_, i) => h(String(i + 1)))];

  // 1 部门预算收支总表
  {
    const tb = new TableBuilder({
      kind: 'income_expenditure_summary', title: '部门预算收支总表', caption: [], pageHeader, splitRows: true, narrow: veryNarrow,
      header: [[h('序号', 1, 2), h('收入', 2), h('支出', 2)], [h('项 目'), h('预算数'), h('项 目'), h('预算数')], lanci(4)],
      widths: veryNarrow ? [5, 14, 9, 14, 9] : [5, 24, 12, 26, 12], fontPt: 10,
    }, num);
    const inc: Array<[string, string, number]> = [['一般公共预算拨款收入', 'income.general_budget', t.gb], ['政府性基金预算拨款收入', 'income.gov_fund', t.gf], ['国有资本经营预算拨款收入', 'income.state_capital', 0], ['财政专户管理资金收入', 'income.special_account', 0], ['单位资金', 'income.unit_funds', 0]];
    const left: SideItem[] = inc.map(([name, item, cents], i) => ({ label: `${cn(i + 1)}、${name}`, name, item, cents }));
    const right = [...classItems(b, CLASS_NAMES, (i, name) => `${cn(i + 1)}、${name}`, ['all']), { label: '三十一、人行科目', name: '人行科目', item: null, amounts: [null] }];
    summaryRows(tb, left, null, right, ['total'], [
      { left: { label: '本年收入合计', name: '本年收入合计', item: 'income.current_year_total', cents: t.total }, right: { label: '本年支出合计', name: '本年支出合计', item: 'expenditure.current_year_total', amounts: [t.total] } },
      { left: { label: '上年结转结余', name: '上年结转结余', item: 'income.carryover', cents: null }, right: { label: '年终结转结余', name: '年终结转结余', item: 'expenditure.carry_forward', amounts: [null] } },
      { left: { label: '收入总计', name: '收入总计', item: 'income.total', cents: t.total }, right: { label: '支出总计', name: '支出总计', item: 'expenditure.total', amounts: [t.total] } },
    ], seq);
    d.table(tb);
  }
  const fnAll = functionRows(b);
  const coded = (tb: TableBuilder, i: number, cls: 'function' | 'economic', code: string, name: string, amounts: Array<number | null>, m: string[]) =>
    tb.row([{ labels: [...seq(i), c(hard && hard.codeLayout !== 'plain' ? codeText(code, 'spaced') : code), c(name)], amounts, measures: m, meta: { unit_code: null, classification: cls, item: null, code, name } }]);
  const totalRow = (tb: TableBuilder, amounts: Array<number | null>, m: string[]) =>
    tb.row([{ labels: [...seq(0), c(''), c('合计', { align: 'center' })], amounts, measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }]);
  // 2 部门预算收入总表 — function-coded, very narrow
  {
    const m = ['total', 'current_year_income', 'fiscal_appropriation', 'special_account', 'business_income', 'operating_income', 'superior_subsidy', 'affiliated_remit', 'other_income', 'carryover'];
    const tb = new TableBuilder({
      kind: 'income_summary', title: '部门预算收入总表', caption: [], pageHeader, narrow: true, splitRows: true,
      header: [
        [h('序号', 1, 2), h('功能分类科目', 2), h('合计', 1, 2), h('本年收入', 8), h('上年结转', 1, 2)],
        [h('科目编码'), h('科目名称'), h('小计'), h('财政拨款收入'), h('财政专户收入'), h('事业收入'), h('经营收入'), h('上级补助收入'), h('附属单位上缴收入'), h('其他收入')],
        lanci(12),
      ],
      widths: [5, 8, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8], fontPt: 10.5, widthPct: 88,
    }, num);
    totalRow(tb, [t.total, t.total, t.total, null, null, null, null, null, null, null], m);
    fnAll.forEach((r, i) => {
      const v = r.wages + r.household + r.goods + r.capital + r.operating + r.specific + r.gfOperating + r.gfSpecific;
      coded(tb, i + 1, 'function', r.code, r.name, [v, v, v, null, null, null, null, null, null, null], m);
    });
    d.table(tb);
  }
  // 3 部门预算支出总表
  const spend = (kind: string, title: string, rows: FnRow[], gbOnly: boolean, cols: 'six' | 'three', note?: string) => {
    const m = cols === 'six' ? ['total', 'basic', 'project', 'operating_expenditure', 'remit_superior', 'subsidy_affiliated'] : ['total', 'basic', 'project'];
    const heads = cols === 'six' ? ['合计', '基本支出', '项目支出', '经营支出', '上解上级支出', '对附属单位补助支出'] : ['合计', '基本支出', '项目支出'];
    const tb = new TableBuilder({
      kind, title, caption: [], pageHeader, splitRows: true, narrow: veryNarrow,
      header: [[h('序号', 1, 2), h('功能分类科目', 2), ...heads.map((x) => h(x, 1, 2))], [h('科目编码'), h('科目名称')], lanci(2 + heads.length)],
      widths: cols === 'six' ? [5, 9, 12, 10, 10, 10, 8, 8, 8] : veryNarrow ? [5, 9, 11, 10, 10, 10] : [6, 12, 24, 14, 14, 14], fontPt: 10, note,
    }, num);
    const v = (r: { wages: number; household: number; goods: number; capital: number; operating: number; specific: number; gfOperating: number; gfSpecific: number }) => {
      const basic = r.wages + r.household + r.goods + r.capital;
      const proj = r.operating + r.specific + (gbOnly ? 0 : r.gfOperating + r.gfSpecific);
      const out: Array<number | null> = [basic + proj, nz(basic), nz(proj)];
      return cols === 'six' ? [...out, null, null, null] : out;
    };
    if (rows.length) {
      const tot = rows.filter((r) => r.level === 1).reduce((a, r) => ({ wages: a.wages + r.wages, household: a.household + r.household, goods: a.goods + r.goods, capital: a.capital + r.capital, operating: a.operating + r.operating, specific: a.specific + r.specific, gfOperating: a.gfOperating + r.gfOperating, gfSpecific: a.gfSpecific + r.gfSpecific }), { wages: 0, household: 0, goods: 0, capital: 0, operating: 0, specific: 0, gfOperating: 0, gfSpecific: 0 });
      totalRow(tb, v(tot), m);
      rows.forEach((r, i) => coded(tb, i + 1, 'function', r.code, r.name, v(r), m));
    }
    d.table(tb);
  };
  spend('expenditure_summary', '部门预算支出总表', fnAll, false, 'six');
  // 4 部门预算财政拨款收支总表
  {
    const m = ['total', 'general_budget', 'gov_fund', 'state_capital'];
    const tb = new TableBuilder({
      kind: 'fiscal_summary', title: '部门预算财政拨款收支总表', caption: [], pageHeader, narrow: true, splitRows: true,
      header: [[h('序号', 1, 2), h('收入', 2), h('支出', 5)], [h('项 目'), h('金额'), h('项 目'), h('合计'), h('一般公共预算财政拨款'), h('政府性基金预算财政 拨款'), h('国有资本经营预算财政拨款')], lanci(7)],
      widths: [5, 10, 9, 10, 9, 9, 9, 9], fontPt: 10,
    }, num);
    const left: SideItem[] = [['一般公共预算拨款', 'income.general_budget', t.gb], ['政府性基金预算拨款', 'income.gov_fund', t.gf], ['国有资本经营预算拨款', 'income.state_capital', 0]].map(([name, item, cents], i) => ({ label: `${cn(i + 1)}、${name}`, name: String(name), item: String(item), cents: Number(cents) }));
    const right = [...classItems(b, CLASS_NAMES, (i, name) => `${cn(i + 1)}、${name}`, ['all', 'gb', 'gf', 'none']), { label: '三十一、人行科目', name: '人行科目', item: null, amounts: [null, null, null, null] }];
    const blank: SideItem = { label: '', name: '', item: null, cents: null };
    summaryRows(tb, left, null, right, m, [
      { left: { label: '本年收入合计', name: '本年收入合计', item: 'income.current_year_total', cents: t.total }, right: { label: '本年支出合计', name: '本年支出合计', item: 'expenditure.current_year_total', amounts: [t.total, t.gb, nz(t.gf), null] } },
      { left: { label: '年初财政拨款结转和结余', name: '年初财政拨款结转和结余', item: 'income.carryover', cents: null }, right: { label: '年末财政拨款结转和结余', name: '年末财政拨款结转和结余', item: 'expenditure.carry_forward', amounts: [null, null, null, null] } },
      { left: { label: '一、一般公共预算拨款', name: '一般公共预算拨款', item: 'income.carryover_general_budget', cents: null }, right: { label: '', name: '', item: null, amounts: [null, null, null, null] } },
      { left: { label: '二、政府性基金预算拨款', name: '政府性基金预算拨款', item: 'income.carryover_gov_fund', cents: null }, right: { label: '', name: '', item: null, amounts: [null, null, null, null] } },
      { left: { label: '三、国有资本经营预算拨款', name: '国有资本经营预算拨款', item: 'income.carryover_state_capital', cents: null }, right: { label: '', name: '', item: null, amounts: [null, null, null, null] } },
      { left: { label: '收入总计', name: '收入总计', item: 'income.total', cents: t.total }, right: { label: '支出总计', name: '支出总计', item: 'expenditure.total', amounts: [t.total, t.gb, nz(t.gf), null] } },
    ], seq);
    void blank;
    d.table(tb);
  }
  // 5 一般公共预算财政拨款支出表
  spend('general_budget_expenditure', '部门预算一般公共预算财政拨款支出表', functionRows(b, (l) => l.wages + l.household + l.goods + l.capital + l.operating + l.specific > 0), true, 'three');
  // 6 基本支出表
  {
    const m = ['total', 'personnel', 'public_funds'];
    const tb = new TableBuilder({
      kind: 'general_budget_basic', title: '部门预算一般公共预算财政拨款基本支出表', caption: [], pageHeader, splitRows: true, narrow: veryNarrow,
      header: [[h('序号', 1, 2), h('支出部门经济分类科目', 2), h('一般公共预算基本支出', 3)], [h('科目编码'), h('科目名称'), h('合计'), h('人员经费'), h('公用经费')], lanci(5)],
      widths: veryNarrow ? [5, 9, 11, 10, 10, 10] : [6, 12, 24, 14, 14, 14], fontPt: 10,
    }, num);
    totalRow(tb, [t.basic, t.personnel, t.public], m);
    economicRows(b, false).forEach((r, i) => coded(tb, i + 1, 'economic', r.code, r.name, [r.personnel + r.public, nz(r.personnel), nz(r.public)], m));
    d.table(tb);
  }
  // 7 / 8 政府基金, 国有资本经营
  const gfRows = functionRows(b, (l) => l.gfOperating + l.gfSpecific > 0);
  {
    const m = ['total', 'basic', 'project'];
    const tb = new TableBuilder({ kind: 'gov_fund_expenditure', title: '部门预算政府基金预算财政拨款支出表', caption: [], pageHeader, narrow: veryNarrow, header: [[h('序号', 1, 2), h('功能分类科目', 2), h('合计', 1, 2), h('基本支出', 1, 2), h('项目支出', 1, 2)], [h('科目编码'), h('科目名称')], lanci(5)], widths: [6, 12, 24, 14, 14, 14], fontPt: 10 }, num);
    if (gfRows.length) {
      totalRow(tb, [t.gf, null, t.gf], m);
      gfRows.forEach((r, i) => coded(tb, i + 1, 'function', r.code, r.name, [r.gfOperating + r.gfSpecific, null, r.gfOperating + r.gfSpecific], m));
    } else tb.block.note = '注：无政府基金预算财政拨款预算，空表列示。';
    d.table(tb);
    const tb2 = new TableBuilder({ kind: 'state_capital_expenditure', title: '部门预算国有资本经营预算财政拨款支出表', caption: [], pageHeader, header: [[h('序号', 1, 2), h('功能分类科目', 2), h('合计', 1, 2), h('基本支出', 1, 2), h('项目支出', 1, 2)], [h('科目编码'), h('科目名称')], lanci(5)], widths: [6, 12, 24, 14, 14, 14], fontPt: 10, note: '注：无国有资本经营预算财政拨款预算，空表列示。' }, num);
    d.table(tb2);
  }
  // 9 三公
  {
    // hard: the previous year's budget and the change (negative where spending falls) as two more columns
    const m = ['total', 'general_budget', 'gov_fund', 'state_capital', ...(hard ? ['prior_year', 'change'] : [])];
    const tb = new TableBuilder({
      kind: 'three_public', title: '部门预算财政拨款“三公”经费支出表', caption: [], pageHeader, splitRows: true, narrow: veryNarrow,
      header: hard
        ? [[h('序号', 1, 2), h('项 目', 1, 2), h('资金 性质', 4), h(`${Y - 1}年预算数`, 1, 2), h('比上年增减', 1, 2)], [h('合计'), h('一般公共预算财政拨款'), h('政府性基金预算拨款'), h('国有资本经营预算财政拨款')], lanci(7)]
        : [[h('序号', 1, 2), h('项 目', 1, 2), h('资金 性质', 4)], [h('合计'), h('一般公共预算财政拨款'), h('政府性基金预算拨款'), h('国有资本经营预算财政拨款')], lanci(5)],
      widths: [...(veryNarrow ? [5, 12, 9, 9, 9, 9] : [6, 26, 14, 14, 14, 14]), ...(hard ? [10, 10] : [])], fontPt: 10,
    }, num);
    const pr = b.priorThreePublic;
    const prTotal = pr.overseas + pr.vehiclePurchase + pr.vehicleOperation + pr.reception;
    const prior: Record<string, number> = { total: prTotal, 'three_public.total': prTotal, 'three_public.overseas': pr.overseas, 'three_public.overseas_other': pr.overseas, 'three_public.vehicle': pr.vehiclePurchase + pr.vehicleOperation, 'three_public.vehicle_purchase': pr.vehiclePurchase, 'three_public.vehicle_operation': pr.vehicleOperation, 'three_public.reception': pr.reception };
    const extra = (item: string | null, cents: number | null): Array<number | null> => {
      if (!hard) return [];
      const p = item !== null ? prior[item] : undefined;
      return p === undefined ? [null, null] : [p, (cents ?? 0) - p];
    };
    const rows: Array<[string, string, string | null, number | null]> = [
      ['合计', '合计', 'total', t.threePublic], ['“三公”经费小计', '“三公”经费小计', 'three_public.total', t.threePublic],
      ['一、因公出国（境）费', '因公出国（境）费', 'three_public.overseas', tp.overseas], ['　　其中：教学科研人员因公出国（境）费', '其中：教学科研人员因公出国（境）费', 'three_public.overseas_research', null],
      ['　　其他因公出国（境）费', '其他因公出国（境）费', 'three_public.overseas_other', tp.overseas], ['二、公务用车购置及运维费', '公务用车购置及运维费', 'three_public.vehicle', tp.vehiclePurchase + tp.vehicleOperation],
      ['　　其中：公务用车购置费', '其中：公务用车购置费', 'three_public.vehicle_purchase', tp.vehiclePurchase], ['　　公务用车运行维护费', '公务用车运行维护费', 'three_public.vehicle_operation', tp.vehicleOperation],
      ['三、公务接待费', '公务接待费', 'three_public.reception', tp.reception], ['四、会议费', '会议费', 'meeting', null], ['　　其中：省属高校业务性会议费', '其中：省属高校业务性会议费', 'meeting.university', null], ['　　其他会议费', '其他会议费', 'meeting.other', null], ['五、培训费', '培训费', 'training', null],
    ];
    rows.forEach(([label, name, item, cents], i) => tb.row([{ labels: [...seq(i), c(label)], amounts: [cents, cents, null, null, ...extra(item, cents)], measures: m, meta: { unit_code: null, classification: 'none', item, code: null, name } }]));
    d.table(tb);
  }

  // prose after the tables
  const w = (x: number) => wan(x);
  d.br();
  d.h1(`第一部分 ${dept} ${Y}年部门预算信息公开情况说明`);
  d.p(`按照《中华人民共和国预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，现将${dept} ${Y}年部门预算公开如下：`);
  d.h2('一、部门职责及机构设置情况');
  d.p('部门职责：');
  b.duties.forEach((x, i) => d.p(`（${cn(i + 1)}）${x}`));
  d.p('机构设置：');
  d.blocks.push({ type: 'table', kind: 'other', title: '部门机构设置情况', caption: [], header: [[h('单位名称'), h('单位性质'), h('单位规格'), h('经费保障形式')]], body: [[c(`${dept}本级`), c('行政'), c('正科级'), c('财政拨款')]], widths: [40, 15, 15, 20], inline: true, fontPt: 9.5 });
  d.h2('二、部门预算安排的总体情况');
  d.p(`1、收入说明：${Y}年预算收入 ${w(t.total)}万元，其中：一般公共预算收入 ${w(t.gb)}万元，基金预算收入 ${w(t.gf)}万元，国有资本经营预算收入 0.00万元，财政专户核拨收入 0.00万元，单位资金收入 0.00万元，上年结转结余 0.00万元。`);
  d.p(`2、支出说明：${Y}年支出预算 ${w(t.total)}万元，其中基本支出 ${w(t.basic)}万元，包括人员经费 ${w(t.personnel)}万元和日常公用经费 ${w(t.public)}万元；项目支出 ${w(t.project)}万元，主要为${b.projects.map((p) => p.name).join('、')}。`);
  const ch = t.total - b.priorTotal;
  d.p(`3、比上年增减情况：${Y}年预算收支安排 ${w(t.total)}万元，较 ${Y - 1}年预算${ch >= 0 ? '增加' : '减少'} ${w(Math.abs(ch))}万元。`);
  d.h2('三、机关运行经费安排情况');
  d.p(`${Y}年，我部门机关运行经费共计安排 ${w(t.public)}万元，主要用于日常维修、办公用房水电费、办公用房取暖费、办公用房物业管理费等日常运行支出。`);
  d.h2('四、财政拨款“三公”经费预算情况及增减变化原因');
  d.p(`${Y}年，我单位财政拨款“三公”经费预算安排 ${w(t.threePublic)}万元，其中因公出国（境）费 ${w(tp.overseas)}万元；公务用车购置及运维费 ${w(tp.vehiclePurchase + tp.vehicleOperation)}万元（其中：公务用车购置费为 ${w(tp.vehiclePurchase)}万元，公务用车运维费 ${w(tp.vehicleOperation)}万元)；公务接待费 ${w(tp.reception)}万元。`);
  d.h2('五、部门项目预算安排情况及绩效目标');
  b.projects.forEach((p, i) => {
    const v = fmt(p.cents, num);
    d.p(`${i + 1}、${p.name}绩效目标表`, false);
    d.plainTable({
      type: 'table', kind: 'project_performance', title: '', inline: true, caption: [['', `单位：${num.unit}`]], fontPt: 9,
      header: [[h('项目编码'), c(p.code ?? '', { colSpan: 2 }), h('项目名称'), c(p.name, { colSpan: 2 })]],
      body: [
        [c('预算规模及资金用途', { rowSpan: 2 }), c(`预算数 ${v}`), c(`其中：财政 资金 ${v}`, { colSpan: 2 }), c('其他资金', { colSpan: 2 })],
        [c(rng.pick(['日常办公和设备维护', '保障工作正常开展', '用于网络日常维护', '确保会议正常召开']), { colSpan: 5 })],
        [h('一级指标'), h('二级指标'), h('三级指标'), h('绩效指标描述'), h('指标值'), h('指标值确定依据')],
        [c('产出指标'), c('数量指标'), c('完成率'), c('完成率'), c('≥90%'), c('往年惯例')],
        [c('成本指标'), c('成本指标'), c('总成本控制'), c('总成本控制'), c(`≤${wan(p.cents, true)}万元`), c('往年惯例')],
        [c('满意度指标'), c('服务对象满意度指标'), c('服务对象满意度'), c('服务对象满意度'), c('≥90%'), c('往年惯例')],
      ],
      widths: [16, 14, 18, 20, 14, 14],
    });
  });
  d.h2('六、名词解释');
  d.p('1、财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。');
  d.p('2、“三公”经费：是指预算部门（单位）用财政拨款安排的因公出国（境）费、公务用车购置及运维费和公务接待费。');
  return finish(`C-${String(seed).padStart(4, '0')}`, 'C', seed, `${dept}${Y}年部门预算`, d, headline(b, num, { staff: false, personnel: true }), projectsTruth(b, num, true), 10.5);
}
