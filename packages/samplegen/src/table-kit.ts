/** Small builders for table cells that print amounts and remember what they mean. */
import { compact, stripListPrefix, type Classification, type HeadlineKey, type TableKind, type Unit } from '@budget/model';
import type { Align, Cell, Column, LineFact, TableBlock } from './document.ts';
import { wan, wanTrimmed, yuanGrouped } from './money-format.ts';
import { textWidth } from './pdf-writer.ts';
import { placeCells } from './layout.ts';
import type { Cents } from './spec.ts';

/** How a table prints figures: its unit, and whether a zero prints as "0.00" or as a blank cell. */
export interface Figures {
  unit: Unit;
  zero: 'blank' | 'print';
  /** Prose-like 万元 figures drop trailing zeros ("13.4", "0"). */
  trimmed?: boolean;
}

export type RowKey = Omit<LineFact, 'measure'>;

export function figureText(cents: Cents, unit: Unit, trimmed = false): string {
  if (unit === '元') return yuanGrouped(cents);
  return trimmed ? wanTrimmed(cents) : wan(cents);
}

/** A subject or item name as the dataset records it: no whitespace, no list prefix. */
export function nameOf(label: string): string {
  return stripListPrefix(compact(label));
}

export function text(value: string, extra: Partial<Cell> = {}): Cell {
  return { text: value, ...extra };
}

export function blanks(n: number): Cell[] {
  return Array.from({ length: n }, () => ({ text: '' }));
}

/** Header cell. */
export function h(value: string, colSpan = 1, rowSpan = 1): Cell {
  return { text: value, colSpan: colSpan > 1 ? colSpan : undefined, rowSpan: rowSpan > 1 ? rowSpan : undefined };
}

export function subjectKey(classification: Classification, code: string, name: string, unitCode: string | null): RowKey {
  return { unit_code: unitCode, classification, item: null, code, name: nameOf(name) };
}

export function itemKey(item: string | null, label: string, unitCode: string | null = null): RowKey {
  return { unit_code: unitCode, classification: 'none', item, code: null, name: nameOf(label) };
}

/** One amount cell: blank for a missing value or a zero the table leaves blank. */
export function amount(cents: Cents | null | undefined, measure: string, key: RowKey | null, f: Figures): Cell {
  if (cents === null || cents === undefined || (cents === 0 && f.zero === 'blank')) return { text: '' };
  const cell: Cell = { text: figureText(cents, f.unit, f.trimmed) };
  if (key) cell.fact = { ...key, measure };
  return cell;
}

/** A run of amount cells sharing one row key, one measure per column. */
export function amounts(values: ReadonlyArray<Cents | null | undefined>, measures: readonly string[], key: RowKey | null, f: Figures): Cell[] {
  if (values.length !== measures.length) throw new Error('one measure per amount column');
  return values.map((v, i) => amount(v, measures[i], key, f));
}

export function columns(widths: readonly number[], aligns: readonly Align[]): Column[] {
  return widths.map((width, i) => ({ width, align: aligns[i] ?? 'right' }));
}

/** Marks the first amount matching `match` as the document's headline figure for `key`. */
export function tagHeadline(table: TableBlock, key: HeadlineKey, match: (fact: LineFact) => boolean): void {
  for (const row of table.body) {
    for (const cell of row) {
      if (cell.fact && cell.text && match(cell.fact)) {
        cell.fact.headline = key;
        return;
      }
    }
  }
}

export function tableBlock(kind: TableKind | null, title: string, unit: Unit | null, cols: Column[], header: Cell[][], body: Cell[][], extra: Partial<TableBlock> = {}): TableBlock {
  return { type: 'table', kind, title, unit, columns: cols, header, body, ruled: true, fontSize: 8, ...extra };
}

/**
 * Widens right-aligned (figure) columns so no printed figure wraps, then narrows the text
 * columns to keep the table within `maxWidth`: names may wrap, figures never do (styles A, B).
 */
export function fitFigures(table: TableBlock, maxWidth: number): TableBlock {
  const pad = 5;
  const widths = table.columns.map((c) => c.width);
  const figureCols = table.columns.map((c) => c.align === 'right');
  for (const p of placeCells(table.body, table.columns.length).flat()) {
    if (p.colSpan === 1 && figureCols[p.col] && p.cell.text) widths[p.col] = Math.max(widths[p.col], textWidth(p.cell.text, table.fontSize) + pad);
  }
  const total = widths.reduce((s, w) => s + w, 0);
  if (total > maxWidth) {
    const textTotal = widths.reduce((s, w, i) => s + (figureCols[i] ? 0 : w), 0);
    const factor = Math.max(0.3, (textTotal - (total - maxWidth)) / textTotal);
    widths.forEach((w, i) => { if (!figureCols[i]) widths[i] = w * factor; });
  }
  return { ...table, columns: table.columns.map((c, i) => ({ ...c, width: Math.round(widths[i] * 10) / 10 })) };
}
