import { readFileSync } from 'node:fs';
import { extractPdf } from '/work/main/packages/pdf/src/index.ts';
for (const f of process.argv.slice(2)) {
  const doc = await extractPdf(readFileSync(f), { docId: 'x', source: f });
  const per = new Map<number, string[]>();
  for (const b of doc.blocks) {
    const l = per.get(b.page!) ?? []; per.set(b.page!, l);
    if (b.type === 'table') l.push(`T${b.method[0]}${b.nRows}x${b.nCols}`);
    else if (!l.length || !l[l.length - 1]!.startsWith('P')) l.push('P1'); else l[l.length - 1] = 'P' + (Number(l[l.length - 1]!.slice(1)) + 1);
  }
  console.log(f.split('/').slice(-2).join('/'), [...per].map(([p, l]) => `${p}:${l.join(',')}`).join(' '));
  for (const x of doc.findings) console.log('   ', x.page, x.message);
}
