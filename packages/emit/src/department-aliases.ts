/**
 * How department names are normalised into department_key (docs/DATASET.md): data, not
 * code, so a new alias is one line here. Applied in order after full-width → half-width and
 * whitespace removal, and after the document's own region names are cut from the front.
 */
export interface NameRewrite {
  /** Matched against the whole (already shortened) name. */
  pattern: RegExp;
  replacement: string;
  why: string;
}

/** Applied before the region's names are cut: the party prefix stands before the region (中共江苏省委…). */
export const PARTY_PREFIX_REWRITES: readonly NameRewrite[] = [
  { pattern: /^(?:中国共产党|中共)/u, replacement: '', why: '中共…委 / 中国共产党…委员会 and …委 name the same committee' },
];

/** Applied after the region's names and level word are cut. */
export const DEPARTMENT_NAME_REWRITES: readonly NameRewrite[] = [
  { pattern: /[(（]?(?:部门)?本级[)）]?$/u, replacement: '', why: '“本级” (the department without its subordinate units) names the same department' },
  { pattern: /^委员会/u, replacement: '委', why: '(中共)江苏省委员会… is the long form of 省委…' },
  { pattern: /人大常委会办公厅$/u, replacement: '人大办公厅', why: 'the 人大常委会办公厅 publishes as 人大办公厅 in some years' },
  { pattern: /人大常委会$/u, replacement: '人大办公厅', why: 'the 人大常委会 budget is the one its 办公厅 publishes' },
  { pattern: /办公室$/u, replacement: '办公厅', why: '办公厅 (province level) and 办公室 (city/county level) name the same office' },
  { pattern: /^(?:人民)?检察院$/u, replacement: '人民检察院', why: '省检察院 and 省人民检察院 are one body' },
  { pattern: /^(?:高级人民)?法院$/u, replacement: '高级人民法院', why: '省法院 and 省高级人民法院 are one body' },
  { pattern: /[(（][^)）]*[)）]$/u, replacement: '', why: 'a trailing note in brackets (汇总, 含下属单位) is not part of the name' },
];

/** Level words left at the front once the region's own name is cut (江苏省委 → 省委 → 委 is wrong, so only these). */
export const REGION_LEVEL_PREFIXES: readonly string[] = ['省', '自治区', '市', '区', '县'];
