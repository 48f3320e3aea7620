/** The same disclosure as a Word document (the `docx` package): merged header cells, repeated header rows, landscape sections. */
import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow,
  TextRun, VerticalAlign, WidthType, type ISectionOptions,
} from 'docx';
import type { Block, Cell, Disclosure, TableBlock } from './model.ts';

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const A4_W = 11906, A4_H = 16838, A3_W = 16838, A3_H = 23811;
type PageKind = 'portrait' | 'landscape' | 'a3';

function para(text: string, o: { size: number; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; firstLine?: number; indentChars?: number; pageBreakBefore?: boolean; after?: number }): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    alignment: o.align,
    pageBreakBefore: o.pageBreakBefore,
    spacing: { after: o.after ?? 0, line: 260 },
    indent: o.firstLine ? { firstLine: o.firstLine } : o.indentChars ? { left: o.indentChars * o.size * 10 } : undefined,
    children: lines.map((l, i) => new TextRun({ text: l, bold: o.bold, size: o.size, font: FONT, break: i > 0 ? 1 : undefined })),
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function tcell(c: Cell, size: number, width: number, borders = true): TableCell {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new TableCell({
    columnSpan: c.colSpan && c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan && c.rowSpan > 1 ? c.rowSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 40, right: 40, top: 10, bottom: 10 },
    borders: borders ? undefined : { top: none, bottom: none, left: none, right: none },
    children: [para(c.text, { size, bold: c.bold, align: c.align ? ALIGN[c.align] : undefined, indentChars: c.indent })],
  });
}

function table(t: TableBlock, usable: number): Array<Paragraph | Table> {
  const size = Math.round((t.fontPt ?? 9) * 2);
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((usable * w) / total));
  const spanWidth = (row: Cell[], i: number) => {
    let col = 0;
    for (let k = 0; k < i; k++) col += row[k]!.colSpan ?? 1;
    return widths.slice(col, col + (row[i]!.colSpan ?? 1)).reduce((a, b) => a + b, 0);
  };
  const rows: TableRow[] = [];
  if (t.pageHeader) {
    rows.push(new TableRow({ tableHeader: true, children: [tcell({ text: t.pageHeader.join('　　'), colSpan: widths.length }, size, usable, false)] }));
  }
  for (const r of t.header) rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: r.map((c, i) => tcell(c, size, spanWidth(r, i))) }));
  for (const r of t.body) rows.push(new TableRow({ cantSplit: !t.splitRows, children: r.map((c, i) => tcell(c, size, spanWidth(r, i))) }));
  const out: Array<Paragraph | Table> = [para(t.title, { size: 30, bold: true, align: AlignmentType.CENTER, pageBreakBefore: !t.inline, after: 120 })];
  for (const [l, r] of t.caption) out.push(para(r ? `${l}${l ? '\t\t\t\t' : ''}${r}` : l, { size: 19, align: l ? AlignmentType.LEFT : AlignmentType.RIGHT }));
  out.push(new Table({ rows, layout: TableLayoutType.FIXED, columnWidths: widths, width: { size: usable, type: WidthType.DXA } }));
  if (t.note) out.push(para(t.note, { size: 18 }));
  return out;
}

export async function toDocx(d: Disclosure): Promise<Buffer> {
  const size = Math.round(d.fontPt * 2);
  const sections: ISectionOptions[] = [];
  let current: { kind: PageKind; children: Array<Paragraph | Table> } | null = null;
  const margin = { top: 1134, bottom: 1134, left: 1020, right: 1020 };
  const flush = () => {
    if (!current) return;
    sections.push({
      properties: { page: { size: current.kind === 'a3' ? { width: A3_W, height: A3_H, orientation: PageOrientation.LANDSCAPE } : { width: A4_W, height: A4_H, orientation: current.kind === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }, margin } },
      children: current.children,
    });
  };
  const target = (kind: PageKind) => {
    if (!current || current.kind !== kind) {
      flush();
      current = { kind, children: [] };
    }
    return current.children;
  };
  let pendingBreak = false;
  const blocks: Block[] = d.blocks;
  for (const b of blocks) {
    if (b.type === 'table') {
      const usable = Math.floor((((b.a3 ? A3_H : b.landscape ? A4_H : A4_W) - margin.left - margin.right) * (b.widthPct ?? 100)) / 100);
      target(b.a3 ? 'a3' : b.landscape ? 'landscape' : 'portrait').push(...table(b, usable));
      pendingBreak = false;
      continue;
    }
    const out = target('portrait');
    const pb = pendingBreak;
    pendingBreak = false;
    switch (b.type) {
      case 'cover':
        out.push(para('', { size, after: 2400 }));
        b.lines.forEach((l, i) => out.push(para(l, { size: i === 0 ? 44 : 28, bold: i === 0, align: AlignmentType.CENTER, after: 360 })));
        pendingBreak = true;
        break;
      case 'toc':
        out.push(para('目　录', { size: 32, bold: true, align: AlignmentType.CENTER, pageBreakBefore: pb, after: 200 }));
        for (const x of b.items) out.push(para(x, { size, indentChars: 2 }));
        pendingBreak = true;
        break;
      case 'h1':
        out.push(para(b.text, { size: 34, bold: true, align: AlignmentType.CENTER, pageBreakBefore: pb, after: 200 }));
        break;
      case 'h2':
        out.push(para(b.text, { size: 26, bold: true, pageBreakBefore: pb, after: 80 }));
        break;
      case 'p':
        out.push(para(b.text, { size, firstLine: b.indent === false ? undefined : size * 20, pageBreakBefore: pb, after: 60 }));
        break;
      case 'pagebreak':
        pendingBreak = true;
        break;
    }
  }
  flush();
  const doc = new Document({
    creator: 'outsidegen', title: d.title,
    styles: { default: { document: { run: { font: FONT, size } } } },
    sections,
  });
  return Packer.toBuffer(doc);
}
