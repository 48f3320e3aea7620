import { describe, expect, it } from 'vitest';
import { measureOf, tablePaths } from '../src/measures.ts';

describe('header paths read against the whole table', () => {
  it('drops the heading of each list of a side-by-side summary (本年收入 › 预算数 is the list\'s amount, not 本年收入)', () => {
    const paths = tablePaths([['本年收入', '项目'], ['本年收入', '预算数'], ['本年支出', '项目'], ['本年支出', '预算数']]);
    expect(paths).toEqual([['项目'], ['预算数'], ['项目'], ['预算数']]);
    expect(paths.map((p) => measureOf(p, 2025))).toEqual([null, 'total', null, 'total']);
  });
  it('keeps a group heading over amounts only (收入预算 › 合计 | 财政拨款收入)', () => {
    const printed = [['项目', '科目名称'], ['收入预算', '合计'], ['收入预算', '财政拨款收入']];
    expect(tablePaths(printed)).toEqual(printed);
  });
  it('reads 本年支出 as the whole table where no 上年结转 column stands beside it', () => {
    expect(tablePaths([['本年支出', '合计'], ['本年支出', '基本支出']]).map((p) => measureOf(p, 2025))).toEqual(['total', 'basic']);
    expect(tablePaths([['合计'], ['当年预算', '小计'], ['上年结转结余', '小计']]).map((p) => measureOf(p, 2025))).toEqual(['total', 'current_year', 'carryover']);
  });
});
