/**
 * Last year's figures the prose implies. Disclosures that print no 上年预算数 column still say,
 * figure by figure, how this year's differs from last year's:
 *   "（一）一般公共服务支出（类）1.政协事务（款）行政运行（项）4,432.78万元，与上年相比增加1,199.75万元"
 *   "因公出国（境）费预算支出106万元，比上年预算增加30万元"   "委员视察（项）429.30万元，与上年数一致"
 * Each such sentence gives last year's figure (this year's less the increase, plus the
 * decrease), which the panel compares with the previous year's own document.
 */
import { Decimal } from 'decimal.js';
import { parseFigure, toYuan, type Block, type HeadlineKey, type PriorYearStatement, type Unit } from '@budget/model';
import { AMOUNT, blockAt, DEPARTMENT_WIDE, LABELS, ONE_SOURCE, proseStream, sectionAt } from './prose.ts';

/** "与上年相比", "比上年预算", "较上年": the comparison with last year, a few words at most before the change. */
const VERSUS_LAST_YEAR = String.raw`(?:与上年(?:预算)?(?:数)?相比|比上年(?:预算)?(?:数)?|较上年(?:预算)?(?:数)?)`;
/** This year's figure, then either the change on last year or "the same as last year". */
const STATEMENT = new RegExp(
  AMOUNT + String.raw`[，,]?(?:` +
    VERSUS_LAST_YEAR + String.raw`[，,]?[^0-9。；;]{0,8}?(增加|增长|减少|下降)` + AMOUNT +
    String.raw`|[与比较]上年(?:预算)?(?:数)?(?:一致|持平|相同))`,
  'g',
);
/** A line by function named in the prose: "一般公共服务支出（类）", "政协事务（款）", "行政运行（项）". */
const LEVEL_NAME = /([^（）()0-9。；;，,、.:：]{2,30})[（(](类|款|项)[)）]/g;

export function priorYearStatements(blocks: Block[]): PriorYearStatement[] {
  const stream = proseStream(blocks);
  if (stream.pieces.length === 0) return [];
  const statements: PriorYearStatement[] = [];
  let currentClass: string | null = null;
  let consumed = 0;
  for (const m of stream.text.matchAll(STATEMENT)) {
    const amount = parseFigure(m[1]!);
    // No change word: "与上年数一致", last year's figure is this year's.
    const change = m[3] ? parseFigure(m[4]!) : new Decimal(0);
    if (!amount || !change) continue;
    // What the figure is about: the words since the previous statement or sentence end.
    const sentenceStart = Math.max(consumed, lastBreak(stream.text, m.index));
    const subjectText = stream.text.slice(sentenceStart, m.index);
    for (const named of stream.text.slice(consumed, m.index).matchAll(LEVEL_NAME)) if (named[2] === '类') currentClass = named[1]!;
    consumed = m.index + m[0].length;
    const subject = functionSubject(subjectText, currentClass) ?? headlineSubject(subjectText, stream.text, m.index);
    if (!subject) continue;
    const decrease = m[3] === '减少' || m[3] === '下降';
    const changeYuan = new Decimal(toYuan(change, (m[5] ?? m[2]) as Unit));
    const thisYear = new Decimal(toYuan(amount, m[2] as Unit));
    const prior = decrease ? thisYear.plus(changeYuan) : thisYear.minus(changeYuan);
    const block = blockAt(stream, m.index);
    statements.push({
      subject,
      amount_yuan: thisYear.toFixed(2),
      prior_yuan: prior.toFixed(2),
      provenance: { page: block.page, table_index: null, row: null, col: null, bbox: block.bbox ?? null, text: subjectText.slice(-40) + m[0] },
    });
  }
  return statements;
}

/** The sentence or clause start before `offset`: a 。 or ； (a comma does not end the subject). */
function lastBreak(text: string, offset: number): number {
  const before = text.slice(0, offset);
  return Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
}

/** A 项 (with its 款, and 类 where stated or in force) named right before the figure. */
function functionSubject(subjectText: string, currentClass: string | null): PriorYearStatement['subject'] | null {
  const named = [...subjectText.matchAll(LEVEL_NAME)];
  const item = named.at(-1);
  // The name must end right where the figure begins ("行政运行（项）4,432.78万元").
  if (!item || item[2] !== '项' || item.index + item[0].length !== subjectText.length) return null;
  const section = named.at(-2);
  if (!section || section[2] !== '款') return null;
  const stated = named.at(-3);
  const className = stated?.[2] === '类' ? stated[1]! : currentClass;
  return { function_names: [...(className ? [stripNumbering(className)] : []), stripNumbering(section[1]!), stripNumbering(item[1]!)] };
}

/** "1.政协事务" → "政协事务"; "（一）一般公共服务支出" → "一般公共服务支出". */
function stripNumbering(name: string): string {
  return name.replace(/^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+\.|[-\s])+/, '');
}

/**
 * What may come before a headline's label: nothing, a year, a numbering, a list comma, 其中, or
 * the department's name. Not a funding source: "其他资金收入预算总计" is not the department's 收入总计.
 */
const BEFORE_HEADLINE = /(?:^|年度?|[、:：.．)）]|其中|[厅院局委会室部办处站所心校])$/;

/** The prose's headline labels, each anchored to the end of a subject (a few words may follow it). */
const LABELS_AT_END: Array<[HeadlineKey, RegExp[]]> = LABELS.map(([key, labels]) => [key, labels.map((label) => new RegExp(`(?:${label.source})[^0-9。；;，,]{0,6}$`))]);

/** A headline figure whose label ends right before the figure, at the department's scope. */
function headlineSubject(subjectText: string, text: string, offset: number): PriorYearStatement['subject'] | null {
  for (const [key, labels] of LABELS_AT_END) {
    const labelled = labels
      .map((label) => label.exec(subjectText))
      .find((m) => m && BEFORE_HEADLINE.test(subjectText.slice(0, m.index)));
    if (!labelled) continue;
    if (DEPARTMENT_WIDE.has(key) && ONE_SOURCE.test(sectionAt(text, offset))) return null;
    return { headline: key };
  }
  return null;
}
