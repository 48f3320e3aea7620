/** Document metadata: department, its code, region, fiscal year, budget or final accounts. */
import { compact, toHalfWidth, type Block, type DocumentKind } from '@budget/model';
import { regionIn, type Region } from './regions.ts';

export interface Metadata extends Region {
  department: string | null;
  department_code: string | null;
  year: number | null;
  kind: DocumentKind;
}

const ORG_TAIL = '(?:办公室|办公厅|委员会|人民检察院|人民法院|检察院|法院|局|厅|院|中心|部|委|会|政府)';

function firstMatch(texts: string[], pattern: RegExp): RegExpMatchArray | null {
  for (const text of texts) {
    const m = text.match(pattern);
    if (m) return m;
  }
  return null;
}

function cleanDepartment(name: string): string {
  return name
    .replace(/^第[一二三四五六七八九十]+部分/, '')
    .replace(/^[(（]|[)）]$/g, '')
    .replace(/^(中共)?\d{4}年度?/, '')
    .replace(/[(（]本级[)）]$/, '')
    .replace(/(部门|单位)$/, '');
}

/** A name printed elsewhere with its city or province in front ("南昌市" + "西湖区人民政府办公室"). */
function withPlacePrefix(name: string, texts: string[]): string {
  const escaped = name.replace(/[()（）]/g, (c) => `\\${c}`);
  const hanzi = '(?:(?!年|的|在|为|和)[\\u4e00-\\u9fff])';
  const prefixed = new RegExp(`((?:${hanzi}{2,7}?(?:省|自治区))?${hanzi}{2,7}?(?:市|州|盟))${escaped}`);
  for (const text of texts) {
    const m = text.match(prefixed);
    if (m) return m[1]! + name;
  }
  return name;
}

/** Candidate department names in order of trust. */
function departmentOf(texts: string[], unitRows: Array<{ code: string; name: string }>): { name: string | null; code: string | null } {
  const labelled = firstMatch(texts, /(?:部门名称|单位名称|预算单位名称|预算\(单位\)名称|部门\(单位\)名称|^部门|^单位)[:：](?:\d+[-－])?(.+?)(?:(?:金额单位|单位|预算年度)[:：].*)?$/);
  if (labelled && !/^(万元|千元|元)/.test(labelled[1]!)) return { name: cleanDepartment(labelled[1]!), code: unitRows[0]?.code ?? null };
  const runningHead = firstMatch(texts, new RegExp(`^(\\d{3})([\\u4e00-\\u9fff（）()]{4,40}${ORG_TAIL})$`));
  if (runningHead) return { name: cleanDepartment(runningHead[2]!), code: runningHead[1]! };
  if (unitRows.length > 0) {
    const top = unitRows.find((u) => u.code.length <= 3) ?? unitRows[0]!;
    return { name: cleanDepartment(top.name), code: top.code };
  }
  const titled = firstMatch(texts, new RegExp(`^(?:\\d{4}年度?)?([\\u4e00-\\u9fff（）()]{4,40}?${ORG_TAIL})(?:\\d{4}年度?)?(?:部门|单位)?(?:预算|决算)`));
  if (titled) return { name: cleanDepartment(titled[1]!), code: null };
  const prose = firstMatch(texts, new RegExp(`\\d{4}年([\\u4e00-\\u9fff（）()]{4,40}?${ORG_TAIL})(?:收入|支出|部门预算|部门决算)`));
  if (prose) return { name: cleanDepartment(prose[1]!), code: null };
  const overview = firstMatch(texts, new RegExp(`^(?:第一部分)?([\\u4e00-\\u9fff（）()]{4,40}?${ORG_TAIL})(?:部门)?概况`));
  return { name: overview ? cleanDepartment(overview[1]!) : null, code: null };
}

function yearOf(texts: string[]): number | null {
  // The title names the year: "2021 年武汉市江汉区统计局 部门预算公开" (later lines compare with other years).
  const title = texts.slice(0, 6).find((t) => /(部门|单位)(预算|决算)|预算公开|决算公开|年度预算|年度决算/.test(t) && /20\d{2}年/.test(t));
  const m =
    firstMatch(texts, /预算年度[:：]?(20\d{2})/) ??
    (title ? title.match(/(20\d{2})年/) : null) ??
    firstMatch(texts, /(20\d{2})年度?(?:部门|单位)?(?:预算|决算)/) ??
    firstMatch(texts, /(20\d{2})年/);
  return m ? Number(m[1]) : null;
}

export function metadataOf(blocks: Block[], unitRows: Array<{ code: string; name: string }>, source: string): Metadata {
  const texts = blocks
    .filter((b) => b.type === 'paragraph')
    .slice(0, 400)
    .map((b) => compact(toHalfWidth(b.text)));
  const head = texts.slice(0, 40);
  // The file name is a last resort ("江苏省委办公厅2019年度部门预算公开表格.pdf").
  const fileName = compact(source.split(/[\\/]/).pop() ?? '').replace(/\.[a-z]+$/i, '');
  const found = departmentOf([...texts, fileName], unitRows);
  const department = { ...found, name: found.name && !/^[\u4e00-\u9fff]{2,7}?(市|省)/.test(found.name) ? withPlacePrefix(found.name, texts) : found.name };
  const decisive = [...head.filter((t) => /(预算|决算)/.test(t) && t.length < 60), compact(source)];
  const kind: DocumentKind = decisive.some((t) => /决算/.test(t)) && !decisive.some((t) => /预算(公开|表|信息)/.test(t) && !/决算/.test(t)) ? 'final_accounts' : 'budget';
  const region = regionIn([department.name ?? '', ...head.slice(0, 10)].join(' '));
  return {
    ...region,
    department: department.name,
    department_code: department.code,
    year: yearOf([...head, compact(source)]),
    kind,
  };
}
