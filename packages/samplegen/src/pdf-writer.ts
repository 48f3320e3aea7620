/**
 * A minimal PDF writer for synthetic disclosures. There is no CJK font file to embed, so text
 * uses the standard, non-embedded CJK font every viewer knows: STSong-Light through the
 * UniGB-UCS2-H CMap (text is UCS-2 big-endian hex). Content streams stay uncompressed so the
 * output is byte-for-byte reproducible on any zlib.
 */

/** Page sizes in points, portrait. */
export const PAGE_SIZES = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
} as const;

export type FontName = 'song' | 'helvetica';

/** Width of one character in em, as the STSong-Light widths below declare them. */
export function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  return code >= 0x20 && code <= 0x7e ? 0.5 : 1;
}

/** Width of `text` in points at `size`. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * size;
}

const num = (n: number): string => {
  const fixed = n.toFixed(2);
  return fixed.replace(/\.?0+$/, '') || '0';
};

function ucs2Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // UCS-2 cannot carry astral characters; the generator never prints any.
    hex += (code > 0xffff ? 0x3000 : code).toString(16).toUpperCase().padStart(4, '0');
  }
  return hex;
}

function latin1Literal(text: string): string {
  return '(' + text.replace(/[\\()]/g, (c) => '\\' + c) + ')';
}

/**
 * One page being drawn. Coordinates are PDF user space of the page as displayed, origin at
 * the bottom-left; on a rotated page they are mapped onto the unrotated MediaBox.
 */
export class PdfPage {
  readonly ops: string[] = [];
  constructor(
    readonly mediaWidth: number,
    readonly mediaHeight: number,
    readonly rotate: 0 | 90,
  ) {
    // /Rotate 90 turns the page clockwise for display: draw in displayed coordinates
    // (X, Y) and map them onto the MediaBox with x = W - Y, y = X.
    if (rotate === 90) this.ops.push(`0 1 -1 0 ${num(mediaWidth)} 0 cm`);
  }

  /** Width and height as displayed. */
  get width(): number { return this.rotate === 90 ? this.mediaHeight : this.mediaWidth; }
  get height(): number { return this.rotate === 90 ? this.mediaWidth : this.mediaHeight; }

  text(x: number, y: number, text: string, size: number, font: FontName = 'song'): void {
    if (!text) return;
    const shown = font === 'song' ? `<${ucs2Hex(text)}>` : latin1Literal(text);
    const name = font === 'song' ? 'F1' : 'F2';
    this.ops.push(`BT /${name} ${num(size)} Tf ${num(x)} ${num(y)} Td ${shown} Tj ET`);
  }

  /** A stroked line, as most table exporters draw rulings. */
  line(x1: number, y1: number, x2: number, y2: number, width = 0.5): void {
    this.ops.push(`${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  /** A filled rectangle; Office exporters draw cell borders as thin filled boxes. */
  fillRect(x: number, y: number, w: number, h: number): void {
    this.ops.push(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
  }
}

export interface PdfInfo {
  producer: string;
  creator?: string;
  title?: string;
}

/** Collects pages and serialises them with a correct cross-reference table. */
export class PdfDocument {
  readonly pages: PdfPage[] = [];

  addPage(size: { width: number; height: number }, rotate: 0 | 90 = 0): PdfPage {
    const page = new PdfPage(size.width, size.height, rotate);
    this.pages.push(page);
    return page;
  }

  /** Serialises the document. Object numbers: 1 catalog, 2 pages, 3 info, 4-6 fonts, then page/content pairs. */
  save(info: PdfInfo): Uint8Array {
    const objects: string[] = [];
    const pageIds = this.pages.map((_, i) => 7 + i * 2);
    objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
    objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${this.pages.length} >>`;
    const infoEntries = [`/Producer ${latin1Literal(info.producer)}`];
    if (info.creator) infoEntries.push(`/Creator ${latin1Literal(info.creator)}`);
    // Non-ASCII titles go in as UTF-16BE hex with a byte order mark.
    if (info.title) infoEntries.push(`/Title <FEFF${ucs2Hex(info.title)}>`);
    objects[3] = `<< ${infoEntries.join(' ')} >>`;
    objects[4] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>';
    // CIDs 1-95 are the proportional ASCII glyphs of Adobe-GB1: half an em, everything else one em.
    objects[5] =
      '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> ' +
      '/FontDescriptor 6 0 R /DW 1000 /W [1 95 500] >>';
    objects[6] =
      '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
    const helvetica = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
    const fontObjectId = 7 + this.pages.length * 2;
    this.pages.forEach((page, i) => {
      const stream = page.ops.join('\n');
      objects[pageIds[i]] =
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(page.mediaWidth)} ${num(page.mediaHeight)}]` +
        (page.rotate ? ` /Rotate ${page.rotate}` : '') +
        ` /Resources << /Font << /F1 4 0 R /F2 ${fontObjectId} 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
      objects[pageIds[i] + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    });
    objects[fontObjectId] = helvetica;

    // Everything above is ASCII, so string length equals byte length.
    let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
    const offsets: number[] = [];
    for (let id = 1; id < objects.length; id++) {
      offsets[id] = Buffer.byteLength(out, 'latin1');
      out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
    }
    const xrefAt = Buffer.byteLength(out, 'latin1');
    out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
    for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return new Uint8Array(Buffer.from(out, 'latin1'));
  }
}
