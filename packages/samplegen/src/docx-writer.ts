/**
 * Renders a Disclosure as a Word document with the `docx` package: paragraphs, tables with
 * merged cells (gridSpan / vMerge), repeated header rows, running heads as page headers.
 * Word output carries timestamps; they are pinned so a seed gives the same bytes every run.
 */
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageBreak, PageNumber, PageOrientation, Paragraph,
  Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { Align, Block, Cell, Disclosure, ParagraphBlock, Section, TableBlock } from './document.ts';

const A4_TWIPS = { width: 11906, height: 16838 };
const FONT = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' };

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function run(text: string, size: number, bold = false): TextRun {
  return new TextRun({ text, size: Math.round(size * 2), bold, font: FONT });
}

function paragraph(block: ParagraphBlock): Paragraph {
  return new Paragraph({
    heading: block.heading === 1 ? HeadingLevel.HEADING_1 : block.heading === 2 ? HeadingLevel.HEADING_2 : undefined,
    alignment: ALIGN[block.align ?? 'left'],
    indent: block.indent ? { firstLine: Math.round(block.size * 2 * 20) } : undefined,
    spacing: { before: Math.round((block.before ?? 0) * 20), line: 360 },
    children: [run(block.text, block.size, block.bold)],
  });
}

function cell(c: Cell, fallback: Align, size: number, widthTwips: number): TableCell {
  return new TableCell({
    columnSpan: c.colSpan,
    rowSpan: c.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: widthTwips, type: WidthType.DXA },
    children: c.text.split('\n').map((line) => new Paragraph({ alignment: ALIGN[c.align ?? fallback], children: [run(line, size)] })),
  });
}

function table(block: TableBlock, availableTwips: number): Table {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const scale = Math.min(20, availableTwips / total);
  const widths = block.columns.map((c) => Math.round(c.width * scale));
  const rowOf = (cells: Cell[], isHeader: boolean, rowIndex: number, placedCols: number[][]) =>
    new TableRow({
      tableHeader: isHeader,
      children: cells.map((c, i) => {
        const col = placedCols[rowIndex][i];
        const span = widths.slice(col, col + (c.colSpan ?? 1)).reduce((s, w) => s + w, 0);
        return cell(c, isHeader ? 'center' : block.columns[col].align, block.fontSize, span);
      }),
    });
  const headerCols = columnsOf(block.header, block.columns.length);
  const bodyCols = columnsOf(block.body, block.columns.length);
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: block.ruled ? undefined : TableBorders.NONE,
    rows: [
      ...block.header.map((cells, r) => rowOf(cells, true, r, headerCols)),
      ...block.body.map((cells, r) => rowOf(cells, false, r, bodyCols)),
    ],
  });
}

/** Grid column of every anchor cell (HTML placement), to size merged cells. */
function columnsOf(rows: Cell[][], nCols: number): number[][] {
  const taken = rows.map(() => Array<boolean>(nCols).fill(false));
  return rows.map((cells, r) => {
    let col = 0;
    return cells.map((c) => {
      while (col < nCols && taken[r][col]) col++;
      const at = col;
      for (let dr = 0; dr < (c.rowSpan ?? 1) && r + dr < rows.length; dr++)
        for (let dc = 0; dc < (c.colSpan ?? 1) && at + dc < nCols; dc++) taken[r + dr][at + dc] = true;
      col += c.colSpan ?? 1;
      return at;
    });
  });
}

function blocks(list: Block[], availableTwips: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of list) {
    if (block.type === 'paragraph') out.push(paragraph(block));
    else if (block.type === 'pageBreak') out.push(new Paragraph({ children: [new PageBreak()] }));
    else {
      out.push(table(block, availableTwips));
      // Word needs a paragraph between consecutive tables, or it merges them into one.
      out.push(new Paragraph({ children: [] }));
    }
  }
  return out;
}

function section(s: Section) {
  const landscape = s.orientation !== 'portrait';
  const margin = landscape ? 720 : 1000;
  const available = (landscape ? A4_TWIPS.height : A4_TWIPS.width) - 2 * margin;
  const head = s.runningHead;
  return {
    properties: {
      page: {
        size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: margin, bottom: margin, left: margin, right: margin },
      },
    },
    headers: head
      ? {
          default: new Header({
            children: [
              new Paragraph({ children: [run(head.left, head.size)] }),
              new Paragraph({ children: [run(`${head.secondLeft}    ${head.secondRight}`, head.size)] }),
            ],
          }),
        }
      : undefined,
    footers: s.pageNumbers
      ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] })] }) }
      : undefined,
    children: [...(s.firstPageTitle ? [paragraph(s.firstPageTitle)] : []), ...blocks(s.blocks, available)],
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Fixed document properties: the docx package would stamp the current time. */
function coreProperties(d: Disclosure, date: string): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(d.title)}</dc:title><dc:creator>${escapeXml(d.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`;
}

/** Overwrites every zip entry's DOS modification time and date (not covered by the CRC). */
export function pinZipTimestamps(zip: Uint8Array, dosDate: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('docx: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('docx: bad central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

export async function renderDocx(d: Disclosure, year: number): Promise<Uint8Array> {
  const doc = new Document({
    creator: d.creator,
    title: d.title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: d.sections.map(section),
  });
  // Published early in the budget year, as disclosures are.
  const date = `${year}-02-25T09:00:00Z`;
  const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(d, date) }]);
  const dosDate = ((year - 1980) << 9) | (2 << 5) | 25;
  return pinZipTimestamps(new Uint8Array(buffer), dosDate);
}
