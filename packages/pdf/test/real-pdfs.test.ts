/**
 * The 22 real Jiangsu budget PDFs (2017-2019; WPS, Word, Excel, Acrobat/Distiller; one
 * rotated A3 set). Skipped where the shared folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cellAt, isFigure, SourceDocument, type TableBlock } from '@budget/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../src/index.ts';
import { openPdf, readPage } from '../src/pdfjs.ts';
import { rulesFromSegments } from '../src/rules.ts';

/** ../shared/real/ beside the project's checkout (absent in a fresh clone elsewhere: the tests skip). */
const DIR = resolve(import.meta.dirname, '../../../../shared/real/jiangsu');
const present = existsSync(DIR);

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? pdfsUnder(path) : /\.pdf$/i.test(e.name) ? [path] : [];
  });
}

const tablesOf = (doc: SourceDocument) => doc.blocks.filter((b): b is TableBlock => b.type === 'table');

/** Pages whose ruling looks like a table (several horizontal and vertical rules), by file. */
async function ruledPages(bytes: Uint8Array): Promise<number[]> {
  const doc = await openPdf(bytes);
  try {
    const pages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await readPage(page);
      page.cleanup();
      const { h, v } = rulesFromSegments(content.segments, content.width, content.height);
      if (h.length >= 3 && v.length >= 2) pages.push(n);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

describe.skipIf(!present)(present ? `real PDFs in ${DIR}` : `real PDFs (skipped: folder ${DIR} is absent)`, () => {
  const files = present ? pdfsUnder(DIR).sort() : [];
  const docs = new Map<string, SourceDocument>();

  beforeAll(async () => {
    for (const file of files) docs.set(file, await extractPdf(readFileSync(file), { docId: file, source: file }));
  }, 300_000);

  it('finds the 22 files and extracts every one into a valid SourceDocument', () => {
    expect(files).toHaveLength(22);
    for (const file of files) {
      const doc = docs.get(file)!;
      expect(() => SourceDocument.parse(doc), file).not.toThrow();
      expect(doc.pages, file).toBeGreaterThan(0);
    }
  });

  it('yields a table on (nearly) every page drawn with table rulings', async () => {
    let ruled = 0, withTable = 0;
    const misses: string[] = [];
    for (const file of files) {
      const pages = await ruledPages(readFileSync(file));
      const tablePages = new Set(tablesOf(docs.get(file)!).map((t) => t.page));
      for (const p of pages) {
        ruled++;
        if (tablePages.has(p)) withTable++;
        else misses.push(`${file} p${p}`);
      }
    }
    expect(ruled).toBeGreaterThan(150);
    expect(withTable / ruled, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every table a plausible shape: cells tile the grid, one row page per row, some text', () => {
    let count = 0;
    for (const [file, doc] of docs) {
      for (const t of tablesOf(doc)) {
        count++;
        const where = `${file} p${t.page}`;
        expect(t.nRows, where).toBeGreaterThanOrEqual(1); // one row: the end of a table cut by a page break
        expect(t.nCols, where).toBeGreaterThanOrEqual(2);
        expect(t.nCols, where).toBeLessThanOrEqual(12);
        expect(t.rowPages, where).toHaveLength(t.nRows);
        expect(t.cells.reduce((s, c) => s + c.rowSpan * c.colSpan, 0), where).toBe(t.nRows * t.nCols);
        for (let r = 0; r < t.nRows; r++) for (let c = 0; c < t.nCols; c++) expect(cellAt(t, r, c), `${where} r${r}c${c}`).toBeDefined();
        expect(t.cells.some((c) => c.text !== ''), where).toBe(true);
      }
    }
    expect(count).toBeGreaterThan(200);
  });

  it('keeps codes and figures whole: codes have 3, 5 or 7 digits, decimals parse as figures', () => {
    const broken: string[] = [];
    for (const [file, doc] of docs) {
      for (const t of tablesOf(doc)) {
        for (const c of t.cells) {
          const text = c.text.replace(/\s+/g, '');
          if (/^\d{3,}$/.test(text) && ![3, 5, 7].includes(text.length)) broken.push(`${file} p${t.page}: code ${text}`);
          if (/^[\d,.]+$/.test(text) && text.includes('.') && !isFigure(text)) broken.push(`${file} p${t.page}: figure ${text}`);
          if (/\d\s+[\d.]/.test(c.text) && /^[\d,.\s]+$/.test(c.text)) broken.push(`${file} p${t.page}: two figures ${c.text}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('reads known rows: an Excel export and the rotated A3 Distiller set', () => {
    const excel = docs.get(join(DIR, '江苏省政协办公厅/2017年度部门预算公开表.pdf'))!;
    const p5 = tablesOf(excel).find((t) => t.page === 5)!;
    const row = p5.cells.find((c) => c.text === '2010201')!.row;
    expect(p5.cells.filter((c) => c.row === row).map((c) => c.text)).toEqual(['2010201', '行政运行', '3,233.03']);

    const rotated = docs.get(join(DIR, '江苏省人大办公厅/江苏省人大常委会办公厅2019年部门预算公开表.pdf'))!;
    const summary = tablesOf(rotated).find((t) => t.page === 1)!;
    expect([summary.nRows, summary.nCols]).toEqual([27, 6]);
    expect(cellAt(summary, 0, 0)).toMatchObject({ text: '收入', colSpan: 2 });
    expect(cellAt(summary, 26, 5)!.text).toBe('18,330.37');
  });

  it('flags running lines and keeps the unit line as a paragraph', () => {
    const excel = docs.get(join(DIR, '江苏省政协办公厅/2017年度部门预算公开表.pdf'))!;
    const units = excel.blocks.filter((b) => b.type === 'paragraph' && b.text.includes('单位：万元'));
    expect(units.length).toBeGreaterThanOrEqual(10);
    expect(units.some((b) => b.type === 'paragraph' && b.running)).toBe(true);
  });
});
