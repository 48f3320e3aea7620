import { cellAt, SourceDocument, type TableBlock } from '@budget/model';
import { describe, expect, it } from 'vitest';
import { CorruptPdfError, EncryptedPdfError, ExtractionTimeoutError, extractPdf, TooManyPagesError } from '../src/index.ts';
import { ancestorLoopingPdf, noPagesPdf, selfLoopingPdf, unreadablePagesPdf } from './support/hostile-pdfs.ts';
import { cjkText, fillRect, strokeLine, tinyPdf, type TinyPage } from './support/tiny-pdf.ts';

const A4 = { width: 595.28, height: 841.89 };

/**
 * A ruled table drawn the way exporters do, in display coordinates (y down) on a page of
 * displayed height `h`: a merged header ("功能分类科目" over two columns, "预算数" over two
 * rows), a narrow code column where "2010301" wraps as "2010" / "301", and a narrow figure
 * column where "1103.89" wraps as "1103." / "89". Horizontal rules are stroked, vertical
 * ones thin filled rectangles (as Word/Excel exports draw them).
 */
function tableOps(h: number): string[] {
  const text = (x: number, top: number, s: string, size = 9) => cjkText(x, h - top - 0.88 * size, s, size);
  const hLine = (y: number, x0: number, x1: number) => strokeLine(x0, h - y, x1, h - y);
  const vLine = (x: number, y0: number, y1: number) => fillRect(x - 0.25, h - y1, 0.5, y1 - y0);
  return [
    text(50, 60, '部门预算支出表', 16),
    text(50, 86, '单位：万元'),
    hLine(100, 50, 225), hLine(115, 50, 200), hLine(130, 50, 225), hLine(160, 50, 225), hLine(190, 50, 225),
    vLine(50, 100, 190), vLine(80, 115, 190), vLine(200, 100, 190), vLine(225, 100, 190),
    text(52, 103, '功能分类科目'),
    text(203, 104, '预算'), text(203, 116, '数'),
    text(52, 118, '编码'), text(82, 118, '科目名称'),
    text(52, 133, '2010'), text(52, 144, '301'), text(82, 140, '行政运行'), text(201, 133, '1103.'), text(212, 144, '89'),
    text(52, 170, '201'), text(82, 170, '一般公共服务支出'), text(201, 170, '75.45'),
  ];
}

/** The same table on an A4 page with /Rotate 90, drawn in displayed coordinates through a cm. */
function rotatedPage(): TinyPage {
  return { ...A4, rotate: 90, ops: [`0 1 -1 0 ${A4.width} 0 cm`, ...tableOps(A4.width)] };
}

function grid(table: TableBlock): string[][] {
  return Array.from({ length: table.nRows }, (_, r) => Array.from({ length: table.nCols }, (_, c) => {
    const cell = cellAt(table, r, c)!;
    return cell.row === r && cell.col === c ? `${cell.text}${cell.rowSpan > 1 || cell.colSpan > 1 ? `⟨${cell.rowSpan}×${cell.colSpan}⟩` : ''}` : '·';
  }));
}

const EXPECTED_GRID = [
  ['功能分类科目⟨1×2⟩', '·', '预算数⟨2×1⟩'],
  ['编码', '科目名称', '·'],
  ['2010301', '行政运行', '1103.89'],
  ['201', '一般公共服务支出', '75.45'],
];

