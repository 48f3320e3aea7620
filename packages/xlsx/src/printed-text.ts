/**
 * A cell's text as the spreadsheet prints it: the value run through its number format.
 * Amounts are doubles in a workbook; the printed text (two decimals under "#,##0.00")
 * is the published figure, so it is what the table path reads. Excel shows at most 15
 * significant digits, so values are taken at that precision before rounding half up.
 */
import { Decimal } from 'decimal.js';

export type CellValue =
  | null | undefined | number | string | boolean | Date
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: Array<{ text: string }> }
  | { text: string; hyperlink?: string }
  | { error: string };

/** The value a cell shows: a formula's cached result, rich text joined, a hyperlink's text. */
export function shownValue(value: CellValue): number | string | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) {
    // A formula never calculated has no cached result: Excel prints nothing.
    return shownValue((value as { result?: CellValue }).result);
  }
  if ('text' in value) return value.text;
  return null;
}

export function printedText(value: CellValue, numFmt: string | undefined): string {
  const shown = shownValue(value);
  if (shown === null) return '';
  if (typeof shown === 'string') return shown;
  if (typeof shown === 'boolean') return shown ? 'TRUE' : 'FALSE';
  if (shown instanceof Date) return shown.toISOString().slice(0, 10);
  return formatNumber(shown, numFmt ?? 'General');
}

export function formatNumber(value: number, numFmt: string): string {
  if (!Number.isFinite(value)) return String(value);
  const section = chooseSection(numFmt, value);
  const pattern = stripDecorations(section);
  const exact = new Decimal(value.toPrecision(15));
  if (!/[0#]/.test(pattern) || /^general$/i.test(pattern.trim())) return exact.toString();
  const percent = pattern.includes('%');
  const scaled = percent ? exact.times(100) : exact;
  const decimals = /\.([0#]+)/.exec(pattern)?.[1]?.length ?? 0;
  // A negative section printed without its own minus ("#,##0;(#,##0)") shows the absolute value.
  const signed = section === sectionsOf(numFmt)[0] ? scaled : scaled.abs();
  // "00" prints 5 as 05: the zeros before the point are the fewest digits shown (codes kept as numbers).
  const minDigits = (/^[^.]*/.exec(pattern.replace(/[^0#.,]/g, ''))?.[0].match(/0/g) ?? []).length;
  const fixed = padWhole(signed.toFixed(decimals, Decimal.ROUND_HALF_UP), minDigits);
  const grouped = /#,##|0,0/.test(pattern) ? groupThousands(fixed) : fixed;
  const prefix = /^-/.test(pattern.trim()) && !grouped.startsWith('-') ? '-' : '';
  return `${prefix}${grouped}${percent ? '%' : ''}`;
}

function sectionsOf(numFmt: string): string[] {
  return numFmt.split(';');
}

/** Excel's sections: positive;negative;zero;text. */
function chooseSection(numFmt: string, value: number): string {
  const sections = sectionsOf(numFmt);
  if (value < 0 && sections[1] !== undefined) return sections[1];
  if (value === 0 && sections[2] !== undefined) return sections[2];
  return sections[0]!;
}

/** Colours, conditions, padding (`_x`), repeats (`*x`), quoted text and escapes carry no digits. */
function stripDecorations(section: string): string {
  return section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[_*\\]./g, '');
}

function padWhole(fixed: string, minDigits: number): string {
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  // With no 0 before the point ("#.00"), a zero whole part is not printed at all (.50).
  const padded = minDigits === 0 && whole === '0' ? '' : whole!.padStart(minDigits, '0');
  return `${negative ? '-' : ''}${padded}${fraction !== undefined ? `.${fraction}` : ''}`;
}

function groupThousands(fixed: string): string {
  const [whole, fraction] = fixed.split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  const digits = whole!.replace('-', '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}
