import { readFileSync } from 'node:fs';
import { openPdf, readPage } from '/work/main/packages/pdf/src/pdfjs.ts';
const [f, ...pages] = process.argv.slice(2);
const doc = await openPdf(readFileSync(f));
for (const p of pages.map(Number)) {
  const page = await doc.getPage(p);
  const c = await readPage(page);
  console.log(`--- page ${p} ${c.width}x${c.height} rot ${page.rotate}`);
  const items = [...c.items].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  for (const it of items) console.log(it.bbox.map(v => v.toFixed(1)).join(','), it.fontSize.toFixed(1), JSON.stringify(it.text));
  if (process.env.SEG) for (const s of c.segments) console.log('seg', [s.x0, s.y0, s.x1, s.y1].map(v => v.toFixed(1)).join(','));
}
await doc.destroy();
