import { readFileSync } from 'node:fs';
import { openPdf, readPage } from '/work/main/packages/pdf/src/pdfjs.ts';
const files = process.argv.slice(2);
for (const f of files) {
  const t0 = Date.now();
  const doc = await openPdf(readFileSync(f));
  let line = `${f.split('/').slice(-2).join('/')}: ${doc.numPages}p`;
  const stats: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const c = await readPage(page);
    const h = c.segments.filter(s => Math.abs(s.y0 - s.y1) < 1).length;
    stats.push(`${p}:${Math.round(c.width)}x${Math.round(c.height)} r${page.rotate} i${c.items.length} h${h} v${c.segments.length - h} f${c.ignoredFills}`);
    page.cleanup();
  }
  const meta = await doc.getMetadata();
  console.log(line, (meta.info as any).Producer, (meta.info as any).Creator, Date.now() - t0, 'ms');
  console.log('  ' + stats.join(' | '));
  await doc.destroy();
}
