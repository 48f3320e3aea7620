/**
 * Codes for templates that print subject names without codes, the hierarchy shown only by
 * indentation (seen in Zhejiang): each row gets its code from the national classification
 * (data/subjects.json), the rows above telling apart names that recur (行政运行 under every 款).
 * An inferred code is marked in provenance; the identities then check it like a printed one.
 */
import { createRequire } from 'node:module';
import { compact, finding, toHalfWidth, type BudgetLine, type Finding } from '@budget/model';
import { classificationOf } from './codes.ts';

const SUBJECTS: Record<string, string> = createRequire(import.meta.url)('../data/subjects.json');

const normal = (name: string) => compact(toHalfWidth(name)).replace(/[()（）]/g, '');

/** Codes by name: a name may stand for many codes (行政运行 is 2010101, 2010301, …). */
const CODES_BY_NAME = (() => {
  const byName = new Map<string, string[]>();
  for (const [code, name] of Object.entries(SUBJECTS)) {
    const key = normal(name);
    byName.set(key, [...(byName.get(key) ?? []), code]);
  }
  return byName;
})();

/** 项 every 款 has, by the classification's own rule: the name fixes the last two digits. */
const STANDARD_ITEMS: Array<[RegExp, string]> = [
  [/^行政运行$/, '01'], [/^一般行政管理事务$/, '02'], [/^机关服务$/, '03'], [/^事业运行$/, '50'], [/^其他.+支出$/, '99'],
];

/** Where the rows above stand: the last class (类) and section (款) read. */
interface Context { cls: string | null; section: string | null }

/** The code a name has under the rows above it, or null where the classification cannot tell. */
function codeFor(name: string, context: Context, family: '2' | '3'): string | null {
  const candidates = (CODES_BY_NAME.get(normal(name)) ?? []).filter((c) => c.startsWith(family));
  const under = (prefix: string | null, length: number) => candidates.filter((c) => c.length === length && (!prefix || c.startsWith(prefix)));
  // The most specific reading the context allows: a 项 of the current 款, a 款 of the current 类, a 类.
  const item = under(context.section, 7);
  if (context.section && item.length === 1) return item[0]!;
  if (context.section && family === '2') {
    const suffix = STANDARD_ITEMS.find(([pattern]) => pattern.test(normal(name)))?.[1];
    if (suffix) return context.section + suffix;
  }
  const section = under(context.cls, 5);
  if (context.cls && section.length === 1) return section[0]!;
  const cls = under(null, 3);
  if (cls.length === 1) return cls[0]!;
  // A name the classification gives one code only, wherever it stands.
  return candidates.length === 1 && (!context.cls || candidates[0]!.startsWith(context.cls)) ? candidates[0]! : null;
}

function advance(context: Context, code: string): void {
  if (code.length === 3) { context.cls = code; context.section = null; }
  else if (code.length === 5) { context.cls = code.slice(0, 3); context.section = code; }
}

/**
 * Lines of one table whose rows print names but no codes get the codes the classification gives
 * them, in row order. Only where the table prints no code at all and most names are known:
 * a table that codes some rows is read as printed.
 */
export function inferCodes(lines: BudgetLine[], findings: Finding[]): BudgetLine[] {
  if (lines.length === 0 || lines.some((l) => l.code)) return lines;
  const rows = [...new Set(lines.filter((l) => !l.item).map((l) => l.row))].sort((a, b) => a - b);
  if (rows.length < 2) return lines;
  const nameOf = new Map(lines.map((l) => [l.row, l.name]));
  let best: { family: '2' | '3'; codes: Map<number, string> } | null = null;
  for (const family of ['2', '3'] as const) {
    const context: Context = { cls: null, section: null };
    const codes = new Map<number, string>();
    for (const row of rows) {
      const code = codeFor(nameOf.get(row) ?? '', context, family);
      if (!code) continue;
      codes.set(row, code);
      advance(context, code);
    }
    if (!best || codes.size > best.codes.size) best = { family, codes };
  }
  // Most rows must resolve, or the table is not a coded list printed without its codes.
  if (!best || best.codes.size < Math.max(2, Math.ceil(rows.length * 0.6))) return lines;
  const { codes } = best;
  const table = lines[0]!;
  findings.push(finding({
    check: 'map.code_inferred', severity: 'info', table: table.table, page: table.page,
    actual: `${codes.size} of ${rows.length}`,
    message: `${table.table_title} prints names without codes: ${codes.size} of ${rows.length} rows coded from the national classification (marked code_inferred in provenance)`,
  }));
  return lines.map((l) => {
    const code = l.item ? undefined : codes.get(l.row);
    if (!code) return l;
    return { ...l, code, item: null, classification: classificationOf(code), provenance: { ...l.provenance, code_inferred: true } };
  });
}
