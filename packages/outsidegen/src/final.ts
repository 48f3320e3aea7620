/**
 * Hard mode: a 部门决算 (final accounts) in the dress of one house style. The Budget's figures are the outturn (决算数);
 * the 年初预算数 and 调整预算数 of the general-budget table are derived per function subject, so every column still sums.
 * Tables: 收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 一般公共预算财政拨款支出决算表,
 * 一般公共预算财政拨款基本支出决算表, “三公”经费支出决算表 (预算数 / 决算数 / 增减), 政府性基金预算财政拨款支出决算表.
 */
import { CLASS_NAMES, economicRows, functionRows, totals, buildBudget, type FnRow } from './budget.ts';
import { classItems, DocBuilder, finish, summaryRows, type SideItem } from './common.ts';
import { codeText, splitCells, type Hard } from './hard.ts';
import { c, cn, fmt, h, printedToYuan, TableBuilder, wan, type Cell, type Disclosure, type NumberFormat } from './model.ts';
import { Rng } from './rng.ts';

type Head = string | [string, string[]];

export function buildFinal(style: 'A' | 'B' | 'C' | 'D', seed: number, hard: Hard): Disclosure {
  const rng = new Rng(seed * 7919 + 10 + style.charCodeAt(0));
  const b = buildBudget(rng, { style, minProjects: 2, maxProjects: 6, projectCode: () => null });
  const t = totals(b);
  const FY = b.year - 1; // the accounts of the year before the one the budget generator picked
  const dept = b.department;
  const num: NumberFormat = { unit: hard.unit, thousands: hard.thousands, zero: hard.zero };
  const nz = (x: number) => (x === 0 ? null : x);
  const w = (x: number) => wan(x);
  const d = new DocBuilder();
  const mode: 'joined' | 'split' | 'sep' = style === 'A' ? 'joined' : style === 'B' || hard.codeLayout === 'split' ? 'split' : 'sep';
  const seqCol = style === 'C';

  // ---- prose ----
  d.blocks.push({ type: 'cover', lines: [`${dept}`, `${FY}年度部门决算`] });
  d.h1(`第一部分 ${dept}概况`);
  d.h2('一、主要职责');
  b.duties.forEach((x, i) => d.p(`${i + 1}.${x}`));
  d.h2('二、机构设置');
  d.p(`${dept}内设机构${b.offices.length}个：${b.offices.join('、')}。`);
  d.h1(`第二部分 ${dept}${FY}年度部门决算表`);
  d.p('（详见附表）');
  d.h1(`第三部分 ${dept}${FY}年度部门决算情况说明`);
  d.p(`一、收入支出决算总体情况说明：${FY}年度收入总计${w(t.total)}万元，支出总计${w(t.total)}万元。`);
  d.p(`二、支出决算情况说明：${FY}年度本年支出合计${w(t.total)}万元，其中：基本支出${w(t.basic)}万元，项目支出${w(t.project)}万元。`);
  d.p(`三、一般公共预算财政拨款基本支出决算情况说明：${FY}年度一般公共预算财政拨款基本支出${w(t.basic)}万元，其中：人员经费${w(t.personnel)}万元，公用经费${w(t.public)}万元。`);

  // ---- captions ----
  let n = 0;
  const unitLine = style === 'A' ? `金额单位：${num.unit}` : `单位：${num.unit}`;
  const cap = (): Array<[string, string]> => {
    n++;
    if (style === 'A') return [[`附表${n}`, ''], ['', unitLine]];
    if (style === 'B') return [[`部门名称：${dept}`, ''], ['', unitLine]];
    if (style === 'D') return [[`附表${n}`, ''], [`单位名称：${dept}`, unitLine]];
    return [];
  };
  const pageHeader = style === 'C' ? [`${b.deptCode}${dept}`, `决算年度：${FY}`, unitLine] : undefined;
  const tableTitle = (x: string) => (style === 'B' ? `${FY}年${x}` : x);

  // ---- coded tables ----
  const headRows = (heads: Head[]): { header: Cell[][]; ncols: number } => {
    const depth = heads.some((x) => Array.isArray(x)) || mode === 'split' ? 2 : 1;
    const row0: Cell[] = [], row1: Cell[] = [];
    if (seqCol) row0.push(h('序号', 1, depth));
    if (mode === 'joined') row0.push(h('科目编码/科目名称', 1, depth));
    else if (mode === 'split') { row0.push(h('科目编码', 3), h('科目名称', 1, depth)); row1.push(...['类', '款', '项'].map((x) => h(x))); }
    else row0.push(h('科目编码', 1, depth), h('科目名称', 1, depth));
    let ncols = (seqCol ? 1 : 0) + (mode === 'joined' ? 1 : mode === 'split' ? 4 : 2);
    for (const x of heads) {
      if (Array.isArray(x)) { row0.push(h(x[0], x[1].length)); row1.push(...x[1].map((y) => h(y))); ncols += x[1].length; }
      else { row0.push(h(x, 1, depth)); ncols++; }
    }
    return { header: depth === 2 ? [row0, row1] : [row0], ncols };
  };
  const labelCells = (i: number, code: string | null, name: string, level: number): Cell[] => {
    const out: Cell[] = seqCol ? [c(String(i + 1), { align: 'center' })] : [];
    const nm = '　'.repeat(Math.max(0, level - 1)) + name;
    if (mode === 'joined') out.push(c(code ? (hard.codeLayout === 'spaced' ? `${codeText(code, 'spaced')} ${nm.trim()}` : `${code}-${name}`) : name, code ? { indent: level - 1 } : { align: 'center' }));
    else if (mode === 'split') out.push(...(code ? splitCells(code, hard.splitFill) : [c(''), c(''), c('')]), c(code ? nm : name, code ? {} : { align: 'center' }));
    else out.push(c(code ? codeText(code, hard.codeLayout === 'spaced' ? 'spaced' : 'plain') : ''), c(code ? nm : name, code ? {} : { align: 'center' }));
    return out;
  };
  const coded = (kind: string, title: string, heads: Head[], measures: string[], totalAmounts: Array<number | null>, rows: Array<{ code: string; name: string; level: number; cls: 'function' | 'economic'; amounts: Array<number | null> }>, note?: string) => {
    const { header, ncols } = headRows(heads);
    const labelW = mode === 'joined' ? [30] : mode === 'split' ? [4, 3, 3, 22] : [9, 22];
    const widths = [...(seqCol ? [4] : []), ...labelW, ...measures.map(() => 10)];
    if (widths.length !== ncols) throw new Error(`final ${title}: ${widths.length} widths for ${ncols} columns`);
    const tb = new TableBuilder({ kind, title: tableTitle(title), caption: cap(), pageHeader, header, widths, fontPt: measures.length > 7 ? 8 : 9, landscape: measures.length > 6, splitRows: rng.chance(0.5), note }, num);
    tb.row([{ labels: labelCells(0, null, '合计', 1), amounts: totalAmounts, measures, meta: { unit_code: null, classification: 'none', item: 'total', code: null, name: '合计' } }], { bold: true });
    rows.forEach((r, i) => tb.row([{ labels: labelCells(i + 1, r.code, r.name, r.level), amounts: r.amounts, measures, meta: { unit_code: null, classification: r.cls, item: null, code: r.code, name: r.name } }]));
    d.table(tb);
  };
  const allOf = (r: FnRow) => r.wages + r.household + r.goods + r.capital + r.operating + r.specific + r.gfOperating + r.gfSpecific;
  const basicOf = (r: FnRow) => r.wages + r.household + r.goods + r.capital;
  const gbOf = (r: FnRow) => basicOf(r) + r.operating + r.specific;
  const fnAll = functionRows(b);

  // 1 收入支出决算总表
  const present = CLASS_NAMES.filter(([code]) => b.leaves.some((l) => l.code.startsWith(code)));
  {
    const tb = new TableBuilder({ kind: 'income_expenditure_summary', title: tableTitle('收入支出决算总表'), caption: cap(), pageHeader, header: [[h('收入', 2), h('支出', 2)], [h('项目'), h('决算数'), h('项目'), h('决算数')]], widths: [28, 14, 30, 14], fontPt: 9 }, num);
    const inc: Array<[string, string, number]> = [['一般公共预算财政拨款收入', 'income.general_budget', t.gb], ['政府性基金预算财政拨款收入', 'income.gov_fund', t.gf], ['国有资本经营预算财政拨款收入', 'income.state_capital', 0], ['上级补助收入', 'income.superior_subsidy', 0], ['事业收入', 'income.business', 0], ['经营收入', 'income.operating', 0], ['附属单位上缴收入', 'income.affiliated_remit', 0], ['其他收入', 'income.other', 0]];
    const left: SideItem[] = inc.map(([name, item, cents], i) => ({ label: `${cn(i + 1)}、${name}`, name, item, cents }));
    const right = classItems(b, present, (i, name) => `${cn(i + 1)}、${name}`, ['all']);
    summaryRows(tb, left, null, right, ['total'], [
      { left: { label: '本年收入合计', name: '本年收入合计', item: 'income.current_year_total', cents: t.total }, right: { label: '本年支出合计', name: '本年支出合计', item: 'expenditure.current_year_total', amounts: [t.total] } },
      { left: { label: '使用专用结余', name: '使用专用结余', item: 'income.special_balance', cents: null }, right: { label: '结余分配', name: '结余分配', item: 'expenditure.balance_distribution', amounts: [null] } },
      { left: { label: '年初结转和结余', name: '年初结转和结余', item: 'income.carryover', cents: null }, right: { label: '年末结转和结余', name: '年末结转和结余', item: 'expenditure.carry_forward', amounts: [null] } },
      { left: { label: '总计', name: '总计', item: 'income.total', cents: t.total }, right: { label: '总计', name: '总计', item: 'expenditure.total', amounts: [t.total] }, bold: true },
    ]);
    for (const l of tb.lines) l.measure = 'actual'; // the single column is headed 决算数
    d.table(tb);
  }
  // 2 收入决算表
  coded('income_summary', '收入决算表', ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
    ['total', 'fiscal_appropriation', 'superior_subsidy', 'business_income', 'operating_income', 'affiliated_remit', 'other_income'],
    [t.total, t.total, null, null, null, null, null], fnAll.map((r) => ({ code: r.code, name: r.name, level: r.level, cls: 'function' as const, amounts: [allOf(r), allOf(r), null, null, null, null, null] })));
  // 3 支出决算表
  coded('expenditure_summary', '支出决算表', ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
    ['total', 'basic', 'project', 'remit_superior', 'operating_expenditure', 'subsidy_affiliated'],
    [t.total, t.basic, t.project, null, null, null], fnAll.map((r) => ({ code: r.code, name: r.name, level: r.level, cls: 'function' as const, amounts: [allOf(r), nz(basicOf(r)), nz(allOf(r) - basicOf(r)), null, null, null] })));
  // 4 财政拨款收入支出决算总表
  {
    const m = ['total', 'general_budget', 'gov_fund'];
    const tb = new TableBuilder({ kind: 'fiscal_summary', title: tableTitle('财政拨款收入支出决算总表'), caption: cap(), pageHeader, header: [[h('收入', 2), h('支出', 4)], [h('项目'), h('决算数'), h('项目'), h('合计'), h('一般公共预算财政拨款'), h('政府性基金预算财政拨款')]], widths: [24, 12, 28, 12, 12, 12], fontPt: 8.5 }, num);
    const left: SideItem[] = [['一般公共预算财政拨款', 'income.general_budget', t.gb], ['政府性基金预算财政拨款', 'income.gov_fund', t.gf], ['国有资本经营预算财政拨款', 'income.state_capital', 0]].map(([name, item, cents], i) => ({ label: `${cn(i + 1)}、${name}`, name: String(name), item: String(item), cents: Number(cents) }));
    const right = classItems(b, present, (i, name) => `${cn(i + 1)}、${name}`, ['all', 'gb', 'gf']);
    summaryRows(tb, left, null, right, m, [
      { left: { label: '本年收入合计', name: '本年收入合计', item: 'income.current_year_total', cents: t.total }, right: { label: '本年支出合计', name: '本年支出合计', item: 'expenditure.current_year_total', amounts: [t.total, t.gb, nz(t.gf)] } },
      { left: { label: '年初财政拨款结转和结余', name: '年初财政拨款结转和结余', item: 'income.carryover', cents: null }, right: { label: '年末财政拨款结转和结余', name: '年末财政拨款结转和结余', item: 'expenditure.carry_forward', amounts: [null, null, null] } },
      { left: { label: '总计', name: '总计', item: 'income.total', cents: t.total }, right: { label: '总计', name: '总计', item: 'expenditure.total', amounts: [t.total, t.gb, nz(t.gf)] }, bold: true },
    ]);
    // the income side's single column is headed 决算数
    for (const l of tb.lines) if (l.item?.startsWith('income.')) l.measure = 'actual';
    d.table(tb);
  }
  // 5 一般公共预算财政拨款支出决算表 — 年初预算数 / 调整预算数 / 决算数 (合计 / 基本支出 / 项目支出)
  {
    const gbRows = functionRows(b, (l) => l.wages + l.household + l.goods + l.capital + l.operating + l.specific > 0);
    // 年初预算 and 调整预算 per 项 (whole hundreds of 元), rolled up to 款, 类 and 合计
    const plan = new Map<string, [number, number]>();
    for (const r of gbRows.filter((x) => x.level === 3)) {
      const a = gbOf(r);
      const initial = Math.round((a * (0.8 + rng.next() * 0.25)) / 10000) * 10000;
      const adjusted = Math.max(Math.ceil(a / 10000) * 10000, Math.round((initial * (0.95 + rng.next() * 0.3)) / 10000) * 10000);
      plan.set(r.code, [initial, adjusted]);
    }
    const planOf = (code: string): [number, number] => [...plan].filter(([k]) => k.startsWith(code)).reduce((s, [, v]) => [s[0] + v[0], s[1] + v[1]], [0, 0]);
    const m = ['initial_budget', 'adjusted_budget', 'actual', 'basic', 'project'];
    const tot = planOf('');
    coded('general_budget_expenditure', '一般公共预算财政拨款支出决算表', ['年初预算数', '调整预算数', ['决算数', ['合计', '基本支出', '项目支出']]], m,
      [tot[0], tot[1], t.gb, t.basic, nz(t.gbProject)],
      gbRows.map((r) => { const p = planOf(r.code); return { code: r.code, name: r.name, level: r.level, cls: 'function' as const, amounts: [p[0], p[1], gbOf(r), nz(basicOf(r)), nz(r.operating + r.specific)] }; }));
  }
  // 6 一般公共预算财政拨款基本支出决算表
  coded('general_budget_basic', '一般公共预算财政拨款基本支出决算表', ['合计', '人员经费', '公用经费'], ['total', 'personnel', 'public_funds'],
    [t.basic, t.personnel, t.public], economicRows(b, false).map((r) => ({ code: r.code, name: r.name, level: r.level, cls: 'economic' as const, amounts: [r.personnel + r.public, nz(r.personnel), nz(r.public)] })));
  // 7 “三公”经费支出决算表 — 预算数 / 决算数 / 增减 (negative where less was spent than budgeted)
  const tp = b.threePublic;
  const budgeted = (x: number) => (x === 0 ? (rng.chance(0.3) ? rng.yuan(5000, 20000, 1000) : 0) : Math.round((x * (1 + rng.next() * 0.3)) / 10000) * 10000);
  const bp = { overseas: budgeted(tp.overseas), vehiclePurchase: budgeted(tp.vehiclePurchase), vehicleOperation: budgeted(tp.vehicleOperation), reception: budgeted(tp.reception) };
  {
    const m = ['initial_budget', 'actual', 'change'];
    const tb = new TableBuilder({ kind: 'three_public', title: tableTitle('“三公”经费支出决算表'), caption: cap(), pageHeader, header: [[h('项目'), h('预算数'), h('决算数'), h('决算数比预算数增减')]], widths: [36, 16, 16, 16], fontPt: 9.5 }, num);
    const rows: Array<[string, string, string, number, number]> = [
      ['合计', '合计', 'three_public.total', bp.overseas + bp.vehiclePurchase + bp.vehicleOperation + bp.reception, tp.overseas + tp.vehiclePurchase + tp.vehicleOperation + tp.reception],
      ['1.因公出国（境）费', '因公出国（境）费', 'three_public.overseas', bp.overseas, tp.overseas],
      ['2.公务用车购置及运行维护费', '公务用车购置及运行维护费', 'three_public.vehicle', bp.vehiclePurchase + bp.vehicleOperation, tp.vehiclePurchase + tp.vehicleOperation],
      ['（1）公务用车购置费', '公务用车购置费', 'three_public.vehicle_purchase', bp.vehiclePurchase, tp.vehiclePurchase],
      ['（2）公务用车运行维护费', '公务用车运行维护费', 'three_public.vehicle_operation', bp.vehicleOperation, tp.vehicleOperation],
      ['3.公务接待费', '公务接待费', 'three_public.reception', bp.reception, tp.reception],
    ];
    for (const [label, name, item, bud, act] of rows) tb.row([{ labels: [c(label)], amounts: [bud, act, act - bud], measures: m, meta: { unit_code: null, classification: 'none', item, code: null, name } }]);
    d.table(tb);
  }
  // 8 政府性基金预算财政拨款支出决算表
  {
    const rows = functionRows(b, (l) => l.gfOperating + l.gfSpecific > 0);
    coded('gov_fund_expenditure', '政府性基金预算财政拨款支出决算表', [['本年支出', ['合计', '基本支出', '项目支出']]], ['total', 'basic', 'project'],
      rows.length ? [t.gf, null, t.gf] : [null, null, null],
      rows.map((r) => ({ code: r.code, name: r.name, level: r.level, cls: 'function' as const, amounts: [r.gfOperating + r.gfSpecific, null, r.gfOperating + r.gfSpecific] })),
      rows.length ? undefined : '注：本单位本年度无政府性基金预算财政拨款收入、支出及结转结余，故本表无数据。');
  }
  d.h2('“三公”经费支出决算情况说明');
  d.p(`${FY}年度“三公”经费支出决算${w(tp.overseas + tp.vehiclePurchase + tp.vehicleOperation + tp.reception)}万元，完成预算的${pctOf(tp.overseas + tp.vehiclePurchase + tp.vehicleOperation + tp.reception, bp.overseas + bp.vehiclePurchase + bp.vehicleOperation + bp.reception)}%。其中：因公出国（境）费${w(tp.overseas)}万元，公务用车购置费${w(tp.vehiclePurchase)}万元，公务用车运行维护费${w(tp.vehicleOperation)}万元，公务接待费${w(tp.reception)}万元。`);

  const y = (cents: number) => printedToYuan(fmt(cents, { ...num, zero: '0.00', thousands: false }), num.unit);
  const document: Disclosure['truth']['document'] = {
    department: dept, department_code: b.deptCode, year: FY, kind: 'final_accounts', printed_unit: num.unit,
    province: b.place.province, city: b.place.city, county: b.place.county,
    income_total: y(t.total), expenditure_total: y(t.total), basic_total: y(t.basic), project_total: y(t.project),
    personnel_total: y(t.personnel), public_funds_total: y(t.public),
    three_public_total: y(tp.overseas + tp.vehiclePurchase + tp.vehicleOperation + tp.reception), three_public_overseas: y(tp.overseas),
    three_public_vehicle_purchase: y(tp.vehiclePurchase), three_public_vehicle_operation: y(tp.vehicleOperation), three_public_reception: y(tp.reception),
    staff_authorized: null, staff_actual: null,
  };
  return finish(`${style}-${String(seed).padStart(4, '0')}`, style, seed, `${dept}${FY}年度部门决算`, d, document, [], style === 'D' ? 11 : 10.5);
}

const pctOf = (a: number, b: number) => (b === 0 ? '0.00' : ((100 * a) / b).toFixed(2));
