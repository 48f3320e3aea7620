/**
 * Style B — Luoyang / Wuhan (洛阳市西工区…): 单位：万元, 部门名称 caption, function codes split into 类 | 款 | 项 columns
 * with only 项 rows printed, 人员经费 / 公用经费 split into economic sub-columns, basic table pairing 部门预算 and 政府预算
 * economic codes in no particular order, narrow vertical headers.
 */
import { CLASS_NAMES, economicRows, functionRows, GOV_ECON, sum, totals, buildBudget, type FnRow } from './budget.ts';
import { classItems, DocBuilder, finish, headline, pct, projectsTruth, summaryRows, type SideItem } from './common.ts';
import { c, cn, fmt, h, TableBuilder, wan, type Cell, type Disclosure, type NumberFormat } from './model.ts';
import { Rng } from './rng.ts';
import { splitCells, type Hard } from './hard.ts';

export function buildB(seed: number, hard?: Hard): Disclosure {
  const rng = new Rng(seed * 7919 + 2);
  const b = buildBudget(rng, {
    style: 'B', minProjects: 4, maxProjects: 16,
    projectCode: (r, year) => `${r.pick(['410303', '420102', '420103'])}${String(year - 2000 - r.int(0, 3))}${String(r.int(1, 999999999999)).padStart(13, '0')}`,
  });
  const t = totals(b);
  const num: NumberFormat = hard ? { unit: hard.unit, thousands: hard.thousands, zero: hard.zero } : { unit: '万元', thousands: false, zero: '' };
  const d = new DocBuilder();
  const Y = b.year, dept = b.department;
  const w = (x: number) => wan(x);
  const splitRows = rng.chance(0.5);
  const tp = b.threePublic;

  d.blocks.push({ type: 'cover', lines: [`${Y} 年${dept}部门预算公开`, `${Y} 年 ${rng.int(1, 3)} 月 ${rng.int(1, 28)} 日`] });
  const titles = ['部门收支预算表', '部门收入预算表', '部门支出预算表', '财政拨款收支预算表', '一般公共预算支出预算表', '一般公共预算基本支出预算表', '支出经济分类汇总表', '一般公共预算“三公”经费预算表', '政府性基金支出预算表', '国有资本经营支出预算表', '项目支出预算表', '部门预算项目绩效目标表'];
  d.blocks.push({ type: 'toc', items: [`第一部分 ${dept}部门概况`, '　一、主要职责', '　二、预算单位构成情况', `第二部分 ${Y}年${dept}部门预算情况说明`, '第三部分 名词解释', `附件：${Y}年${dept}部门预算表`, ...titles.map((x, i) => `　${cn(i + 1)}、${x}`)] });
  d.h1('第一部分');
  d.h1(`${dept}部门概况`);
  d.h2('一、主要职责');
  b.duties.forEach((x, i) => d.p(`${i + 1}.${x}`));
  d.h2('二、预算单位构成情况');
  d.p(`${dept}无所属预算单位。部门预算包括：${b.offices.join('、')}的预算。`);
  d.br();
  d.h1('第二部分');
  d.h1(`${Y} 年${dept}部门预算情况说明`);
  const ch = t.total - b.priorTotal;
  d.h2('一、收入支出预算总体情况说明');
  d.p(`${dept} ${Y} 年收入总计 ${w(t.total)} 万元，支出总计 ${w(t.total)} 万元，与 ${Y - 1} 年预算相比，收支总计各${ch >= 0 ? '增加' : '减少'} ${w(Math.abs(ch))} 万元，${ch >= 0 ? '增长' : '下降'} ${pct(Math.abs(ch), b.priorTotal)}%。`);
  d.h2('二、收入预算总体情况说明');
  d.p(`${dept} ${Y} 年收入合计 ${w(t.total)} 万元，其中：一般公共预算收入 ${w(t.gb)} 万元${t.gf ? `，政府性基金预算收入 ${w(t.gf)} 万元` : ''}。`);
  d.h2('三、支出预算总体情况说明');
  d.p(`${dept} ${Y} 年支出合计 ${w(t.total)} 万元，其中：基本支出 ${w(t.basic)} 万元，占 ${pct(t.basic, t.total)}%；项目支出 ${w(t.project)} 万元，占 ${pct(t.project, t.total)}%。`);
  d.h2('四、财政拨款收入支出预算总体情况说明');
  d.p(`${dept} ${Y} 年一般公共预算收支预算 ${w(t.gb)} 万元、政府性基金收支预算 ${w(t.gf)} 万元、国有资本经营收支预算 0.00 万元。`);
  d.h2('五、一般公共预算支出预算情况说明');
  d.p(`${dept} ${Y} 年一般公共预算支出年初预算为 ${w(t.gb)} 万元，其中：基本支出 ${w(t.basic)} 万元，占 ${pct(t.basic, t.gb)}%；项目支出 ${w(t.gbProject)} 万元，占 ${pct(t.gbProject, t.gb)}%。`);
  d.h2('六、一般公共预算基本支出预算情况说明');
  d.p(`${dept} ${Y} 年一般公共预算基本支出年初预算为 ${w(t.basic)} 万元。其中：人员经费支出 ${w(t.personnel)} 万元，占 ${pct(t.personnel, t.basic)}%；公用经费支出 ${w(t.public)} 万元，占 ${pct(t.public, t.basic)}%。`);
  d.h2('七、一般公共预算“三公”经费支出预算情况说明');
  d.p(`${dept} ${Y} 年“三公”经费支出预算为 ${w(t.threePublic)} 万元。具体支出情况如下：（一）因公出国（境）费${w(tp.overseas)}万元；（二）公务接待费${w(tp.reception)}万元；（三）公务用车购置及运行费${w(tp.vehiclePurchase + tp.vehicleOperation)}万元，其中：一是公务用车购置费${w(tp.vehiclePurchase)}万元；二是公务用车运行维护费${w(tp.vehicleOperation)}万元。`);
  d.h2('八、政府性基金支出预算情况说明');
  d.p(t.gf ? `${dept}${Y}年政府性基金预算拨款安排的支出${w(t.gf)}万元。` : `${dept}${Y}年无政府性基金预算拨款安排的支出。`);
  d.h2('九、其他重要事项情况说明');
  d.p(`（一）机构运转经费：${dept}${Y}年机构运转经费支出预算${w(t.public)}万元。（二）政府采购：${Y}年政府采购预算安排${w(b.procurement)}万元。（三）绩效目标：对项目支出全面实施绩效管理，涉及预算拨款${w(t.project)}万元，共${b.projects.length}个项目。（四）国有资产：${Y - 1}年期末共有车辆${b.vehicles}辆。`);
  d.br();
  d.h1('第三部分');
  d.h1('名词解释');
  ['财政拨款收入：是指同级财政拨付的资金，包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。', '基本支出：是指为保障机构正常运转、完成日常工作任务所必需的开支，其内容包括人员经费和日常公用经费两部分。', '项目支出：是指在基本支出之外，为完成特定的行政工作任务或事业发展目标所发生的支出。'].forEach((x, i) => d.p(`${cn(i + 1)}、${x}`));

  const cap = (): Array<[string, string]> => [[`部门名称：${dept}`, ''], ['', `单位：${num.unit}`]];
  const title = (x: string) => `${Y} 年${x}`;
  const nz = (x: number) => (x === 0 ? null : x);

  // 1 部门收支预算表
  {
    const tb = new TableBuilder({ kind: 'income_expenditure_summary', title: title('部门收支预算表'), caption: cap(), header: [[h('收入', 2), h('支出', 2)], [h('项目'), h('金额'), h('项目'), h('金额')]], widths: [30, 14, 34, 14], fontPt: 9 }, num);
    const inc: Array<[string, string, string | null, number]> = [['一、一般公共预算', '一般公共预算', 'income.general_budget', t.gb], ['其中：财政拨款', '财政拨款', 'income.general_budget_fiscal_appropriation', t.gb], ['二、政府性基金预算拨款收入', '政府性基金预算拨款收入', 'income.gov_fund', t.gf], ['三、国有资本经营预算拨款收入', '国有资本经营预算拨款收入', 'income.state_capital', 0], ['四、财政专户管理资金收入', '财政专户管理资金收入', 'income.special_account', 0], ['五、事业收入', '事业收入', 'income.business', 0], ['六、事业单位经营收入', '事业单位经营收入', 'income.operating', 0], ['七、上级补助收入', '上级补助收入', 'income.superior_subsidy', 0], ['八、附属单位上缴收入', '附属单位上缴收入', 'income.affiliated_remit', 0], ['九、其他收入', '其他收入', 'income.other', 0]];
    const left: SideItem[] = inc.map(([label, name, item, cents]) => ({ label, name, item, cents }));
    const short = (n: string) => n.replace(/支出$/, '').replace('城乡社区', '城乡社区事务').replace('农林水', '农林水事务');
    const right = classItems(b, CLASS_NAMES.filter(([code]) => code !== '223' || true), (i, name) => `${cn(i + 1)}、${name}`, ['all'], short);
    summaryRows(tb, left, null, right, ['total'], [
      { left: { label: '本年收入合计', name: '本年收入合计', item: 'income.current_year_total', cents: t.total }, right: { label: '本年支出合计', name: '本年支出合计', item: 'expenditure.current_year_total', amounts: [t.total] } },
      { left: { label: '上年结转结余', name: '上年结转结余', item: 'income.carryover', cents: null }, right: { label: '年终结转结余', name: '年终结转结余', item: 'expenditure.carry_forward', amounts: [null] } },
      { left: { label: '收入总计', name: '收入总计', item: 'income.total', cents: t.total }, right: { label: '支出总计', name: '支出总计', item: 'expenditure.total', amounts: [t.total] }, bold: true },
    ]);
    d.table(tb);
  }
  // 2 部门收入预算表 — vertical, narrow headers
  {
    const m = ['total', 'current_year_income', 'general_budget', 'general_budget_fiscal_appropriation', 'gov_fund', 'state_capital', 'special_account', 'business_income', 'operating_income', 'superior_subsidy', 'affiliated_remit', 'other_income', 'carryover'];
    const tb = new TableBuilder({
      kind: 'income_summary', title: title('部门收入预算表'), caption: cap(), landscape: true, narrow: true,
      header: [
        [h('部门(单位)代码', 1, 3), h('部门(单位)名称', 1, 3), h('总计', 1, 3), h('本年收入', 11), h('上年结转结余', 1, 3)],
        [h('合计', 1, 2), h('一般公共预算', 2), h('政府性基金', 1, 2), h('国有资本经营预算', 1, 2), h('财政专户管理资金收入', 1, 2), h('事业收入', 1, 2), h('事业单位经营收入', 1, 2), h('上级补助收入', 1, 2), h('附属单位上缴收入', 1, 2), h('其他收入', 1, 2)],
        [h('小计'), h('其中：财政拨款')],
      ],
      widths: [6, 14, 7, 7, 7, 7, 4, 4, 4, 4, 4, 4, 4, 4, 4], fontPt: 8,
    }, num);
    const a = [t.total, t.total, t.gb, t.gb, nz(t.gf), null, null, null, null, null, null, null, null];
    tb.row([{ labels: [c(''), c('合计', { align: 'center' })], amounts: a, measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }], { bold: true });
    tb.row([{ labels: [c(b.deptCode), c(dept)], amounts: a, measures: m, meta: { unit_code: b.deptCode, classification: 'none', item: null, code: null, name: dept } }]);
    tb.row([{ labels: [c(b.unitCode), c(dept)], amounts: a, measures: m, meta: { unit_code: b.unitCode, classification: 'none', item: null, code: null, name: dept } }]);
    d.table(tb);
  }
  // 3 / 5 / 9 支出表 layout
  const spend = (kind: string, ttl: string, rows: FnRow[], pick: 'all' | 'gb' | 'gf') => {
    const m = ['total', 'basic', 'personnel_wages', 'personnel_household', 'public_funds_goods', 'public_funds_capital', 'project', 'project_operating', 'project_specific'];
    const tb = new TableBuilder({
      kind, title: title(ttl), caption: cap(), landscape: true, splitRows,
      header: [
        [h('科目编码', 3), h('单位代码', 1, 3), h('单位（科目名称）', 1, 3), h('合计', 1, 3), h('基本支出', 5), h('项目支出', 3)],
        [h('类', 1, 2), h('款', 1, 2), h('项', 1, 2), h('小计', 1, 2), h('人员经费', 2), h('公用经费', 2), h('小计', 1, 2), h('其他运转类', 1, 2), h('特定目标类', 1, 2)],
        [h('工资福利支出'), h('对个人和家庭的补助'), h('商品和服务支出'), h('资本性支出')],
      ],
      widths: [4, 3, 3, 5, 22, 8, 8, 8, 8, 8, 7, 8, 8, 8], fontPt: 8,
    }, num);
    const vals = (r: { wages: number; household: number; goods: number; capital: number; operating: number; specific: number; gfOperating: number; gfSpecific: number }): Array<number | null> => {
      const useGb = pick !== 'gf', useGf = pick !== 'gb';
      const wg = useGb ? r.wages : 0, hh = useGb ? r.household : 0, gd = useGb ? r.goods : 0, cp = useGb ? r.capital : 0;
      const op = (useGb ? r.operating : 0) + (useGf ? r.gfOperating : 0), sp = (useGb ? r.specific : 0) + (useGf ? r.gfSpecific : 0);
      const bs = wg + hh + gd + cp;
      return [bs + op + sp, nz(bs), nz(wg), nz(hh), nz(gd), nz(cp), nz(op + sp), nz(op), nz(sp)];
    };
    const all = rows.filter((r) => r.level === 3);
    // hard: 类 and 款 subtotal rows too, their codes printed in the leading code columns only
    const printed = hard ? rows : all;
    const tot = all.reduce((acc, r) => ({ wages: acc.wages + r.wages, household: acc.household + r.household, goods: acc.goods + r.goods, capital: acc.capital + r.capital, operating: acc.operating + r.operating, specific: acc.specific + r.specific, gfOperating: acc.gfOperating + r.gfOperating, gfSpecific: acc.gfSpecific + r.gfSpecific }), { wages: 0, household: 0, goods: 0, capital: 0, operating: 0, specific: 0, gfOperating: 0, gfSpecific: 0 });
    if (all.length === 0) {
      tb.row([{ labels: [c(''), c(''), c(''), c(''), c('合计', { align: 'center' })], amounts: m.map(() => null), measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }]);
      tb.block.note = `备注：${dept} ${Y} 年无政府性基金预算拨款安排的支出，故此表无数据。`;
    } else {
      tb.row([{ labels: [c(''), c(''), c(''), c(''), c('合计', { align: 'center' })], amounts: vals(tot), measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }], { bold: true });
      tb.row([{ labels: [c(''), c(''), c(''), c(b.deptCode), c(dept)], amounts: vals(tot), measures: m, meta: { unit_code: b.deptCode, classification: 'none', item: null, code: null, name: dept } }]);
      for (const r of printed) {
        tb.row([{ labels: [...(hard ? splitCells(r.code, hard.splitFill) : [c(r.code.slice(0, 3)), c(r.code.slice(3, 5)), c(r.code.slice(5, 7))]), c(''), c(hard ? '　'.repeat(r.level - 1) + r.name : r.name)], amounts: vals(r), measures: m, meta: { unit_code: b.deptCode, classification: 'function', item: null, code: r.code, name: r.name } }]);
      }
    }
    d.table(tb);
  };
  spend('expenditure_summary', '部门支出预算表', functionRows(b), 'all');
  // 4 财政拨款收支预算表
  {
    const m = ['total', 'general_budget', 'general_budget_fiscal_appropriation', 'gov_fund', 'state_capital'];
    const tb = new TableBuilder({
      kind: 'fiscal_summary', title: title('财政拨款收支预算表'), caption: cap(),
      header: [[h('收入', 2), h('支出', 6)], [h('项 目', 1, 2), h('金 额', 1, 2), h('项 目', 1, 2), h('合 计', 1, 2), h('一般公共预算', 2), h('政府性基金', 1, 2), h('国有资本经营预算', 1, 2)], [h('小 计'), h('其中：财政拨款')]],
      widths: [22, 10, 26, 10, 10, 10, 9, 9], fontPt: 8.5,
    }, num);
    const inc: Array<[string, string, string | null, number | null]> = [['一、本年收入', '本年收入', 'income.current_year_total', t.total], ['（一）一般公共预算拨款', '一般公共预算拨款', 'income.general_budget', t.gb], ['其中：财政拨款', '财政拨款', 'income.general_budget_fiscal_appropriation', t.gb], ['（二）政府性基金预算拨款', '政府性基金预算拨款', 'income.gov_fund', t.gf], ['（三）国有资本经营预算拨款', '国有资本经营预算拨款', 'income.state_capital', null], ['二、上年结转', '上年结转', 'income.carryover', null], ['（一）一般公共预算拨款', '一般公共预算拨款', 'income.carryover_general_budget', null], ['（二）政府性基金预算拨款', '政府性基金预算拨款', 'income.carryover_gov_fund', null], ['（三）国有资本经营预算拨款', '国有资本经营预算拨款', 'income.carryover_state_capital', null]];
    const left: SideItem[] = inc.map(([label, name, item, cents]) => ({ label, name, item, cents }));
    const cls = classItems(b, CLASS_NAMES, (i, name) => `（${cn(i + 1)}）${name}`, ['all', 'gb', 'gb', 'gf', 'none']);
    const right = [{ label: '一、本年支出', name: '本年支出', item: 'expenditure.current_year_total', amounts: [t.total, t.gb, t.gb, nz(t.gf), null] }, ...cls, { label: '二、年终结转结余', name: '年终结转结余', item: 'expenditure.carry_forward', amounts: [null, null, null, null, null] }];
    summaryRows(tb, left, null, right, m, [{ left: { label: '收入合计', name: '收入合计', item: 'income.total', cents: t.total }, right: { label: '支出合计', name: '支出合计', item: 'expenditure.total', amounts: [t.total, t.gb, t.gb, nz(t.gf), null] }, bold: true }]);
    d.table(tb);
  }
  spend('general_budget_expenditure', '一般公共预算支出预算表', functionRows(b, (l) => l.wages + l.household + l.goods + l.capital + l.operating + l.specific > 0), 'gb');
  // 6 一般公共预算基本支出预算表 — both economic classifications, shuffled
  {
    const m = ['total', 'personnel', 'public_funds'];
    const tb = new TableBuilder({
      kind: 'general_budget_basic', title: title('一般公共预算基本支出预算表'), caption: cap(), splitRows,
      header: [[h('部门预算支出经济分类科目', 2), h('政府预算支出经济分类科目', 2), h('本年一般公共预算基本支出', 3)], [h('科目编码'), h('科目名称'), h('科目编码'), h('科目名称'), h('合计'), h('人员经费'), h('公用经费')]],
      widths: [9, 20, 9, 18, 11, 11, 11], fontPt: 8.5,
    }, num);
    tb.row([{ labels: [c('合计', { align: 'center' }), c(''), c(''), c('')], amounts: [t.basic, t.personnel, t.public], measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }], { bold: true });
    const leaves = economicRows(b, false).filter((r) => r.level === 2);
    for (const r of rng.chance(0.7) ? rng.shuffle(leaves) : leaves) {
      const g = GOV_ECON[r.code] ?? ['50999', '其他'];
      tb.row([{ labels: [c(r.code), c(r.name), c(g[0]), c(g[1])], amounts: [r.personnel + r.public, nz(r.personnel), nz(r.public)], measures: m, meta: { unit_code: null, classification: 'economic', item: null, code: r.code, name: r.name } }]);
    }
    d.table(tb);
  }
  // 7 支出经济分类汇总表
  {
    const m = ['total', 'general_budget', 'general_budget_fiscal_appropriation', 'gov_fund', 'state_capital', 'carryover', 'special_account', 'business_income', 'superior_subsidy', 'affiliated_remit', 'operating_income', 'other_income'];
    const tb = new TableBuilder({
      kind: 'economic_expenditure', title: title('支出经济分类汇总表'), caption: cap(), landscape: true, narrow: true, splitRows,
      header: [
        [h('部门预算经济分类', 3), h('政府预算经济分类', 3), h('总计', 1, 2), h('一般公共预算', 2), h('政府性基金', 1, 2), h('国有资本经营预算', 1, 2), h('上年结转结余', 1, 2), h('财政专户管理资金收入', 1, 2), h('事业收入', 1, 2), h('上级补助收入', 1, 2), h('附属单位上缴收入', 1, 2), h('事业单位经营收入', 1, 2), h('其他收入', 1, 2)],
        [h('类'), h('款'), h('科目名称'), h('类'), h('款'), h('科目名称'), h('小计'), h('其中：财政拨款')],
      ],
      widths: [4, 3, 13, 4, 3, 11, 7, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5], fontPt: 7.5,
    }, num);
    const a = (gb: number, gf: number) => [gb + gf, nz(gb), nz(gb), nz(gf), null, null, null, null, null, null, null, null];
    tb.row([{ labels: [c(''), c(''), c('合计', { align: 'center' }), c(''), c(''), c('')], amounts: a(t.gb, t.gf), measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }], { bold: true });
    tb.row([{ labels: [c(b.deptCode), c(''), c(dept), c(''), c(''), c('')], amounts: a(t.gb, t.gf), measures: m, meta: { unit_code: b.deptCode, classification: 'none', item: null, code: null, name: dept } }]);
    const leaves = economicRows(b, true).filter((r) => r.level === 2);
    for (const r of rng.chance(0.6) ? rng.shuffle(leaves) : leaves) {
      const g = GOV_ECON[r.code] ?? ['50999', '其他'];
      tb.row([{ labels: [c(r.code.slice(0, 3)), c(r.code.slice(3)), c(r.name), c(g[0].slice(0, 3)), c(g[0].slice(3)), c(g[1])], amounts: a(r.personnel + r.public + r.project, r.gf), measures: m, meta: { unit_code: b.deptCode, classification: 'economic', item: null, code: r.code, name: r.name } }]);
    }
    d.table(tb);
  }
  // 8 三公 — one unlabeled row
  {
    const tb = new TableBuilder({
      kind: 'three_public', title: title('一般公共预算“三公”经费预算表'), caption: cap(),
      header: [[h('“三公”经费合计', 1, 2), h('因公出国（境）费', 1, 2), h('公务用车购置及运行费', 3), h('公务接待费', 1, 2)], [h('小计'), h('公务用车购置费'), h('公务用车运行费')]],
      widths: [15, 15, 15, 15, 15, 15], fontPt: 9,
      note: '注：按照党中央、国务院有关规定及部门预算管理有关规定，“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。',
    }, num);
    const items = ['three_public.total', 'three_public.overseas', 'three_public.vehicle', 'three_public.vehicle_purchase', 'three_public.vehicle_operation', 'three_public.reception'];
    const amounts = [t.threePublic, tp.overseas, tp.vehiclePurchase + tp.vehicleOperation, tp.vehiclePurchase, tp.vehicleOperation, tp.reception];
    tb.row(amounts.map((a, i) => ({ labels: [], amounts: [a], measures: ['total'], meta: { unit_code: null, classification: 'none' as const, item: items[i]!, code: null, name: '' } })), { numAlign: 'center' });
    d.table(tb);
  }
  spend('gov_fund_expenditure', '政府性基金支出预算表', functionRows(b, (l) => l.gfOperating + l.gfSpecific > 0), 'gf');
  {
    const tb = new TableBuilder({ kind: 'state_capital_expenditure', title: title('国有资本经营支出预算表'), caption: cap(), header: [[h('科目编码', 3), h('单位代码', 1, 2), h('单位（科目名称）', 1, 2), h('合计', 1, 2), h('基本支出', 1, 2), h('项目支出', 1, 2)], [h('类'), h('款'), h('项')]], widths: [5, 5, 5, 8, 30, 12, 12, 12], fontPt: 8.5, note: `备注：${dept} ${Y} 年无国有资本经营预算拨款安排的支出，故此表无数据。` }, num);
    tb.row([{ labels: [c(''), c(''), c(''), c(''), c('合计', { align: 'center' })], amounts: [null, null, null], measures: ['total', 'basic', 'project'], meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }]);
    d.table(tb);
  }
  // 11 项目支出预算表 (→ projects)
  {
    const m = ['total', 'general_budget', 'gov_fund', 'state_capital'];
    const tb = new TableBuilder({ kind: 'project_expenditure', title: title('项目支出预算表'), caption: cap(), landscape: true, header: [[h('类型', 1, 2), h('项目名称', 1, 2), h('项目单位', 1, 2), h('合计', 1, 2), h('本年拨款', 3), h('财政专户管理资金', 1, 2), h('单位资金', 1, 2)], [h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')]], widths: [9, 24, 22, 9, 9, 9, 9, 8, 8], fontPt: 8.5 }, num);
    tb.row([{ labels: [c(''), c(''), c('')], amounts: [t.project, nz(t.gbProject), nz(t.gfProject), null], measures: m, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }, { labels: [c(''), c('')], amounts: [], measures: [], meta: { unit_code: null, classification: 'none', item: null, code: null, name: '' } }]);
    for (const p of b.projects) tb.row([{ labels: [c(p.category), c(p.name), c(dept)], amounts: [p.cents, p.fund === 'gb' ? p.cents : null, p.fund === 'gf' ? p.cents : null, null], measures: m, meta: { unit_code: null, classification: 'none', item: null, code: null, name: p.name } }, { labels: [c(''), c('')], amounts: [], measures: [], meta: { unit_code: null, classification: 'none', item: null, code: null, name: '' } }]);
    d.table(tb, false);
  }
  // 12 部门预算项目绩效目标表
  {
    const body: Cell[][] = [];
    body.push([c(b.deptCode), c(dept), c(''), c(fmt(t.project, num), { align: 'right' }), c(fmt(t.project, num), { align: 'right' }), c(''), c(''), c(''), c(''), c(''), c(''), c('')]);
    for (const p of b.projects) {
      const v = fmt(p.cents, num);
      body.push([c(p.code ?? '', { rowSpan: 2 }), c(p.name, { rowSpan: 2 }), c(p.category, { rowSpan: 2 }), c(v, { rowSpan: 2, align: 'right' }), c(v, { rowSpan: 2, align: 'right' }), c('总成本'), c(`≤${wan(p.cents, true)}万元`), c('资金支付合规率'), c('100%'), c('正常发挥职能'), c('保障及时'), c('≥95%')]);
      body.push([c(''), c(''), c(rng.pick(['保障人数', '完成次数', '覆盖单位数量'])), c(`≥${rng.int(5, 300)}${rng.pick(['人', '次', '个'])}`), c(''), c(''), c('')]);
    }
    d.plainTable({ type: 'table', kind: 'project_performance', title: '部门预算项目绩效目标表', caption: cap(), landscape: true, fontPt: 7.5, splitRows,
      header: [[h('单位编码（项目编码）', 1, 2), h('项目单位（项目名称）', 1, 2), h('项目分类', 1, 2), h(`项目金额（${num.unit}）`, 2), h('绩效目标', 7)], [h('资金总额'), h('政府预算资金'), h('成本指标'), h('指标值'), h('产出指标'), h('指标值'), h('效益指标'), h('指标值'), h('满意度')]],
      body, widths: [14, 16, 7, 7, 7, 6, 8, 10, 7, 10, 7, 6] });
  }

  void sum;
  return finish(`B-${String(seed).padStart(4, '0')}`, 'B', seed, `${Y}年${dept}部门预算公开`, d, headline(b, num, { staff: false, personnel: true }), projectsTruth(b, num, true), 11);
}
