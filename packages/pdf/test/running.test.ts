import type { Block, ParagraphBlock } from '@budget/model';
import { describe, expect, it } from 'vitest';
import { markRunning, runningKey } from '../src/running.ts';

const para = (page: number, y: number, text: string): ParagraphBlock => ({ type: 'paragraph', page, bbox: [50, y, 200, y + 9], text, fontSize: 9 });

describe('markRunning', () => {
  it('flags lines repeating at the same place on several pages, page numbers included', () => {
    const blocks: Block[] = [
      para(1, 60, '434石家庄市桥西区人民政府办公室'), para(1, 400, '正文第一页'), para(1, 800, '- 1 -'),
      para(2, 61, '434石家庄市桥西区人民政府办公室'), para(2, 400, '正文第二页'), para(2, 800, '- 2 -'),
      para(3, 300, '434石家庄市桥西区人民政府办公室'), // same text, elsewhere on the page
    ];
    markRunning(blocks, () => 842);
    const running = blocks.filter((b) => b.type === 'paragraph' && b.running).map((b) => `${b.page}:${(b as ParagraphBlock).text}`);
    expect(running).toEqual(['1:434石家庄市桥西区人民政府办公室', '1:- 1 -', '2:434石家庄市桥西区人民政府办公室', '2:- 2 -']);
  });

  it('aligns feet on the page bottom when page heights differ (A4 and A3 in one file)', () => {
    const blocks: Block[] = [para(1, 800, '第 1 页'), para(2, 1149, '第 2 页')];
    markRunning(blocks, (p) => (p === 1 ? 842 : 1191));
    expect(blocks.every((b) => b.type === 'paragraph' && b.running)).toBe(true);
  });

  it('compares text without spaces, in half-width, with numbers alike', () => {
    expect(runningKey('单位 ：万元 第１２页')).toBe(runningKey('单位:万元第3页'));
  });
});
