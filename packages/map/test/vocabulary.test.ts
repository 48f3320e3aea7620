import { describe, expect, it } from 'vitest';
import { measureOf, recogniseTableKind, regionIn } from '@budget/map';
import { tablePaths } from '../src/measures.ts';
import { splitTarget } from '../src/performance.ts';
import { isUnitCode, joinCodeParts, splitCodeAndName } from '../src/codes.ts';

describe('table kinds from printed titles', () => {
  it.each([
    ['收支预算总表', 'income_expenditure_summary'],
    ['2025 年部门收支预算表', 'income_expenditure_summary'],
    ['部门预算收支总表', 'income_expenditure_summary'],
    ['部门预算收入总表', 'income_summary'],
    ['2025年部门支出预算表', 'expenditure_summary'],
    ['支出功能分类预算表', 'function_expenditure'],
    ['2025年支出经济分类汇总表', 'economic_expenditure'],
    ['部门预算财政拨款收支总表', 'fiscal_summary'],
    ['财政拨款预算总表', 'fiscal_summary'],
    ['一般公共预算支出表', 'general_budget_expenditure'],
    ['部门预算一般公共预算财政拨款支出表', 'general_budget_expenditure'],
    ['部门预算一般公共预算财政拨款基本支出表', 'general_budget_basic'],
    ['财政拨款“三公”经费支出预算表', 'three_public'],
    ['部门预算政府基金预算财政拨款支出表', 'gov_fund_expenditure'],
    ['2025 年国有资本经营支出预算表', 'state_capital_expenditure'],
    ['项目支出表', 'project_expenditure'],
    ['政府采购预算表', 'procurement'],
    ['政府购买服务预算表', 'purchased_services'],
    ['行政（事业）单位机构运转经费预算表', 'operating_funds'],
    ['部门（单位）整体支出绩效目标表', 'department_performance'],
    ['部门预算项目绩效目标表', 'project_performance'],
    ['收入支出决算总表', 'income_expenditure_summary'],
  ])('%s → %s', (title, kind) => {
    expect(recogniseTableKind(title)).toBe(kind);
  });
  it('does not strip the 一 of 一般公共预算 as list numbering', () => {
    expect(recogniseTableKind('一、一般公共预算基本支出表')).toBe('general_budget_basic');
  });
});

describe('measures from header paths', () => {
  it.each([
    [['合计'], 'total'],
    [['基本支出', '合计'], 'basic'],
    [['基本支出', '小计'], 'basic'],
    [['基本支出', '人员经费'], 'personnel'],
    [['基本支出', '人员经费', '工资福利支出'], 'personnel_wages'],
    [['基本支出', '公用经费', '资本性支出'], 'public_funds_capital'],
    [['项目支出', '特定目标类'], 'project_specific'],
    [['财政拨款', '小计'], 'fiscal_appropriation'],
    [['财政拨款', '一般公共预算'], 'general_budget'],
    [['一般公共预算', '其中:财政拨款'], 'general_budget_fiscal_appropriation'],
    [['财政拨款', '其中:财政拨款'], 'fiscal_appropriation'],
    [['基本支出', '财政拨款', '一般公共预算'], 'basic_general_budget'],
    [['项目支出', '财政拨款', '小计'], 'project_fiscal_appropriation'],
    [['财政专户管理资金'], 'special_account'],
    [['上年结转'], 'carryover'],
    [['金额', '2024年'], 'prior_year'],
    [['金额', '2025年'], 'total'],
    // Nationwide templates.
    [['基本支出', '人员支出'], 'personnel'],
    [['基本支出', '日常公用支出'], 'public_funds'],
    [['当年预算', '小计'], 'current_year'],
    [['上年结转结余', '基本支出'], 'carryover_basic'],
    [['上年结转结余', '基本支出', '人员经费'], 'carryover_personnel'],
    [['财政拨款结转', '一般公共预算'], 'carryover_general_budget'],
    [['事业收入', '其中：教育收费'], 'business_income_special_account'],
    [['项目支出', '其中：基本建设资金支出'], 'project_capital_construction'],
    [['编制预算'], 'total'],
  ])('%j → %s', (path, measure) => {
    expect(measureOf(path, 2025)).toBe(measure);
  });
  it('gives no measure to a name column', () => {
    expect(measureOf(['科目名称'], 2025)).toBeNull();
  });
  it('gives no measure to a sub-column it cannot name, rather than its group\'s', () => {
    expect(measureOf(['项目支出', '扣除基建项目后预算数'], 2025)).toBeNull();
    expect(measureOf(['事业收入', '其中：捐赠'], 2025)).toBeNull();
  });
});

describe('codes', () => {
  it('joins 类 | 款 | 项 columns', () => {
    expect(joinCodeParts('201', '03', '01')).toBe('2010301');
    expect(joinCodeParts('201', '3', '')).toBe('20103');
    expect(joinCodeParts('201', '', '')).toBe('201');
  });
  it('splits a code printed before its name', () => {
    expect(splitCodeAndName('2010301-行政运行')).toEqual({ code: '2010301', name: '行政运行' });
    expect(splitCodeAndName('30101 基本工资')).toEqual({ code: '30101', name: '基本工资' });
    expect(splitCodeAndName('行政运行')).toBeNull();
  });
  it('tells budget units from subjects', () => {
    expect(isUnitCode('103001', '大连市西岗区人民政府办公室（本级）')).toBe(true);
    expect(isUnitCode('103', '大连市西岗区人民政府办公室')).toBe(true);
    expect(isUnitCode('201', '一般公共服务支出')).toBe(false);
    expect(isUnitCode('302', '商品和服务支出')).toBe(false);
  });
});

