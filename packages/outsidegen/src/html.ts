/** HTML for Chromium's print-to-PDF: real table borders, <thead> repeated on every page, named landscape pages. */
import type { Block, Cell, Disclosure, TableBlock } from './model.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function cell(tag: 'td' | 'th', c: Cell): string {
  const attrs: string[] = [];
  if (c.colSpan && c.colSpan > 1) attrs.push(`colspan="${c.colSpan}"`);
  if (c.rowSpan && c.rowSpan > 1) attrs.push(`rowspan="${c.rowSpan}"`);
  const style: string[] = [];
  if (c.align) style.push(`text-align:${c.align}`);
  if (c.bold) style.push('font-weight:bold');
  if (c.indent) style.push(`padding-left:${0.3 + c.indent}em`);
  if (style.length) attrs.push(`style="${style.join(';')}"`);
  return `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${esc(c.text).replace(/\n/g, '<br>')}</${tag}>`;
}

function table(t: TableBlock, first: boolean): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join('');
  const ncols = t.widths.length;
  const cls = ['grid', t.narrow ? 'narrow' : '', t.splitRows ? 'split' : ''].filter(Boolean).join(' ');
  const head: string[] = [];
  if (t.pageHeader) {
    head.push(`<tr class="pagehead"><th colspan="${ncols}">${t.pageHeader.map((l) => `<div>${esc(l)}</div>`).join('')}</th></tr>`);
  }
  for (const r of t.header) head.push(`<tr>${r.map((c) => cell('th', c)).join('')}</tr>`);
  const body = t.body.map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('\n');
  const caption = t.caption.map(([l, r]) => `<div class="cap"><span>${esc(l)}</span><span>${esc(r)}</span></div>`).join('');
  const inner = `<div class="tbl${t.inline || first ? '' : ' newpage'}">
<h3 class="ttitle">${esc(t.title)}</h3>${caption}
<table class="${cls}" style="font-size:${t.fontPt ?? 9}pt${t.widthPct ? `;width:${t.widthPct}%` : ''}"><colgroup>${cols}</colgroup><thead>${head.join('')}</thead><tbody>
${body}
</tbody></table>${t.note ? `<p class="note">${esc(t.note)}</p>` : ''}</div>`;
  return t.a3 ? `<div class="a3">${inner}</div>` : t.landscape ? `<div class="land">${inner}</div>` : inner;
}

function block(b: Block, i: number): string {
  switch (b.type) {
    case 'cover':
      return `<div class="cover">${b.lines.map((l, j) => `<div class="${j === 0 ? 'ctitle' : 'cline'}">${esc(l)}</div>`).join('')}</div>`;
    case 'h1':
      return `<h1>${esc(b.text)}</h1>`;
    case 'h2':
      return `<h2>${esc(b.text)}</h2>`;
    case 'p':
      return `<p${b.indent === false ? ' class="noind"' : ''}>${esc(b.text)}</p>`;
    case 'toc':
      return `<div class="toc"><h2 class="c">目　录</h2>${b.items.map((x) => `<div>${esc(x)}</div>`).join('')}</div>`;
    case 'pagebreak':
      return '<div class="pb"></div>';
    case 'table':
      return table(b, i === 0);
  }
}

export function toHtml(d: Disclosure): string {
  const body = d.blocks.map(block).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(d.title)}</title><style>
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
@page land { size: A4 landscape; margin: 14mm 12mm; }
@page a3 { size: A3 landscape; margin: 12mm 12mm; }
html, body { font-family: "WenQuanYi Micro Hei", sans-serif; font-size: ${d.fontPt}pt; line-height: 1.55; color: #000; }
.land { page: land; } .a3 { page: a3; }
.cover { break-after: page; text-align: center; padding-top: 70mm; }
.ctitle { font-size: 24pt; font-weight: bold; margin-bottom: 18mm; }
.cline { font-size: 14pt; margin: 4mm 0; }
.toc { break-after: page; } .toc div { margin: 1.5mm 0 1.5mm 6mm; } .c { text-align: center; }
h1 { font-size: 17pt; text-align: center; margin: 8mm 0 5mm; }
h2 { font-size: 13pt; margin: 5mm 0 2mm; }
p { text-indent: 2em; margin: 1.2mm 0; text-align: justify; } p.noind { text-indent: 0; }
.pb { break-after: page; }
.newpage { break-before: page; }
.ttitle { text-align: center; font-size: 15pt; margin: 2mm 0 3mm; }
.cap { display: flex; justify-content: space-between; font-size: 9.5pt; margin: 0.5mm 0; }
table.grid { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 1.2pt 2.5pt; vertical-align: middle; line-height: 1.3; overflow-wrap: anywhere; }
table.grid th { font-weight: bold; text-align: center; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; }
table.grid.split tr { break-inside: auto; }
table.grid.narrow td, table.grid.narrow th { word-break: break-all; }
tr.pagehead th { border: none !important; font-weight: normal; text-align: left; padding-bottom: 2pt; }
tr.pagehead th div { display: inline-block; margin-right: 8mm; }
.note { text-indent: 0; font-size: 9pt; }
</style></head><body>
${body}
</body></html>`;
}
