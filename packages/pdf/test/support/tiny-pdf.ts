/**
 * A minimal PDF writer for tests: pages with raw content operators, the non-embedded CJK
 * font STSong-Light (UniGB-UCS2-H, needs pdfjs's cMaps) as /F1 and Helvetica as /F2, an
 * optional /Rotate, and optional RC4 40-bit encryption (Standard handler, revision 2).
 */
import { createHash } from 'node:crypto';

export interface TinyPage {
  width: number;
  height: number;
  rotate?: 0 | 90 | 180 | 270;
  ops: string[];
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

/** UCS-2 big-endian hex of text, for the UniGB-UCS2-H encoded font. */
export function ucs2(text: string): string {
  return [...text].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join('');
}

/** Operators drawing CJK/ASCII text with STSong-Light at baseline (x, y), PDF user space. */
export function cjkText(x: number, y: number, text: string, size = 9): string {
  return `BT /F1 ${num(size)} Tf ${num(x)} ${num(y)} Td <${ucs2(text)}> Tj ET`;
}

/** Operators drawing ASCII text with Helvetica. */
export function latinText(x: number, y: number, text: string, size = 9): string {
  return `BT /F2 ${num(size)} Tf ${num(x)} ${num(y)} Td (${text.replace(/[\\()]/g, (c) => '\\' + c)}) Tj ET`;
}

export function strokeLine(x1: number, y1: number, x2: number, y2: number, width = 0.5): string {
  return `${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`;
}

export function fillRect(x: number, y: number, w: number, h: number): string {
  return `${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`;
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const PASSWORD_PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function padPassword(pw: string): Uint8Array {
  const bytes = Buffer.from(pw, 'latin1').subarray(0, 32);
  const out = new Uint8Array(32);
  out.set(bytes);
  out.set(PASSWORD_PAD.subarray(0, 32 - bytes.length), bytes.length);
  return out;
}

const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Standard security handler, revision 2 (PDF 1.7 §7.6.3.3–4, algorithms 2, 3 and 4). */
function standardSecurity(userPassword: string, ownerPassword: string, fileId: Uint8Array) {
  const permissions = -44;
  const ownerKey = md5(padPassword(ownerPassword)).subarray(0, 5);
  const o = rc4(ownerKey, padPassword(userPassword));
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, permissions, true);
  const key = md5(padPassword(userPassword), o, p, fileId).subarray(0, 5);
  const u = rc4(key, PASSWORD_PAD);
  const objectKey = (id: number) => md5(key, Uint8Array.from([id & 255, (id >> 8) & 255, (id >> 16) & 255, 0, 0])).subarray(0, 10);
  return {
    dict: `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${permissions} >>`,
    encrypt: (id: number, data: Uint8Array) => rc4(objectKey(id), data),
  };
}

/** Serialises pages into a PDF. With `userPassword`, streams are RC4-encrypted and opening needs it. */
export function tinyPdf(pages: TinyPage[], options: { userPassword?: string } = {}): Uint8Array {
  const fileId = md5(Buffer.from(`tiny-pdf ${pages.length}`));
  const security = options.userPassword !== undefined ? standardSecurity(options.userPassword, 'owner', fileId) : null;
  const objects: (string | Buffer)[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] = '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>';
  objects[5] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>';
  const helveticaId = 6 + pages.length * 2;
  pages.forEach((page, i) => {
    const id = pageIds[i]!;
    let stream: Uint8Array = Buffer.from(page.ops.join('\n'), 'latin1');
    if (security) stream = security.encrypt(id + 1, stream);
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}]` +
      (page.rotate ? ` /Rotate ${page.rotate}` : '') +
      ` /Resources << /Font << /F1 3 0 R /F2 ${helveticaId} 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = Buffer.concat([Buffer.from(`<< /Length ${stream.length} >>\nstream\n`, 'latin1'), Buffer.from(stream), Buffer.from('\nendstream', 'latin1')]);
  });
  objects[helveticaId] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  let encryptRef = '';
  if (security) {
    // Strings inside objects are encrypted too (with their object's key); content streams were done above.
    objects.forEach((body, id) => {
      if (typeof body !== 'string') return;
      objects[id] = body.replace(/\(([^()\\]*)\)/g, (_, text: string) => `<${hex(security.encrypt(id, Buffer.from(text, 'latin1')))}>`);
    });
    objects[helveticaId + 1] = security.dict;
    encryptRef = ` /Encrypt ${helveticaId + 1} 0 R`;
  }
  return pdfOfObjects(objects, `/Root 1 0 R${encryptRef} /ID [<${hex(fileId)}> <${hex(fileId)}>]`);
}

/**
 * Serialises numbered objects (index = object number; index 0 unused) into a PDF with a
 * correct cross-reference table. `trailer` is the trailer dictionary's content.
 * For hand-made structures, including hostile ones (page trees with no pages or loops).
 */
export function pdfOfObjects(objects: (string | Buffer)[], trailer = '/Root 1 0 R'): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = length;
    const body = objects[id]!;
    const chunk = Buffer.concat([Buffer.from(`${id} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    length += chunk.length;
  }
  let tail = `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) tail += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(tail, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
