/**
 * Facts stated in sentences: totals, 基本 / 项目支出, 人员 / 公用经费, “三公” by item and staff
 * counts. Word-style disclosures carry these only in prose.
 */
import { compact, parseFigure, toHalfWidth, toYuan, type Block, type Fact, type HeadlineKey, type Unit } from '@budget/model';

/** After an item's heading, the year's figure: "。2026年预算数", "：2025年决算为". */
const YEAR_FIGURE = String.raw`[。.:：]\d{4}年度?(?:预算|决算)数?为?`;

/** Label patterns per headline, most specific first; the figure must follow within a short gap. */
export const LABELS: Array<[HeadlineKey, RegExp[]]> = [
  // 本年收入 / 本年支出 are this year's part of the totals, not 收入总计 / 支出总计.
  ['income_total', [/(?<!财政拨款|基金|采购)收入预算总额为?/, /(?<!财政拨款)收入预算总计/, /收入总计/, /收支总预算/, /(?<!本)年度?收入预算/, /(?<!本)年(?:部门)?预算收入/, /(?<!本年)收入合计/]],
  ['expenditure_total', [/(?<!财政拨款|基金|采购|运行)支出预算总额为?/, /(?<!财政拨款)支出预算总计/, /支出总计/, /收支总预算/, /(?<!本)年度?支出预算/, /(?<!本)年预算支出/, /(?<!本年)支出合计/]],
  ['basic_total', [/(?<!一般公共预算)基本支出(?:预算)?/]],
  ['project_total', [/(?<!一般公共预算)项目支出(?:预算)?/, /部门预算项目经费/]],
  // Not a compound that names something else: 临聘人员经费 (a project), 离退休人员经费.
  ['personnel_total', [/(?<!临聘|聘用|编外|临时|退休|离休|离退休)人员经费(?:支出)?/]],
  ['public_funds_total', [/(?:日常)?公用经费(?:支出)?/]],
  // Not the sum of “三公”经费 with 会议费 and 培训费 ("“三公”经费及会议费、培训费预算支出共263.72万元").
  ['three_public_total', [/[“"]?三公[”"]?经费(?![^。；\d]{0,24}?(?:会议|培训))[^。；\d]{0,24}?(?:安排|预算为|预算|决算|为)/]],
  // An item may head its own paragraph: "(一)因公出国(境)费用。2026年预算数51.3万元".
  ['three_public_overseas', [/因公出国[(（]?境?[)）]?(?:费用?|经费)?(?:预算)?/, new RegExp(String.raw`因公出国[(（]?境?[)）]?(?:费用?|经费)${YEAR_FIGURE}`)]],
  ['three_public_reception', [/公务接待(?:费)?(?:预算)?/, new RegExp(String.raw`公务接待费用?${YEAR_FIGURE}`)]],
  ['three_public_vehicle_purchase', [/公务用车购置(?:费)?(?:为|预算)?(?!及)/]],
  ['three_public_vehicle_operation', [/公务用车运行(?:维护)?(?:费)?|公务用车运维费/]],
];

/** Between a label and its figure: no other figure, no sentence end, a few characters at most. */
const GAP = String.raw`(?:(?!增|减|比|较|下降|上升|占)[^0-9。；;，,、]){0,6}?`;
/** A label right after a change word states a change, not the figure ("增加基本支出844.15万元"). */
const NOT_A_CHANGE = String.raw`(?<!增加|减少|增长|下降|压减|调增|调减)`;
export const AMOUNT = String.raw`(-?\d[\d,]*(?:\.\d+)?)(万元|元|千元)`;

export interface ProseFacts {
  facts: Partial<Record<HeadlineKey, Fact>>;
  staff_authorized: number | null;
  staff_actual: number | null;
}

/** Template debris and markdown emphasis that some exporters leave in the text. */
export function cleanProse(text: string): string {
  return compact(toHalfWidth(text))
    .replace(/MERGEFIELD\$?\{[^}]*\}/g, '')
    .replace(/\*\*/g, '');
}

