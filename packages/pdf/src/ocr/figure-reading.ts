/**
 * OCR readings of a figure cell, tidied and ranked. The text pass and the digits pass make
 * different mistakes on the same figure: stray marks from the cell's rule ("]141,200.00",
 * "了7349,163.03"), doubled or swapped separators ("15,600..00", "5,.042,633.07"), a dropped
 * comma ("7349,163.03"). Those leave the digits intact and are tidied here; a lost or
 * changed digit is not, and is left to the ranking and to the accounting identities.
 */

/** Marks a cell's rules and corners leave at either end of a reading. */
const RULE_REMNANTS = /^[\][|丨了!！'"`_~「」『』:：;；]+|[\][|丨!！'"`_~「」『』:：;；]+$/g;
const FIGURE_CHARS = /^-?[\d,.]+$/;
/** A figure as budget tables print it: digits grouped by commas, two decimals. */
const PRINTED_STYLE = /^-?\d{1,3}(,\d{3})*\.\d{2}$/;
const WELL_FORMED = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** Half-width punctuation, no spaces, rule remnants off the ends, separators undoubled. */
export function tidyFigure(text: string): string {
  let t = text.replace(/\s/g, '').replace(/[。·]/g, '.').replace(/，/g, ',').replace(/[—–－]/g, '-');
  t = t.replace(RULE_REMNANTS, '');
  if (!FIGURE_CHARS.test(t) || !/\d/.test(t)) return t;
  t = t.replace(/\.{2,}/g, '.').replace(/,{2,}/g, ',').replace(/,\./g, ',').replace(/\.,/g, ',');
  // Digits grouped by threes after a first group too long: a comma was dropped, not a digit.
  const grouped = /^(-?)(\d{4,})((,\d{3})+)(\.\d+)?$/.exec(t);
  if (grouped) t = `${grouped[1]}${grouped[2]!.replace(/\B(?=(\d{3})+$)/g, ',')}${grouped[3]}${grouped[5] ?? ''}`;
  return t;
}

/** Does the tidied text read as a figure at all (digits and separators only)? */
export function isFigureReading(text: string): boolean {
  const t = tidyFigure(text);
  return /\d/.test(t) && FIGURE_CHARS.test(t);
}

/** 2: the printed style; 1: a well-formed figure; 0: not one. */
export function figureRank(tidied: string): number {
  if (PRINTED_STYLE.test(tidied)) return 2;
  return WELL_FORMED.test(tidied) ? 1 : 0;
}

/** The value a reading stands for, separators aside: readings that differ only in commas agree. */
export function figureValue(tidied: string): string {
  return tidied.replace(/,/g, '');
}

export interface Reading {
  text: string;
  /** The engine's confidence, 0–100. */
  confidence: number;
}

export interface ChosenReading extends Reading {
  /** The other figures the cell was read as, for the accounting identities to settle. */
  alternatives: string[];
}

/** Words (no digit at all) read with at least this confidence stand: 合计 in a column of figures. */
const TRUSTED_WORDS = 70;

export function isConfidentWords(reading: Reading): boolean {
  return !/\d/.test(reading.text) && reading.confidence >= TRUSTED_WORDS;
}

/** `shorter`'s digits are `longer`'s with some left out. */
function dropsDigits(shorter: string, longer: string): boolean {
  const a = figureValue(shorter).replace(/\D/g, ''), b = figureValue(longer).replace(/\D/g, '');
  if (a.length >= b.length) return false;
  let i = 0;
  for (const ch of b) if (ch === a[i]) i++;
  return i === a.length;
}

/** Is `a` the better reading of the two? The printed style first; then a dropped digit is a commoner mistake than an added one (05 read as 0); then confidence. */
function better(a: Reading, b: Reading): boolean {
  const ra = figureRank(a.text), rb = figureRank(b.text);
  if (ra !== rb) return ra > rb;
  if (dropsDigits(b.text, a.text)) return true;
  if (dropsDigits(a.text, b.text)) return false;
  return a.confidence > b.confidence;
}

const best = (readings: readonly Reading[]): Reading => readings.reduce((a, b) => (better(b, a) ? b : a));

/**
 * One figure cell's readings (the text pass's first, then the digit passes'), tidied: the
 * value most readings agree on, else the best-formed reading; the others' figures are kept
 * as alternatives.
 */
export function chooseReading(first: Reading, others: readonly Reading[]): ChosenReading {
  const firstText = tidyFigure(first.text);
  if (isConfidentWords(first)) return { ...first, alternatives: [] };
  const readings = [{ ...first, text: firstText }, ...others.map((r) => ({ ...r, text: tidyFigure(r.text) }))].filter((r) => r.text);
  const figures = readings.filter((r) => figureRank(r.text) > 0);
  // The printed style outranks any number of bare readings: 177 read twice loses to 1.77 once.
  const topRank = Math.max(0, ...figures.map((r) => figureRank(r.text)));
  const contenders = figures.filter((r) => figureRank(r.text) === topRank);
  if (figures.length === 0) return { text: readings[0]?.text ?? firstText, confidence: readings[0]?.confidence ?? first.confidence, alternatives: [] };
  const byValue = new Map<string, Reading[]>();
  for (const r of contenders) byValue.set(figureValue(r.text), [...(byValue.get(figureValue(r.text)) ?? []), r]);
  const groups = [...byValue.values()];
  const most = Math.max(...groups.map((g) => g.length));
  const agreed = most >= 2 ? groups.filter((g) => g.length === most).map(best) : contenders;
  const chosen = best(agreed);
  const confidence = Math.max(...byValue.get(figureValue(chosen.text))!.map((r) => r.confidence));
  const alternatives = [...new Set(figures.filter((r) => figureValue(r.text) !== figureValue(chosen.text)).map((r) => r.text))];
  return { text: chosen.text, confidence, alternatives };
}
