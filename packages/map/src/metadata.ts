/**
 * Document metadata: department, its code, region, fiscal year, budget or final accounts.
 *
 * The department is what the document prints, from the first of these sources that gives
 * a name (in order of trust):
 *   1. a labelled line: 编制部门： 编制单位： 预算主管部门： 预算单位： 部门名称： 单位名称： 部门：
 *   2. the cover title, up to three of its first lines joined ("西南大学" / "2021年度部门预算")
 *   3. a line with the department code in front ("434石家庄市桥西区人民政府办公" / "室")
 *   4. a labelled table cell (部门名称 │ 北京市公安局)
 *   5. the budget-unit rows of the tables (103-大连市西岗区人民政府办公室)
 *   6. a title, a sentence or a 概况 heading anywhere in the first pages; the file name last
 * A candidate is normalised (cleanDepartment) and kept only when it reads as the name of an
 * organisation (isDepartmentName); one that does not is skipped, never cut down into one.
 *
 * The region comes from the department name and the cover title; where they name no
 * place, from the place the first pages' prose names most often. Unit lines, running
 * heads and tables never give a region.
 */
import { compact, toHalfWidth, type Block, type DocumentKind, type ParagraphBlock, type TableBlock } from '@budget/model';
import { mostNamedRegion, regionIn, type Region } from './regions.ts';

export interface Metadata extends Region {
  department: string | null;
  department_code: string | null;
  year: number | null;
  kind: DocumentKind;
}

interface Candidate { name: string; code: string | null }

const normal = (text: string): string => compact(toHalfWidth(text));

