import { describe, expect, it } from 'vitest';
import { formatNumber, printedText } from '../src/index.ts';

describe('printed text of a cell', () => {
  it.each([
    [1234.56, '#,##0.00', '1,234.56'],
    [1234.5, '0.00', '1234.50'],
    [1234.565, '#,##0.00', '1,234.57'], // half up at 15 significant digits, as Excel shows it
    [1.005, '0.00', '1.01'],
    [-1234, '#,##0_ ;[Red]-#,##0 ', '-1,234'],
    [-5, '#,##0.00', '-5.00'],
    [0.1532, '0.0%', '15.3%'],
    [250422, 'General', '250422'],
    [0.1 + 0.2, 'General', '0.3'],
    [12, '@', '12'],
    [5, '00', '05'],
    [0.5, '0.00', '0.50'],
    [0.5, '#.00', '.50'],
  ])('%s under %s prints %s', (value, format, printed) => {
    expect(formatNumber(value, format)).toBe(printed);
  });

  it('takes a formula’s cached result, rich text runs joined, nothing for an uncalculated formula', () => {
    expect(printedText({ formula: 'SUM(C6:C20)', result: 250422 }, '#,##0')).toBe('250,422');
    expect(printedText({ richText: [{ text: '一般公共' }, { text: '预算' }] }, undefined)).toBe('一般公共预算');
    expect(printedText({ formula: 'A1' }, '0.00')).toBe('');
    expect(printedText(null, '0.00')).toBe('');
  });
});
