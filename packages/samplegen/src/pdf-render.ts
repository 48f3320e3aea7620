/**
 * Lays a Disclosure out on PDF pages: paragraphs flow, tables get real column widths, text
 * wraps inside cells, header rows repeat on every page, and (where a table allows it) a row
 * taller than the space left breaks across the page boundary, as report exporters do.
 */
import type { Block, Cell, ParagraphBlock, Section, TableBlock } from './document.ts';
import type { Disclosure } from './document.ts';
import { placeCells, wrap, type Placed } from './layout.ts';
import { PAGE_SIZES, PdfDocument, PdfPage, textWidth } from './pdf-writer.ts';

const PAD_X = 2;
const PAD_Y = 2.5;
const LINE = 1.25;

export interface RenderOptions {
  /** Extra bottom margin in points; moves page breaks (used to provoke a row break in style C). */
  bottomExtra?: number;
}

export interface RenderStats {
  pages: number;
  /** Table rows that were split across a page boundary. */
  splitRows: number;
}

/** Where drawing happens: the current page and the vertical position (top-down). */
class Cursor {
  page!: PdfPage;
  y = 0;
  pageInSection = 0;
  readonly margin: number;

  constructor(private readonly pdf: PdfDocument, private readonly section: Section, private readonly bottomExtra: number) {
    this.margin = section.orientation === 'portrait' ? 50 : 36;
  }

  get top(): number { return this.margin; }
  get bottom(): number { return this.page.height - this.margin - this.bottomExtra; }
  get left(): number { return this.margin; }
  get usableWidth(): number { return this.page.width - 2 * this.margin; }

  newPage(): void {
    const { A4 } = PAGE_SIZES;
    const o = this.section.orientation;
    this.page = o === 'landscape'
      ? this.pdf.addPage({ width: A4.height, height: A4.width })
      : this.pdf.addPage(A4, o === 'rotated' ? 90 : 0);
    this.pageInSection++;
    this.y = this.top;
    if (this.pageInSection === 1 && this.section.firstPageTitle) this.paragraph(this.section.firstPageTitle);
    const head = this.section.runningHead;
    if (head) {
      const lines = wrap(head.left, head.leftWidth, head.size);
      for (const line of lines) {
        this.textAt(this.left, this.y, line, head.size);
        this.y += head.size * LINE;
      }
      this.y += 4;
      this.textAt(this.left, this.y, head.secondLeft, head.size);
      const right = head.secondRight;
      this.textAt(this.left + this.usableWidth - textWidth(right, head.size), this.y, right, head.size);
      this.y += head.size * LINE + 6;
    }
    if (this.section.pageNumbers) {
      const number = String(this.pdf.pages.length);
      this.textAt((this.page.width - textWidth(number, 9)) / 2, this.page.height - this.margin / 2 - 9, number, 9);
    }
  }

  /** Draws text whose top is at `y` (top-down coordinates). */
  textAt(x: number, y: number, text: string, size: number): void {
    this.page.text(x, this.page.height - y - size * 0.88, text, size);
  }

  paragraph(block: ParagraphBlock): void {
    const indent = block.indent ? 2 * block.size : 0;
    const lineHeight = block.size * 1.6;
    this.y += block.before ?? 0;
    const lines = wrap(block.text, this.usableWidth - indent, block.size, 'words');
    lines.forEach((line, i) => {
      if (this.y + lineHeight > this.bottom) this.newPage();
      const width = textWidth(line, block.size);
      const x = block.align === 'center' ? this.left + (this.usableWidth - width) / 2
        : block.align === 'right' ? this.left + this.usableWidth - width
        : this.left + (i === 0 ? indent : 0);
      this.textAt(x, this.y + (lineHeight - block.size) / 2, line, block.size);
      this.y += lineHeight;
    });
  }
}

interface Slot {
  row: number;
  page: PdfPage;
  y: number;
  height: number;
  /** Lines of the row shown in this slot (a split row has several slots). */
  from: number;
  to: number;
  split: boolean;
}

interface TableGeometry {
  xs: number[];
  lines: Map<Placed, string[]>;
  lineHeight: number;
}

function cellWidth(g: TableGeometry, p: Placed): number {
  return g.xs[p.col + p.colSpan] - g.xs[p.col];
}

