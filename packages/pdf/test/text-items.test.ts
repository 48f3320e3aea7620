import { describe, expect, it } from 'vitest';
import type { Matrix } from '../src/geometry.ts';
import { countSideways, textItemBox, toTextItems } from '../src/text-items.ts';

const A4: Matrix = [1, 0, 0, -1, 0, 842];
/** pdfjs's viewport for an A4 page with /Rotate 90 at scale 1: display X = PDF y, display Y = PDF x. */
const A4_ROTATED: Matrix = [0, 1, 1, 0, 0, 0];

describe('textItemBox', () => {
  it('boxes upright text from its baseline, ascent and descent', () => {
    const { bbox, fontSize } = textItemBox({ str: '合计', transform: [9, 0, 0, 9, 100, 742], width: 18, height: 9 }, { ascent: 0.88, descent: -0.12 }, A4);
    expect(fontSize).toBe(9);
    expect(bbox[0]).toBeCloseTo(100);
    expect(bbox[2]).toBeCloseTo(118);
    expect(bbox[1]).toBeCloseTo(100 - 0.88 * 9);
    expect(bbox[3]).toBeCloseTo(100 + 0.12 * 9);
  });

  it('boxes text on a /Rotate 90 page in display coordinates', () => {
    // On a rotated page the exporter draws text turned by 90° in PDF space (text matrix [0 9 -9 0 x y])
    // so it reads horizontally once displayed.
    const { bbox, fontSize } = textItemBox({ str: '合计', transform: [0, 9, -9, 0, 500, 100], width: 18, height: 9 }, undefined, A4_ROTATED);
    expect(fontSize).toBe(9);
    expect(bbox[0]).toBeCloseTo(100); // display x = PDF y of the baseline start
    expect(bbox[2]).toBeCloseTo(118); // advancing along PDF y = along display x
    expect(bbox[3] - bbox[1]).toBeCloseTo(9);
    expect(bbox[3]).toBeCloseTo(500 + 0.15 * 9); // baseline at PDF x = 500, descent below it
  });
});

describe('toTextItems', () => {
  it('drops empty and space-only items (pdfjs emits spaces and line ends as items)', () => {
    const items = toTextItems([
      { str: ' ', transform: [9, 0, 0, 9, 0, 0], width: 2, height: 9 },
      { str: '', transform: [9, 0, 0, 9, 0, 0], width: 0, height: 0 },
      { str: '１２', transform: [9, 0, 0, 9, 0, 0], width: 18, height: 9 },
    ], {}, A4);
    expect(items.map((i) => i.text)).toEqual(['１２']);
  });
});

describe('countSideways', () => {
  it('counts items that do not read left to right once displayed', () => {
    const upright = { str: '合计', transform: [9, 0, 0, 9, 100, 100], width: 18, height: 9 };
    const turned = { str: '合计', transform: [0, 9, -9, 0, 500, 100], width: 18, height: 9 };
    expect(countSideways([upright, turned], {}, A4)).toBe(1);
    // On a /Rotate 90 page the exporter's turned text is the upright one.
    expect(countSideways([turned], {}, A4_ROTATED)).toBe(0);
    expect(countSideways([upright], {}, A4_ROTATED)).toBe(1);
    expect(countSideways([{ ...upright, fontName: 'v' }], { v: { vertical: true } }, A4)).toBe(1);
  });
});