export interface ProseStream {
  text: string;
  /** Start offset of each block's text in the stream, to trace a match back to its block. */
  pieces: Array<{ offset: number; block: Block & { type: 'paragraph' } }>;
}

/**
 * PDF prose arrives one visual line per block, and a sentence may wrap between its
 * figure and its unit: read the lines as one stream, with a sentence break at each table.
 */
export function proseStream(blocks: Block[]): ProseStream {
  let text = '';
  const pieces: ProseStream['pieces'] = [];
  for (const block of blocks) {
    if (block.type === 'table') { text += '。'; continue; }
    if (block.running) continue;
    const cleaned = cleanProse(block.text);
    if (!cleaned) continue;
    pieces.push({ offset: text.length, block });
    text += cleaned;
  }
  return { text, pieces };
}

export function blockAt(stream: ProseStream, offset: number): Block & { type: 'paragraph' } {
  let found = stream.pieces[0]!.block;
  for (const piece of stream.pieces) {
    if (piece.offset > offset) break;
    found = piece.block;
  }
  return found;
}

export function proseFacts(blocks: Block[]): ProseFacts {
  const stream = proseStream(blocks);
  const facts: Partial<Record<HeadlineKey, Fact>> = {};
  if (stream.pieces.length === 0) return { facts, staff_authorized: null, staff_actual: null };
  for (const [key, labels] of LABELS) {
    // The earliest statement wins: disclosures state the department's totals before the parts.
    const matches = labels
      .map((label) => firstMatch(stream.text, new RegExp(NOT_A_CHANGE + `(?:${label.source})` + GAP + AMOUNT, 'g'), key))
      .filter((m): m is RegExpExecArray => m !== null && parseFigure(m[1]!) !== null)
      .sort((a, b) => a.index - b.index);
    for (const m of matches.slice(0, 1)) {
      const amount = parseFigure(m[1]!)!;
      const block = blockAt(stream, m.index);
      facts[key] = {
        amount_yuan: toYuan(amount, m[2] as Unit),
        from: 'prose',
        provenance: { page: block.page, table_index: null, row: null, col: null, bbox: block.bbox ?? null, text: m[0]! },
      };
      break;
    }
  }
  return {
    facts,
    staff_authorized: count(stream.text, /编制(?:人数)?(?:小计|合计|共)?(?:为)?(\d+)人/),
    staff_actual: count(stream.text, /实有(?:人数)?(?:小计|合计|共)?(?:为)?(\d+)人/),
  };
}

/** Headlines of the whole department, which a section about one funding source does not state. */
export const DEPARTMENT_WIDE = new Set<HeadlineKey>(['income_total', 'expenditure_total', 'basic_total', 'project_total']);
/** A section heading ("三、财政拨款支出情况说明") and the funding source it is about. */
const SECTION = /[一二三四五六七八九十]+、([^0-9。；，,]{2,30})/g;
export const ONE_SOURCE = /财政拨款|一般公共预算|政府性基金|国有资本经营/;

/** The section heading in force at `offset`, or ''. */
export function sectionAt(text: string, offset: number): string {
  let heading = '';
  for (const m of text.slice(0, offset).matchAll(SECTION)) heading = m[1]!;
  return heading;
}

/**
 * The first match of a label that states the figure at the right scope: 基本支出 under
 * "三、财政拨款情况说明" is the 财政拨款 money's basic spending, not the department's.
 */
function firstMatch(text: string, pattern: RegExp, key: HeadlineKey): RegExpExecArray | null {
  for (const m of text.matchAll(pattern)) {
    if (DEPARTMENT_WIDE.has(key) && ONE_SOURCE.test(sectionAt(text, m.index))) continue;
    return m as RegExpExecArray;
  }
  return null;
}

function count(text: string, pattern: RegExp): number | null {
  const m = text.match(pattern);
  return m ? Number(m[1]) : null;
}