function rowHeights(placed: Placed[][], g: TableGeometry, nRows: number): number[] {
  const minimum = g.lineHeight + 2 * PAD_Y;
  const heights = Array(nRows).fill(minimum);
  const need = (p: Placed) => g.lines.get(p)!.length * g.lineHeight + 2 * PAD_Y;
  for (const p of placed.flat()) if (p.rowSpan === 1) heights[p.row] = Math.max(heights[p.row], need(p));
  for (const p of placed.flat()) {
    if (p.rowSpan === 1) continue;
    let have = 0;
    for (let r = p.row; r < p.row + p.rowSpan; r++) have += heights[r];
    if (need(p) > have) heights[p.row + p.rowSpan - 1] += need(p) - have;
  }
  return heights;
}

function drawBorders(page: PdfPage, table: TableBlock, x: number, yTop: number, w: number, h: number): void {
  if (!table.ruled) return;
  const H = page.height;
  if (table.borders === 'fill') {
    const t = 0.5;
    page.fillRect(x, H - yTop - t / 2, w, t);
    page.fillRect(x, H - yTop - h - t / 2, w, t);
    page.fillRect(x - t / 2, H - yTop - h, t, h);
    page.fillRect(x + w - t / 2, H - yTop - h, t, h);
    return;
  }
  page.line(x, H - yTop, x + w, H - yTop);
  page.line(x, H - yTop - h, x + w, H - yTop - h);
  page.line(x, H - yTop, x, H - yTop - h);
  page.line(x + w, H - yTop, x + w, H - yTop - h);
}

function drawText(page: PdfPage, cell: Cell, fallback: 'left' | 'center' | 'right', lines: string[], x: number, w: number, yTop: number, h: number, size: number, lineHeight: number, valign: 'top' | 'middle'): void {
  const align = cell.align ?? fallback;
  const block = lines.length * lineHeight;
  let y = valign === 'top' ? yTop + PAD_Y : yTop + Math.max(PAD_Y, (h - block) / 2);
  for (const line of lines) {
    const width = textWidth(line, size);
    const tx = align === 'right' ? x + w - PAD_X - width : align === 'center' ? x + (w - width) / 2 : x + PAD_X;
    page.text(tx, page.height - y - (lineHeight + size * 0.76) / 2, line, size);
    y += lineHeight;
  }
}

