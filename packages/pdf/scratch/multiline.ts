import { readFileSync } from 'node:fs';
import { extractPdf } from '/work/main/packages/pdf/src/index.ts';
for (const f of process.argv.slice(2)) {
  const doc = await extractPdf(readFileSync(f), { docId: 'x', source: f });
  for (const b of doc.blocks) if (b.type === 'table') for (const c of b.cells) if (c.sources.length > 1) console.log(f.split('/').pop(), 'p' + b.page, `r${c.row}c${c.col}`, JSON.stringify(c.sources.map(s => s.text)), '=>', c.text);
}