/** How the name of an organisation ends (局, 委员会, 办公室, 大学, 街道办事处, 政府, …). */
const ORG_SUFFIX = /(?:局|厅|委员会|委|办公室|研究室|办|院|中心|大学|学校|校|办事处|政府|部|会|所|站|队|馆|社|处|园|团|台|机关)$/;
/** Sentence punctuation, figures and words of prose or of a table never stand in a department's name. */
const NOT_A_NAME = /[,，。;；:：、!！?？"“”《》%0-9A-Za-z.]|的|在内|预算|决算|合计|总计|万元|科目/;
const PROSE_START = /^(?:该|其|我|在|对|为|按照|根据|关于|包括|以及)/;

/** A department name: an organisation suffix, no sentence punctuation or figures, 4–40 characters. */
export function isDepartmentName(name: string): boolean {
  return name.length >= 4 && name.length <= 40 && ORG_SUFFIX.test(name) && !NOT_A_NAME.test(name) && !PROSE_START.test(name);
}

/** Drops what surrounds a printed name: 第二部分, the year, 部门预算 / 单位预算, （本级）, 部门. */
export function cleanDepartment(name: string): string {
  return normal(name)
    .replace(/^第[一二三四五六七八九十]+部分/, '')
    .replace(/^20\d{2}年度?/, '')
    .replace(/(?:部门|单位)?(?:预算|决算)$/, '')
    .replace(/\((?:本级|本部|部门|单位)\)$|本级$/, '')
    .replace(/(?:部门|单位)$/, '');
}

const LABEL = String.raw`(?:编制部门|编制单位|预算主管部门|主管部门|预算单位名称|预算单位|部门\(单位\)名称|单位\(部门\)名称|部门\(单位\)|单位\(部门\)|部门名称|单位名称|部门|单位)`;
const LABELLED = new RegExp(`^${LABEL}[:：](.*)$`);
/** A label on its own in a table cell, its value in the next cell (bare 部门 / 单位 are column heads). */
const CELL_LABEL = new RegExp(`^(?!部门$|单位$)${LABEL}[:：]?$`);
/** What follows the name on the same line: the unit, the year, a date. */
const NEXT_FIELD = /(?:金额单位|计量单位|单位|预算年度|年度|截止时间|截止日期|填报日期|编制日期|日期)[:：].*$/;

/** "105-长春市信访局 单位：万元" → code 105, name 长春市信访局. */
function fieldValue(value: string): Candidate {
  const m = value.replace(NEXT_FIELD, '').match(/^(?:(\d{3,})[-－—]?)?(.*)$/)!;
  return { name: cleanDepartment(m[2]!), code: m[1] ?? null };
}

function labelledLines(texts: string[]): Candidate[] {
  return texts.flatMap((t) => {
    const m = t.match(LABELLED);
    return m ? [fieldValue(m[1]!)] : [];
  });
}

/** A cover or document title: "2025年洛阳市西工区人民政府办公室部门预算公开", "西南大学2023年度部门决算". */
const TITLE = /^(?:20\d{2}年度?)?(.+?)(?:20\d{2}年度?)?(?:省级|市级|区级|县级)?(?:部门|单位)?(?:综合)?(?:预算|决算)(?:草案)?(?:信息)?(?:公开|情况说明|说明|报告)?(?:表格?|报表|文件)?$/;

/** Windows of up to three consecutive lines from the top of the first page. */
function coverLines(paragraphs: ParagraphBlock[]): string[] {
  const first = paragraphs[0]?.page;
  const lines = paragraphs.filter((p) => p.page === first).slice(0, 8).map((p) => normal(p.text));
  const windows: string[] = [];
  lines.forEach((_, i) => {
    for (let n = 1; n <= 3 && i + n <= lines.length; n++) windows.push(lines.slice(i, i + n).join(''));
  });
  return windows.filter((w) => TITLE.test(w));
}

/** "434石家庄市桥西区人民政府办公室": the code and name some templates print on every page (wrapped lines rejoined). */
function codedLines(texts: string[]): Candidate[] {
  return texts.flatMap((t, i) => [t, t + (texts[i + 1] ?? '')].flatMap((line) => {
    const m = line.replace(NEXT_FIELD, '').match(/^(\d{3})([\u4e00-\u9fff()]{4,40})$/);
    return m ? [{ name: cleanDepartment(m[2]!), code: m[1]! }] : [];
  }));
}

/** 部门名称 │ 北京市公安局, or 预算单位：长春市信访局 inside one cell. */
function labelledCells(tables: TableBlock[]): Candidate[] {
  const found: Candidate[] = [];
  for (const table of tables) {
    for (const cell of table.cells) {
      const text = normal(cell.text);
      if (CELL_LABEL.test(text)) {
        const next = table.cells
          .filter((c) => c.row === cell.row && c.col >= cell.col + cell.colSpan && normal(c.text))
          .sort((a, b) => a.col - b.col)[0];
        if (next) found.push(fieldValue(normal(next.text)));
      } else {
        const m = text.match(LABELLED);
        if (m && m[1]) found.push(fieldValue(m[1]));
      }
    }
  }
  return found;
}

function unitRowCandidates(unitRows: Array<{ code: string; name: string }>): Candidate[] {
  const top = unitRows.find((u) => u.code.length <= 3) ?? unitRows[0];
  return top ? [{ name: cleanDepartment(top.name), code: top.code }] : [];
}

function matches(texts: string[], pattern: RegExp): Candidate[] {
  return texts.flatMap((t) => {
    const m = t.match(pattern);
    return m ? [{ name: cleanDepartment(m[1]!), code: null }] : [];
  });
}

const NAME = '([\\u4e00-\\u9fff()]{4,40}?)';
const TITLE_ANYWHERE = new RegExp(`^(?:20\\d{2}年度?)?${NAME}(?:20\\d{2}年度?)?(?:部门|单位)?(?:预算|决算)`);
const SENTENCE = new RegExp(`20\\d{2}年${NAME}(?:收入|支出|部门预算|部门决算)`);
const OVERVIEW = new RegExp(`^(?:第[一二三四五六七八九十]+部分)?${NAME}(?:部门|单位)?概况`);

/** A name printed elsewhere with its city or province in front ("南昌市" + "西湖区人民政府办公室"). */
function withPlacePrefix(name: string, texts: string[]): string {
  if (/^[\u4e00-\u9fff]{2,7}?(市|省)/.test(name)) return name;
  const escaped = name.replace(/[()（）]/g, (c) => `\\${c}`);
  const hanzi = '(?:(?!年|的|在|为|和)[\\u4e00-\\u9fff])';
  const prefixed = new RegExp(`((?:${hanzi}{2,7}?(?:省|自治区))?${hanzi}{2,7}?(?:市|州|盟))${escaped}`);
  for (const text of texts) {
    const m = text.match(prefixed);
    if (m) return m[1]! + name;
  }
  return name;
}

/** The department code: printed with the name, else the code of the unit row that names the department. */
function codeOf(department: string, found: Candidate, unitRows: Array<{ code: string; name: string }>): string | null {
  if (found.code) return found.code;
  const rows = unitRows.filter((u) => {
    const name = cleanDepartment(u.name);
    return isDepartmentName(name) && department.endsWith(name);
  });
  return rows.sort((a, b) => a.code.length - b.code.length)[0]?.code ?? null;
}

/** The first lines of prose: no running heads or feet, unit lines, or contents entries. */
function topProse(paragraphs: ParagraphBlock[]): string {
  return paragraphs
    .filter((p) => !p.running)
    .map((p) => normal(p.text))
    .filter((t) => !/单位[:：]|万元|目录|\.{4,}|…{2,}/.test(t))
    .slice(0, 80)
    .join('\n');
}

function firstMatch(texts: string[], pattern: RegExp): RegExpMatchArray | null {
  for (const text of texts) {
    const m = text.match(pattern);
    if (m) return m;
  }
  return null;
}

function yearOf(texts: string[], everything: string[]): number | null {
  // The title names the year: "2021 年武汉市江汉区统计局 部门预算公开" (later lines compare with other years).
  const title = texts.slice(0, 6).find((t) => /(部门|单位)(预算|决算)|预算公开|决算公开|年度预算|年度决算/.test(t) && /20\d{2}年/.test(t));
  const m =
    firstMatch(texts, /预算年度[:：]?(20\d{2})/) ??
    (title ? title.match(/(20\d{2})年/) : null) ??
    firstMatch(texts, /(20\d{2})年度?(?:部门|单位)?(?:预算|决算)/) ??
    firstMatch(texts, /(20\d{2})年/) ??
    // A document of tables only: "（2026年度）" under a late table's title.
    firstMatch(everything, /^\(?(20\d{2})年度\)?$/);
  return m ? Number(m[1]) : null;
}

export function metadataOf(blocks: Block[], unitRows: Array<{ code: string; name: string }>, source: string): Metadata {
  const paragraphs = blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').slice(0, 400);
  const tables = blocks.filter((b): b is TableBlock => b.type === 'table');
  const texts = paragraphs.map((p) => normal(p.text));
  const head = texts.slice(0, 40);
  // The file name is a last resort ("江苏省委办公厅2019年度部门预算公开表格.pdf").
  const fileName = normal(source.split(/[\\/]/).pop() ?? '').replace(/\.[a-z]+$/i, '');
  const cover = coverLines(paragraphs);

  const candidates = [
    () => labelledLines(texts),
    () => matches(cover, TITLE),
    () => codedLines(texts),
    () => labelledCells(tables),
    () => unitRowCandidates(unitRows),
    () => matches(texts, TITLE_ANYWHERE),
    () => matches(texts, SENTENCE),
    () => matches(texts, OVERVIEW),
    () => matches([fileName], TITLE_ANYWHERE),
  ];
  let found: Candidate | undefined;
  for (const read of candidates) {
    found = read().find((c) => isDepartmentName(c.name));
    if (found) break;
  }
  const department = found ? withPlacePrefix(found.name, texts) : null;

  const decisive = [...head.filter((t) => /(预算|决算)/.test(t) && t.length < 60), normal(source)];
  const kind: DocumentKind = decisive.some((t) => /决算/.test(t)) && !decisive.some((t) => /预算(公开|表|信息)/.test(t) && !/决算/.test(t)) ? 'final_accounts' : 'budget';
  const named = regionIn([department ?? '', cover[0] ?? ''].join(' '));
  const region = named.province ? named : mostNamedRegion(topProse(paragraphs));
  return {
    ...region,
    department,
    department_code: found && department ? codeOf(department, found, unitRows) : null,
    year: yearOf([...head, normal(source)], texts),
    kind,
  };
}