function drawTable(cursor: Cursor, table: TableBlock, stats: RenderStats): void {
  const nCols = table.columns.length;
  const total = table.columns.reduce((s, c) => s + c.width, 0);
  const scale = Math.min(1, cursor.usableWidth / total);
  const x0 = cursor.left + Math.max(0, (cursor.usableWidth - total * scale) / 2);
  const xs = [x0];
  for (const c of table.columns) xs.push(xs[xs.length - 1] + c.width * scale);
  const size = table.fontSize;
  const g: TableGeometry = { xs, lines: new Map(), lineHeight: size * LINE };
  const header = placeCells(table.header, nCols);
  const body = placeCells(table.body, nCols);
  for (const p of [...header.flat(), ...body.flat()]) g.lines.set(p, wrap(p.cell.text, cellWidth(g, p) - 2 * PAD_X, size));
  const headHeights = rowHeights(header, g, table.header.length);
  const bodyHeights = rowHeights(body, g, table.body.length);
  const headTotal = headHeights.reduce((s, h) => s + h, 0);
  const valign = table.valign ?? 'middle';

  // Pass 1: paginate. Rows joined by a vertical span stay together where they fit on a page.
  const slots: Slot[] = [];
  const headerAt: Array<{ page: PdfPage; y: number }> = [];
  const startTable = (): void => {
    headerAt.push({ page: cursor.page, y: cursor.y });
    cursor.y += headTotal;
  };
  if (cursor.y + headTotal + (bodyHeights[0] ?? 0) > cursor.bottom) cursor.newPage();
  startTable();
  const breakPage = (): void => {
    cursor.newPage();
    startTable();
  };
  let r = 0;
  while (r < body.length) {
    let end = r + 1;
    for (let k = r; k < end; k++) for (const p of body[k]) end = Math.max(end, p.row + p.rowSpan);
    const blockHeight = bodyHeights.slice(r, end).reduce((s, h) => s + h, 0);
    const capacity = cursor.bottom - cursor.top - headTotal;
    if (cursor.y + blockHeight > cursor.bottom && end - r === 1 && table.rowsMayBreak) {
      const lineCount = Math.max(...body[r].map((p) => g.lines.get(p)!.length));
      let shown = 0;
      while (shown < lineCount) {
        const room = Math.floor((cursor.bottom - cursor.y - 2 * PAD_Y) / g.lineHeight);
        if (room <= 0) { breakPage(); continue; }
        const take = Math.min(room, lineCount - shown);
        const height = take * g.lineHeight + 2 * PAD_Y;
        const split = take < lineCount;
        slots.push({ row: r, page: cursor.page, y: cursor.y, height, from: shown, to: shown + take, split });
        cursor.y += height;
        shown += take;
        if (shown < lineCount) breakPage();
      }
      if (lineCount > 0 && slots[slots.length - 1].from > 0) stats.splitRows++;
      r = end;
      continue;
    }
    if (cursor.y + blockHeight > cursor.bottom && blockHeight <= capacity) breakPage();
    for (let k = r; k < end; k++) {
      if (cursor.y + bodyHeights[k] > cursor.bottom) breakPage();
      slots.push({ row: k, page: cursor.page, y: cursor.y, height: bodyHeights[k], from: 0, to: Infinity, split: false });
      cursor.y += bodyHeights[k];
    }
    r = end;
  }

  // Pass 2: draw the header on every page the table reaches, then the body cells.
  for (const at of headerAt) {
    let y = at.y;
    const tops = headHeights.map((h) => { const top = y; y += h; return top; });
    for (const p of header.flat()) {
      const h = headHeights.slice(p.row, p.row + p.rowSpan).reduce((s, v) => s + v, 0);
      const w = cellWidth(g, p);
      drawBorders(at.page, table, xs[p.col], tops[p.row], w, h);
      drawText(at.page, p.cell, 'center', g.lines.get(p)!, xs[p.col], w, tops[p.row], h, size, g.lineHeight, 'middle');
    }
  }
  for (const p of body.flat()) {
    const covered = slots.filter((s) => s.row >= p.row && s.row < p.row + p.rowSpan);
    const pages = [...new Set(covered.map((s) => s.page))];
    const lines = g.lines.get(p)!;
    const fallback = table.columns[p.col].align;
    pages.forEach((page, i) => {
      const onPage = covered.filter((s) => s.page === page);
      const top = onPage[0].y;
      const h = onPage.reduce((s, slot) => s + slot.height, 0);
      const w = cellWidth(g, p);
      drawBorders(page, table, xs[p.col], top, w, h);
      const slot = onPage[0];
      const split = p.rowSpan === 1 && covered.length > 1;
      const shown = split ? lines.slice(slot.from, slot.to) : i === 0 ? lines.slice(0, Math.max(1, Math.floor((h - 2 * PAD_Y) / g.lineHeight))) : [];
      drawText(page, p.cell, fallback, shown, xs[p.col], w, top, h, size, g.lineHeight, split ? 'top' : valign);
    });
  }
}

function drawBlock(cursor: Cursor, block: Block, stats: RenderStats): void {
  if (block.type === 'paragraph') cursor.paragraph(block);
  else if (block.type === 'pageBreak') cursor.newPage();
  else {
    drawTable(cursor, block, stats);
    cursor.y += 6;
  }
}

/** Renders the disclosure; every section starts on a new page. */
export function renderPdf(disclosure: Disclosure, options: RenderOptions = {}): { bytes: Uint8Array; stats: RenderStats } {
  const pdf = new PdfDocument();
  const stats: RenderStats = { pages: 0, splitRows: 0 };
  for (const section of disclosure.sections) {
    const cursor = new Cursor(pdf, section, options.bottomExtra ?? 0);
    cursor.newPage();
    for (const block of section.blocks) drawBlock(cursor, block, stats);
  }
  stats.pages = pdf.pages.length;
  const bytes = pdf.save({ producer: 'budget-samplegen (synthetic disclosure)', creator: disclosure.creator, title: disclosure.title });
  return { bytes, stats };
}
