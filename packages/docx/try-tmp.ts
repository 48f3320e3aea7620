import mammoth from 'mammoth';
import { htmlToBlocks } from './src/html-blocks.ts';
import { buildDocx, p, tbl, tc, tr } from './test/fixtures/docx-builder.ts';
const rows = Array.from({ length: 5000 }, (_, r) => tr(...Array.from({ length: 10 }, (_, c) => tc(p(`${r}-${c}`, '行')))));
const bytes = buildDocx(p('title') + tbl(10, ...rows), { deflate: true });
const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
const b = htmlToBlocks(r.value);
