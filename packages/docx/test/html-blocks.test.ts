import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../src/html-blocks.ts';

const summary = (html: string) =>
  htmlToBlocks(html).blocks.map((b) => (b.type === 'paragraph' ? b.text : `table:${b.cells.map((c) => c.text).join('|')}`));

describe('htmlToBlocks', () => {
  it('turns headings, paragraphs and list items into paragraphs, whitespace normalised', () => {
    expect(summary('<h1>部门 预算</h1><p>  a \n b </p><ol><li>one</li><li>two</li></ol>')).toEqual(['部门 预算', 'a b', 'one', 'two']);
  });

  it('keeps a table inside a list item in document order', () => {
    const html = '<ul><li>before<table><tr><td><p>x</p></td></tr></table>after<ul><li>sub</li></ul></li></ul><p>end</p>';
    expect(summary(html)).toEqual(['before', 'table:x', 'after', 'sub', 'end']);
  });

  it('joins lines broken by <br> as wrapped lines', () => {
    expect(summary('<p>一般公共<br />预算</p><p>Latin<br/>words</p>')).toEqual(['一般公共预算', 'Latin words']);
  });

  it('reads header rows from thead and body rows from tbody', () => {
    const html = '<table><thead><tr><th>h1</th><th>h2</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
    const [table] = htmlToBlocks(html).blocks;
    expect(table).toMatchObject({ type: 'table', nRows: 2, nCols: 2 });
  });

  it("drops mammoth's footnote back-links", () => {
    const html = '<ol><li id="footnote-1"><p>注释 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(summary(html)).toEqual(['注释']);
  });

  it('keeps empty cells as anchor cells with empty text', () => {
    const [table] = htmlToBlocks('<table><tr><td></td><td><p>1</p></td></tr></table>').blocks;
    expect(table).toMatchObject({ cells: [{ col: 0, text: '', sources: [] }, { col: 1, text: '1' }] });
  });
});
