import { describe, expect, it } from 'vitest';
import { dominantFontSize, groupLines, joinLineItems, splitAtGaps } from '../src/lines.ts';
import { item } from './support/items.ts';

describe('groupLines', () => {
  it('puts items with agreeing centres on one line even when their boxes differ (digits vs CJK fonts)', () => {
    const lines = groupLines([
      item('万元，与上年相比', 136.6, 318.7, 16),
      { text: '18330.37', bbox: [76.6, 318.2, 136.6, 335.9], fontSize: 16 },
      item('下一行', 76.6, 347.6, 16),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['18330.37万元，与上年相比', '下一行']);
  });

  it('orders lines top to bottom and items left to right', () => {
    const lines = groupLines([item('b', 50, 10), item('a', 10, 10), item('c', 10, 30)]);
    expect(lines.map((l) => l.text)).toEqual(['a b', 'c']);
  });
});

describe('joinLineItems', () => {
  it('glues touching pieces ("21" "," "955.35") and spaces visible gaps', () => {
    expect(joinLineItems([item('21', 0, 0, 10), item(',', 10, 0, 10), item('955.35', 15, 0, 10), item('万元', 50, 0, 10)])).toBe('21,955.35 万元');
  });
});

describe('splitAtGaps', () => {
  it('cuts a line where pieces are far apart', () => {
    const [line] = groupLines([item('部门：某某', 10, 10), item('单位：万元', 300, 10)]);
    expect(splitAtGaps(line!, 3).map((l) => l.text)).toEqual(['部门：某某', '单位：万元']);
  });
});

describe('dominantFontSize', () => {
  it('is the size carrying most characters', () => {
    expect(dominantFontSize([item('标题', 0, 0, 18), item('正文正文正文', 0, 0, 12)])).toBe(12);
  });
});
