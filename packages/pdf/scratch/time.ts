import { readFileSync } from 'node:fs';
import { extractPdf } from '/work/main/packages/pdf/src/index.ts';
const files = process.argv.slice(2);
let pages = 0; const t0 = performance.now();
for (const f of files) {
  const t = performance.now();
  const doc = await extractPdf(readFileSync(f), { docId: 'x', source: f });
  pages += doc.pages ?? 0;
  console.log(f.split('/').slice(-1)[0], doc.pages, (performance.now() - t).toFixed(0), 'ms', doc.blocks.filter(b => b.type === 'table').length, 'tables');
}
const s = (performance.now() - t0) / 1000;
console.log(`${pages} pages in ${s.toFixed(2)} s = ${(pages / s).toFixed(1)} pages/s`);
