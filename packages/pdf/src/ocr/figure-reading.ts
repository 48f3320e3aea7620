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
