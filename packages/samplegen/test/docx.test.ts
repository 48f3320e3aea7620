import { describe, expect, it } from 'vitest';
import { tablesOf } from '../src/expected.ts';
import { STYLES } from '../src/index.ts';
import { generated } from './generated.ts';
import { loadMammoth } from './peers.ts';

/** Width in grid columns of every row of every HTML table (colspans plus cells merged down from above). */
function rowWidths(html: string): number[][] {
  return html.split('<table').slice(1).map((table) => {
    const covered: Array<Set<number>> = [];
    return table.split('</table>')[0].split('<tr').slice(1).map((row, r) => {
      const taken = covered[r] ?? new Set<number>();
      let col = 0;
      for (const m of row.matchAll(/<t[hd]([^>]*)>/g)) {
        const colSpan = Number(/colspan="(\d+)"/.exec(m[1])?.[1] ?? 1);
        const rowSpan = Number(/rowspan="(\d+)"/.exec(m[1])?.[1] ?? 1);
        while (taken.has(col)) col++;
        for (let dr = 1; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) (covered[r + dr] ??= new Set()).add(col + dc);
        col += colSpan;
      }
      return Math.max(col, ...[...taken].map((c) => c + 1));
    });
  });
}

describe('DOCX output', () => {
  for (const style of STYLES) {
    it(`style ${style}: a valid zip that mammoth converts, tables and merged cells intact`, async () => {
      const g = generated(style, 1);
      const bytes = Buffer.from(await g.docx);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const html = (await loadMammoth().convertToHtml({ buffer: bytes })).value;
      expect(html).toContain(g.spec.department);
      const tables = tablesOf(g.disclosure);
      const widths = rowWidths(html);
      expect(widths).toHaveLength(tables.length);
      widths.forEach((rows, i) => expect(new Set(rows), tables[i].title).toEqual(new Set([tables[i].columns.length])));
      expect(html).toMatch(/rowspan="\d+"/);
      expect(html).toMatch(/colspan="\d+"/);
    });
  }

  it('style D keeps the mail-merge debris and the staff sentences', async () => {
    const g = generated('D', 2);
    const html = (await loadMammoth().convertToHtml({ buffer: Buffer.from(await g.docx) })).value;
    expect(html).toContain('MERGEFIELD ${page');
    expect(html).toContain(`编制人数小计${g.spec.staff.authorized}人`);
    expect(html).toContain(`实有人数小计${g.spec.staff.actual}人`);
  });
});