describe('extractPdf on generated PDFs (STSong-Light via cMaps)', () => {
  const bytes = tinyPdf([
    { ...A4, ops: tableOps(A4.height) },
    { ...A4, ops: [strokeLine(50, 50, 300, 50)] }, // no text: a scanned or blank page
    rotatedPage(),
  ]);

  it('rebuilds a ruled table with merged header cells and wrapped codes and figures', async () => {
    const doc = await extractPdf(bytes, { docId: 'd1', source: 'memory' });
    expect(() => SourceDocument.parse(doc)).not.toThrow();
    expect(doc.pages).toBe(3);
    const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
    expect(tables).toHaveLength(2);
    expect(grid(tables[0]!)).toEqual(EXPECTED_GRID);
    expect(tables[0]).toMatchObject({ page: 1, pageEnd: 1, method: 'ruled', rowPages: [1, 1, 1, 1] });
    const code = tables[0]!.cells.find((c) => c.text === '2010301')!;
    expect(code.sources.map((s) => s.text)).toEqual(['2010', '301']);
    expect(code.sources[0]!.bbox![0]).toBeCloseTo(52, 0);
  });

  it('reads a /Rotate 90 page in display coordinates', async () => {
    const doc = await extractPdf(bytes, { docId: 'd1', source: 'memory' });
    const rotated = doc.blocks.find((b): b is TableBlock => b.type === 'table' && b.page === 3)!;
    expect(grid(rotated)).toEqual(EXPECTED_GRID);
    expect(rotated.bbox![0]).toBeCloseTo(50, 0);
    expect(rotated.bbox![1]).toBeCloseTo(100, 0);
  });

  it('keeps text outside tables as paragraph lines in reading order, flags running lines and counts pages without text', async () => {
    const doc = await extractPdf(bytes, { docId: 'd1', source: 'memory' });
    const page1 = doc.blocks.filter((b) => b.page === 1).map((b) => (b.type === 'table' ? 'TABLE' : b.text));
    expect(page1).toEqual(['部门预算支出表', '单位：万元', 'TABLE']);
    const title = doc.blocks.find((b) => b.type === 'paragraph' && b.page === 1);
    expect(title).toMatchObject({ fontSize: 16, running: true }); // same title at the same place on page 3
    expect(doc.pagesWithoutText).toBe(1);
    expect(doc.findings).toEqual([expect.objectContaining({ check: 'extract.pdf', severity: 'warning', page: 2 })]);
  });

  it('leaves the caller\'s bytes intact (pdfjs detaches the buffer it is given)', async () => {
    const copy = new Uint8Array(bytes);
    await extractPdf(copy, { docId: 'd1', source: 'memory' });
    expect(copy.byteLength).toBe(bytes.byteLength);
  });

  it('refuses documents over maxPages and past the deadline', async () => {
    await expect(extractPdf(bytes, { docId: 'd1', source: 'memory', maxPages: 2 })).rejects.toMatchObject({ name: 'TooManyPagesError', pages: 3 });
    await expect(extractPdf(bytes, { docId: 'd1', source: 'memory', timeoutMs: 0 })).rejects.toBeInstanceOf(ExtractionTimeoutError);
  });
});

describe('extractPdf on bad input', () => {
  it('garbage bytes → CorruptPdfError with pdfjs\'s message', async () => {
    const err = await extractPdf(new TextEncoder().encode('this is not a PDF at all'), { docId: 'x', source: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptPdfError);
    expect((err as Error).name).toBe('CorruptPdfError');
    expect((err as Error).message).toMatch(/Invalid PDF structure/);
  });

  it('empty input → CorruptPdfError', async () => {
    await expect(extractPdf(new Uint8Array(0), { docId: 'x', source: 'x' })).rejects.toBeInstanceOf(CorruptPdfError);
  });

  it('a truncated PDF (cross-reference table cut off) → CorruptPdfError', async () => {
    const whole = tinyPdf([{ ...A4, ops: tableOps(A4.height) }]);
    await expect(extractPdf(whole.subarray(0, Math.floor(whole.length * 0.6)), { docId: 'x', source: 'x' })).rejects.toMatchObject({ name: 'CorruptPdfError' });
  });

  it('a password-protected PDF (RC4, user password set) → EncryptedPdfError', async () => {
    const locked = tinyPdf([{ ...A4, ops: tableOps(A4.height) }], { userPassword: 'secret' });
    const err = await extractPdf(locked, { docId: 'x', source: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EncryptedPdfError);
    expect((err as Error).name).toBe('EncryptedPdfError');
  });

  it('an encrypted PDF with an empty user password opens (only the owner password is set)', async () => {
    const doc = await extractPdf(tinyPdf([{ ...A4, ops: tableOps(A4.height) }], { userPassword: '' }), { docId: 'x', source: 'x' });
    expect(doc.blocks.some((b) => b.type === 'table')).toBe(true);
  });

  it('a PDF with no pages → CorruptPdfError, not an empty document', async () => {
    await expect(extractPdf(noPagesPdf(), { docId: 'x', source: 'x' })).rejects.toMatchObject({ name: 'CorruptPdfError', message: 'the PDF has no pages' });
  });

  it('a page tree that loops (a /Pages node among its own kids, or its parent\'s) → CorruptPdfError', async () => {
    for (const looping of [selfLoopingPdf(), ancestorLoopingPdf()]) {
      await expect(extractPdf(looping, { docId: 'x', source: 'x' })).rejects.toMatchObject({ name: 'CorruptPdfError', message: 'the PDF\'s page tree loops' });
    }
  });

  it('a PDF none of whose pages can be read → CorruptPdfError naming the first page\'s reason', async () => {
    const err = await extractPdf(unreadablePagesPdf(), { docId: 'x', source: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptPdfError);
    expect((err as Error).message).toMatch(/^none of the PDF's 1 page\(s\) could be read \(page 1: .*wrong type of object/);
  });

  it('error classes keep stable names', () => {
    expect(new TooManyPagesError(600, 500).name).toBe('TooManyPagesError');
    expect(new ExtractionTimeoutError(1000, 3).name).toBe('ExtractionTimeoutError');
    expect(new EncryptedPdfError().name).toBe('EncryptedPdfError');
    expect(new CorruptPdfError('x').name).toBe('CorruptPdfError');
  });
});
