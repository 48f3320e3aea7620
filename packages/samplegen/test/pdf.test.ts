import { compact } from '@budget/model';
import { describe, expect, it } from 'vitest';
import { tablesOf } from '../src/expected.ts';
import { STYLES, type GeneratedDisclosure } from '../src/index.ts';
import { generated } from './generated.ts';
import { loadPdfjs, pdfjsCMapUrl } from './peers.ts';

interface ParsedPdf {
  pages: number;
  rotations: number[];
  items: string[];
}

async function parse(g: GeneratedDisclosure): Promise<ParsedPdf> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(g.pdf), cMapUrl: pdfjsCMapUrl(), cMapPacked: true, verbosity: 0 }).promise;
  const items: string[] = [];
  const rotations: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    rotations.push(page.rotate);
    for (const item of (await page.getTextContent()).items) if (item.str?.trim()) items.push(item.str.trim());
  }
  await doc.destroy();
  return { pages: doc.numPages, rotations, items };
}

describe('PDF output', () => {
  for (const style of STYLES) {
    it(`style ${style}: pdfjs reads the Chinese text, department name included`, async () => {
      const g = generated(style, 1);
      const pdf = await parse(g);
      expect(pdf.pages).toBe(g.pdfStats.pages);
      const text = compact(pdf.items.join(''));
      expect(text).toContain(g.spec.department);
      expect(text).toContain('一般公共服务支出');
    });
  }

  for (const style of ['A', 'B'] as const) {
    it(`style ${style}: no printed amount wraps`, async () => {
      const g = generated(style, 2);
      // pdfjs joins neighbouring runs into one item, so look for the figure inside an item.
      const items = `\n${(await parse(g)).items.join('\n')}\n`;
      for (const table of tablesOf(g.disclosure)) {
        for (const cell of table.body.flat()) {
          if (cell.fact && cell.text) expect(new RegExp(`(^|[\\s])${cell.text.replace(/\./g, '\\.')}($|[\\s])`, 'm').test(items), `${table.title}: ${cell.text}`).toBe(true);
        }
      }
    });
  }

  it('style C: a landscape table on /Rotate 90 pages, wrapped figures, and a row broken across pages', async () => {
    const g = generated('C', 1);
    const pdf = await parse(g);
    expect(pdf.rotations).toContain(90);
    expect(g.pdfStats.splitRows).toBeGreaterThan(0);
    // Codes wrap after four digits in the narrow 科目编码 column of 部门预算收入总表.
    const income = tablesOf(g.disclosure).find((t) => t.kind === 'income_summary')!;
    const longCodes = income.body.map((row) => row.find((c) => c.fact)?.fact?.code).filter((c): c is string => !!c && c.length === 7);
    expect(longCodes.length).toBeGreaterThan(0);
    expect(pdf.items).toContain(longCodes[0].slice(0, 4));
    expect(pdf.items).toContain(longCodes[0].slice(4));
  });

  it('rulings: A strokes lines, B fills thin boxes, and unruled tables exist', () => {
    const a = Buffer.from(generated('A', 1).pdf).toString('latin1');
    const b = Buffer.from(generated('B', 1).pdf).toString('latin1');
    expect(a).toMatch(/ l S\n/);
    expect(b).toMatch(/ re f\n/);
    expect(tablesOf(generated('A', 1).disclosure).some((t) => !t.ruled && t.kind)).toBe(true);
    expect(tablesOf(generated('B', 1).disclosure).some((t) => !t.ruled && t.kind)).toBe(true);
  });

  it('the PDF declares the non-embedded STSong-Light font and a producer', () => {
    const raw = Buffer.from(generated('D', 1).pdf).toString('latin1');
    expect(raw.startsWith('%PDF-1.4')).toBe(true);
    expect(raw).toContain('/BaseFont /STSong-Light /Encoding /UniGB-UCS2-H');
    expect(raw).toContain('/Producer (budget-samplegen');
    expect(raw).not.toContain('/FontFile');
  });
});
