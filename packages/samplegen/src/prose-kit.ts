/**
 * Writes the narrative parts of a disclosure and remembers which headline figures the prose
 * states, as printed (a reader of "719.85 万元" gets 7198500.00 元, not the exact amount).
 */
import type { HeadlineKey } from '@budget/model';
import type { Align, Block, ParagraphBlock, ProseFacts, TableBlock } from './document.ts';
import { printedToYuan, wan, wanTrimmed } from './money-format.ts';
import type { Cents } from './spec.ts';

export class ProseWriter {
  readonly facts: ProseFacts = {};
  readonly blocks: Block[] = [];

  constructor(private readonly style: { trimmed: boolean; size: number }) {}

  /** A 万元 figure as this document prints it; records it as the prose statement of `key`. */
  wan(cents: Cents, key?: HeadlineKey): string {
    const printed = this.style.trimmed ? wanTrimmed(cents) : wan(cents);
    if (key && !(key in this.facts)) this.facts[key] = printedToYuan(printed, '万元');
    return printed;
  }

  paragraph(text: string, extra: Partial<ParagraphBlock> = {}): void {
    this.blocks.push({ type: 'paragraph', text, size: this.style.size, indent: true, ...extra });
  }

  heading(text: string, size = this.style.size + 1.5, align: Align = 'left'): void {
    this.blocks.push({ type: 'paragraph', text, size, bold: true, align, before: 6, heading: 2 });
  }

  title(text: string, size = 18): void {
    this.blocks.push({ type: 'paragraph', text, size, bold: true, align: 'center', before: 12, heading: 1 });
  }

  line(text: string, extra: Partial<ParagraphBlock> = {}): void {
    this.blocks.push({ type: 'paragraph', text, size: this.style.size, ...extra });
  }

  table(block: TableBlock): void {
    this.blocks.push(block);
  }

  pageBreak(): void {
    this.blocks.push({ type: 'pageBreak' });
  }
}

/** "增加 34.25 万元" / "减少 1 万元" / "持平" phrasing of a change against last year. */
export function changePhrase(current: Cents, prior: Cents, fmt: (c: Cents) => string): string {
  const diff = current - prior;
  if (diff === 0) return '持平';
  return `${diff > 0 ? '增加' : '减少'}${fmt(Math.abs(diff))}万元`;
}

/** Growth rate with one decimal ("2.7"), or null when there was nothing last year. */
export function growth(current: Cents, prior: Cents): string | null {
  if (prior === 0) return null;
  return (Math.round(((current - prior) / prior) * 1000) / 10).toFixed(1);
}
