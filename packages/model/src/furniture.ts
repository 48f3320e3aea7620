/**
 * Page furniture: the lines a page prints around a table that belong to no table (running
 * heads, page numbers, unit and year lines, 续表), and table titles, which tell where one
 * table ends and the next begins. One rule for every stage that asks whether two table parts
 * on consecutive pages are one table (repair joins them; map reads the second under the first).
 */
import type { Block } from './source.ts';
import { compact, toHalfWidth } from './text.ts';

/** Drops list numbering, attachment labels, years, a leading note and the (2025年度) suffix from a title. */
export function normaliseTitle(text: string): string {
  return compact(toHalfWidth(text))
    .replace(/^[-•·]/, '')
    .replace(/^[(（][^()（）]{1,16}[)）]/, '')
    // A label's number never takes the 一 of 一般 ("表八一般公共预算支出表").
    .replace(/^(附表|附件)(\d+|[一二三四五六七八九十]+(?!般))?[、.:：-]?/, '')
    .replace(/^公开\d+表[:：]/, '')
    .replace(/^表(\d+|[一二三四五六七八九十]+(?!般))(-\d+)?[、.:：-]?/, '')
    .replace(/^(\d+[、.:：-]?|[一二三四五六七八九十]+[、.:：])/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/[(（][^()（）]{1,16}[)）]$/, '')
    .replace(/[(（](单位|金额单位)[:：].*$/, '');
}

/** A line that reads like a table title: short, names a 表, not a sentence. */
export function looksLikeTableTitle(text: string): boolean {
  const t = normaliseTitle(text);
  if (t.length < 4 || t.length > 48) return false;
  if (/[。；;]/.test(t)) return false;
  if (!/(表|预算|决算)$/.test(t)) return false;
  return /(预算|决算|经费|绩效|收支|支出|收入|采购|服务)/.test(t);
}

const FURNITURE_LINE = /^(\d{1,4}|-\d+-|[—–-]+\d+[—–-]+|第\d+页(共\d+页)?|共\d+页|续表|公开表\d+|(预算)?表\d+)$|^(预算年度|(金额)?单位)[:：]/;

/**
 * A paragraph that belongs to no table: a running head (`running`, set by the extractor), a
 * page number, a unit or year line, 续表, or a line the previous page also printed.
 */
export function isPageFurniture(block: Block, repeatedFromPreviousPage: ReadonlySet<string> = new Set()): boolean {
  if (block.type !== 'paragraph') return false;
  const t = compact(toHalfWidth(block.text));
  return block.running || repeatedFromPreviousPage.has(compact(block.text)) || FURNITURE_LINE.test(t);
}

/** The titles printed in the few paragraphs above block `index` (a table's own title among them). */
export function titlesAbove(blocks: readonly Block[], index: number, lookback = 6): Set<string> {
  const titles = new Set<string>();
  for (let i = index - 1; i >= 0 && i >= index - lookback; i--) {
    const block = blocks[i]!;
    if (block.type === 'table') break;
    if (looksLikeTableTitle(block.text)) titles.add(normaliseTitle(block.text));
  }
  return titles;
}

/**
 * A title between two table parts that the first part was not printed under starts another
 * table, even where it repeats on every page of that table and so reads as a running head.
 */
export function namesAnotherTable(between: readonly Block[], firstPartTitles: ReadonlySet<string>): boolean {
  return between.some((b) => b.type === 'paragraph' && looksLikeTableTitle(b.text) && !firstPartTitles.has(normaliseTitle(b.text)));
}