describe('performance targets', () => {
  it('splits operator, value and unit', () => {
    expect(splitTarget('≥365天')).toEqual({ operator: '≥', value: '365', unit: '天' });
    expect(splitTarget('＝100%')).toEqual({ operator: '=', value: '100', unit: '%' });
    expect(splitTarget('显著提升')).toEqual({ operator: null, value: '显著提升', unit: null });
  });
});

describe('regions', () => {
  it('finds province, city and county with the GB/T 2260 code', () => {
    expect(regionIn('大连市西岗区人民政府办公室')).toEqual({ province: '辽宁省', city: '大连市', county: '西岗区', region_code: '210203' });
    expect(regionIn('洛阳市西工区人民政府办公室').region_code).toBe('410303');
  });
  it('leaves an ambiguous county alone', () => {
    // 西湖区 exists in both 杭州市 and 南昌市.
    expect(regionIn('西湖区政府办公室').county).toBeNull();
  });
});

describe('printed variants', () => {
  it('reads codes in brackets', () => {
    expect(splitCodeAndName('[2010301]行政运行')).toEqual({ code: '2010301', name: '行政运行' });
    expect(splitCodeAndName('【301】工资福利支出')).toEqual({ code: '301', name: '工资福利支出' });
  });
  it('drops table numbering in front of titles', () => {
    expect(recogniseTableKind('表1 收支预算总表')).toBe('income_expenditure_summary');
    expect(recogniseTableKind('附表1-2 收入预算总表')).toBe('income_summary');
  });
  it('keeps the 一 of 一般 when a Chinese label number comes before it (江苏省政协 2017 表八)', () => {
    expect(recogniseTableKind('表八一般公共预算支出预算表')).toBe('general_budget_expenditure');
    expect(recogniseTableKind('表十一一般公共预算基本支出预算表')).toBe('general_budget_basic');
    expect(recogniseTableKind('附表一一般公共预算支出表')).toBe('general_budget_expenditure');
  });
  it('drops a note in brackets printed before the title', () => {
    expect(recogniseTableKind('(无政府性基金支出)一般公共预算支出预算表')).toBe('general_budget_expenditure');
  });
});

describe('final accounts (决算)', () => {
  it.each([
    ['收入支出决算总表', 'income_expenditure_summary'],
    ['收入决算表', 'income_summary'],
    ['支出决算表', 'expenditure_summary'],
    ['财政拨款收入支出决算总表', 'fiscal_summary'],
    ['一般公共预算财政拨款支出决算表', 'general_budget_expenditure'],
    ['一般公共预算财政拨款基本支出决算表', 'general_budget_basic'],
    ['政府性基金预算财政拨款收入支出决算表', 'gov_fund_expenditure'],
    ['财政拨款“三公”经费支出决算表', 'three_public'],
    // Regional reports (Hotan 2025, Lijiang 2025): a fund's income table is not its expenditure table.
    ['政府性基金预算收入决算表', 'income_summary'],
    ['2025年市本级国有资本经营预算收入执行情况表', 'income_summary'],
    ['国有资本经营预算收支决算总表', 'state_capital_expenditure'],
  ])('%s → %s', (title, kind) => {
    expect(recogniseTableKind(title)).toBe(kind);
  });
  it.each([
    [['决算数'], 'actual'],
    [['年初预算数'], 'initial_budget'],
    [['调整预算数'], 'adjusted_budget'],
    [['年末结转和结余'], 'year_end_carryover'],
    [['年初结转和结余'], 'carryover'],
  ])('%j → %s', (path, measure) => {
    expect(measureOf(path, 2024)).toBe(measure);
  });
});

describe('header paths read against the whole table', () => {
  it('takes 本年收入合计 for the 合计 where the table prints no 总计, else for the 本年 subtotal', () => {
    expect(tablePaths([['科目名称'], ['本年收入合计'], ['财政拨款收入']]).map((p) => measureOf(p, 2024))).toEqual([null, 'total', 'fiscal_appropriation']);
    expect(tablePaths([['总计'], ['本年收入合计'], ['上年结转']]).map((p) => measureOf(p, 2024))).toEqual(['total', 'current_year_income', 'carryover']);
  });
  it('reads 预算数 beside 决算数 as the initial budget, and 增减 as a change', () => {
    expect(tablePaths([['项目'], ['预算数'], ['决算数'], ['决算数比预算数增减']]).map((p) => measureOf(p, 2024))).toEqual([null, 'initial_budget', 'actual', 'change']);
    expect(measureOf(['预算数'], 2024)).toBe('total');
    expect(measureOf(['上解上级支出'], 2024)).toBe('remit_superior');
    expect(measureOf(['教育收费资金收入'], 2024)).toBe('special_account');
  });
});
