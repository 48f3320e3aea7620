import { describe, expect, it } from 'vitest';
import { SourceDocument, type TableBlock } from '@budget/model';
import { CorruptDocxError, DocxTooLargeError, extractDocx } from '../src/index.ts';
import { buildDocx, p, tbl, tc, tr } from './fixtures/docx-builder.ts';
import { writeZip } from './fixtures/zip-writer.ts';

const OPTIONS = { docId: 'test-doc', source: 'test.docx' };

const tables = (doc: SourceDocument) => doc.blocks.filter((b): b is TableBlock => b.type === 'table');

/** 收支总表-like header: 项目 spans two rows, 金额 spans two columns. */
const MERGED_TABLE = tbl(
  3,
  tr(tc(p('项目'), { vMerge: 'restart' }), tc(p('金额'), { gridSpan: 2 })),
  tr(tc('', { vMerge: 'continue' }), tc(p('基本', '支出')), tc(p('项目') + p('支出'))),
  tr(tc(p('合计')), tc(p('1,103.', '89')), tc(p('20.00'))),
);

describe('extractDocx: tables', () => {
  it('expands gridSpan and vMerge onto the grid, anchor cells only', async () => {
    const doc = await extractDocx(buildDocx(MERGED_TABLE), OPTIONS);
    const [table] = tables(doc);
    expect(table).toMatchObject({ type: 'table', method: 'docx', page: null, pageEnd: null, nRows: 3, nCols: 3 });
    const layout = table!.cells.map(({ row, col, rowSpan, colSpan, text }) => ({ row, col, rowSpan, colSpan, text }));
    expect(layout).toEqual([
      { row: 0, col: 0, rowSpan: 2, colSpan: 1, text: '项目' },
      { row: 0, col: 1, rowSpan: 1, colSpan: 2, text: '金额' },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1, text: '基本支出' },
      { row: 1, col: 2, rowSpan: 1, colSpan: 1, text: '项目支出' },
      { row: 2, col: 0, rowSpan: 1, colSpan: 1, text: '合计' },
      { row: 2, col: 1, rowSpan: 1, colSpan: 1, text: '1,103.89' },
      { row: 2, col: 2, rowSpan: 1, colSpan: 1, text: '20.00' },
    ]);
    // The cell covered by the vertical merge is not duplicated.
    expect(table!.cells.filter((c) => c.row === 1 && c.col === 0)).toEqual([]);
  });

  it('keeps one source per paragraph of a cell, joined without spaces for CJK', async () => {
    const doc = await extractDocx(buildDocx(MERGED_TABLE), OPTIONS);
    const cell = tables(doc)[0]!.cells.find((c) => c.row === 1 && c.col === 2)!;
    expect(cell.sources).toEqual([
      { page: null, bbox: null, text: '项目' },
      { page: null, bbox: null, text: '支出' },
    ]);
    expect(cell.text).toBe('项目支出');
  });

  it('flattens a nested table into its cell and records a finding', async () => {
    const nested = tbl(2, tr(tc(p('内层')), tc(p('12.00'))), tr(tc(p('second')), tc(p('row'))));
    const body = tbl(2, tr(tc(p('外层') + nested), tc(p('x'))));
    const doc = await extractDocx(buildDocx(body), OPTIONS);
    expect(tables(doc)).toHaveLength(1);
    const cell = tables(doc)[0]!.cells[0]!;
    expect(cell.text).toBe('外层内层 12.00 second row');
    expect(cell.sources.map((s) => s.text)).toEqual(['外层', '内层', '12.00', 'second', 'row']);
    expect(doc.findings).toContainEqual(expect.objectContaining({ check: 'extract.docx.nested_table', severity: 'warning' }));
  });

  it('reports rows that mammoth shifts left (w:gridBefore)', async () => {
    const body = tbl(
      3,
      tr(tc(p('a')), tc(p('b')), tc(p('c'))),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('y'))}${tc(p('z'))}</w:tr>`,
    );
    const doc = await extractDocx(buildDocx(body), OPTIONS);
    const finding = doc.findings.find((f) => f.check === 'extract.docx.skipped_grid_cells');
    expect(finding?.message).toMatch(/^table 0: 1 row/);
  });
});

describe('extractDocx: document', () => {
  it('keeps paragraphs and tables in document order', async () => {
    const body = [p('一、部门主要职责'), MERGED_TABLE, p('二、 部门预算', '单位构成'), tbl(1, tr(tc(p('only')))), p('end')].join('');
    const doc = await extractDocx(buildDocx(body, { deflate: true }), OPTIONS);
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : `table:${b.nRows}x${b.nCols}`))).toEqual([
      '一、部门主要职责',
      'table:3x3',
      '二、 部门预算单位构成',
      'table:1x1',
      'end',
    ]);
    expect(doc).toMatchObject({ docId: 'test-doc', source: 'test.docx', format: 'docx', pages: null, pagesWithoutText: 0 });
  });

  it('produces a valid, plain-data SourceDocument', async () => {
    const doc = await extractDocx(buildDocx(p('a') + MERGED_TABLE), OPTIONS);
    expect(SourceDocument.parse(doc)).toEqual(doc);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("keeps mammoth's messages as findings", async () => {
    const body = tbl(1, `<w:tr><w:tblPrEx/>${tc(p('x'))}</w:tr>`);
    const doc = await extractDocx(buildDocx(body), OPTIONS);
    expect(doc.findings).toContainEqual(
      expect.objectContaining({ check: 'extract.docx', severity: 'warning', message: 'An unrecognised element was ignored: w:tblPrEx' }),
    );
  });

  it('says when a document has no text', async () => {
    const doc = await extractDocx(buildDocx(''), OPTIONS);
    expect(doc.blocks).toEqual([]);
    expect(doc.findings.map((f) => f.check)).toContain('extract.docx.no_text');
  });
});

/** Deterministic "random" bytes (a linear congruential generator), so the test never flakes. */
function noise(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

describe('extractDocx: hostile and broken input', () => {
  it('rejects a zip whose central directory declares a huge size', async () => {
    const bomb = buildDocx(p('x'), { extra: [{ name: 'word/media/huge.bin', data: 'tiny', declaredSize: 3_000_000_000 }] });
    await expect(extractDocx(bomb, OPTIONS)).rejects.toThrow(DocxTooLargeError);
    await expect(extractDocx(bomb, OPTIONS)).rejects.toMatchObject({ name: 'DocxTooLargeError' });
  });

  it('rejects a huge size declared through ZIP64', async () => {
    const bomb = buildDocx(p('x'), { extra: [{ name: 'word/a.bin', data: 'tiny', declaredSize: 2 ** 40, zip64: true }] });
    await expect(extractDocx(bomb, OPTIONS)).rejects.toMatchObject({ name: 'DocxTooLargeError' });
  });

  it('rejects the sum of sizes over the configured limit', async () => {
    const docx = buildDocx(p('x'.repeat(5000)));
    await expect(extractDocx(docx, { ...OPTIONS, maxUncompressedBytes: 4000 })).rejects.toMatchObject({ name: 'DocxTooLargeError' });
  });

  it('rejects an absurd compression ratio', async () => {
    const docx = buildDocx(p('x'), { extra: [{ name: 'word/zeros.bin', data: new Uint8Array(20 * 1024 * 1024), deflate: true }] });
    await expect(extractDocx(docx, OPTIONS)).rejects.toThrow(/compression ratio/);
  });

  it('rejects an XML part that inflates beyond the size it declares', async () => {
    const liar = writeZip([{ name: 'word/document.xml', data: '<a>' + ' '.repeat(100_000) + '</a>', deflate: true, declaredSize: 100 }]);
    await expect(extractDocx(liar, OPTIONS)).rejects.toThrow(/inflates beyond/);
  });

  it('rejects too many entries', async () => {
    const many = writeZip(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.xml`, data: '<a/>' })));
    await expect(extractDocx(many, { ...OPTIONS, maxEntries: 10 })).rejects.toMatchObject({ name: 'DocxTooLargeError' });
  });

  it.each([
    ['random bytes', noise(4096)],
    ['an empty file', new Uint8Array(0)],
    ['a truncated docx', buildDocx(p('x')).slice(0, 200)],
    ['an OLE file (encrypted DOCX)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(600)])],
    ['a zip without a document part', writeZip([{ name: 'hello.txt', data: 'hello' }])],
  ])('rejects %s as CorruptDocxError', async (_label, bytes) => {
    const attempt = extractDocx(bytes, OPTIONS);
    await expect(attempt).rejects.toThrow(CorruptDocxError);
    await expect(extractDocx(bytes, OPTIONS)).rejects.toMatchObject({ name: 'CorruptDocxError' });
  });

  it('fails fast on bad options', async () => {
    await expect(extractDocx(buildDocx(''), { ...OPTIONS, timeoutMs: -1 })).rejects.toThrow(RangeError);
  });
});
