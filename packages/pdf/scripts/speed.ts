/**
 * Extraction speed over a folder of PDFs, one document after another on one thread:
 *   npx tsx packages/pdf/scripts/speed.ts [folder=../shared/real/jiangsu]
 * Prints per-file pages and time, then total pages per second of wall time and of this
 * process's CPU time (pdfjs is CPU-bound: on a busy machine wall time grows, CPU time
 * much less), with the load average for context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { extractPdf } from '../src/index.ts';

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? pdfsUnder(path) : /\.pdf$/i.test(e.name) ? [path] : [];
  }).sort();
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? new URL('../../../../shared/real/jiangsu', import.meta.url).pathname;
  const files = pdfsUnder(dir);
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  let pages = 0, tables = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const file of files) {
    const t = performance.now();
    const doc = await extractPdf(readFileSync(file), { docId: file, source: file });
    pages += doc.pages ?? 0;
    tables += doc.blocks.filter((b) => b.type === 'table').length;
    console.log(`${String(doc.pages).padStart(4)} pages ${(performance.now() - t).toFixed(0).padStart(6)} ms  ${file}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`${files.length} files, ${pages} pages, ${tables} tables`);
  console.log(`wall ${seconds.toFixed(2)} s = ${(pages / seconds).toFixed(1)} pages/s; CPU ${cpuSeconds.toFixed(2)} s = ${(pages / cpuSeconds).toFixed(1)} pages/CPU-s (load average at start: ${load})`);
}

await main();
