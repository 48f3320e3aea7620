/**
 * Benchmark: accuracy on the samples (and on fresh generated disclosures), speed and peak
 * memory over samples/ and, where present, ../shared/real/.
 *   pnpm bench [--fresh N] [--no-real] [--verbose]
 *   pnpm bench --peer [DIR]   ours against pdfplumber on the same PDFs (scripts/bench-peer.ts)
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { expandInputs, processDocument } from '@budget/pipeline';
import { generateDisclosure } from '@budget/samplegen';
import { emptyScore, formatScore, scoreDocument, type Expected } from './score.ts';

const { values } = parseArgs({
  options: {
    fresh: { type: 'string', default: '8' },
    'no-real': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    samples: { type: 'string', default: 'samples' },
    peer: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
if (values.peer) {
  // Ours against pdfplumber (or its parser) on the same PDFs: scripts/bench-peer.ts.
  await import('./bench-peer.ts');
  process.exit(0);
}

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

interface Speed { docs: number; pages: number; seconds: number }

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const out = await fn();
  return [out, Number(process.hrtime.bigint() - t0) / 1e9];
}

function expectedFor(path: string): Expected | null {
  const file = join(dirname(path), basename(path).replace(/\.(pdf|docx)$/i, '.expected.json'));
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Expected) : null;
}

function printDetails(label: string, s: ReturnType<typeof emptyScore>): void {
  if (!values.verbose) return;
  for (const line of [...s.misses, ...s.wrong, ...s.fieldErrors]) console.log(`  ${label} ${line}`);
}

async function benchSamples(): Promise<Speed> {
  // Scans (samples/scanned) take minutes: scored by scripts/score-scans.ts instead.
  const files = (await expandInputs([join(root, values.samples!)])).filter((f) => /\.(pdf|docx)$/i.test(f) && !/\.scan\.pdf$/i.test(f));
  const byFormat = { pdf: emptyScore(), docx: emptyScore() };
  const speed: Speed = { docs: 0, pages: 0, seconds: 0 };
  for (const file of files) {
    const expected = expectedFor(file);
    const [record, seconds] = await timed(() => processDocument(new Uint8Array(readFileSync(file)), file));
    speed.docs++; speed.pages += record.document.pages ?? 0; speed.seconds += seconds;
    if (!expected) continue;
    scoreDocument(record, expected, file.endsWith('.pdf') ? byFormat.pdf : byFormat.docx, basename(file));
  }
  for (const [format, s] of Object.entries(byFormat)) {
    console.log(`\n## samples/ ${format} (${s.headlineDocs} documents)\n${formatScore(s)}`);
    printDetails(format, s);
  }
  return speed;
}

async function benchFresh(count: number): Promise<void> {
  if (count <= 0) return;
  const byFormat = { pdf: emptyScore(), docx: emptyScore() };
  for (let i = 0; i < count; i++) {
    const style = (['A', 'B', 'C', 'D'] as const)[i % 4]!;
    const seed = 10_000 + i * 7919;
    const generated = generateDisclosure(style, seed);
    const expected = generated.expected as unknown as Expected;
    const pdf = await processDocument(generated.pdf, `fresh-${style}-${seed}.pdf`);
    scoreDocument(pdf, expected, byFormat.pdf, `fresh-${style}-${seed}.pdf`);
    const docx = await processDocument(await generated.docx, `fresh-${style}-${seed}.docx`);
    scoreDocument(docx, expected, byFormat.docx, `fresh-${style}-${seed}.docx`);
  }
  for (const [format, s] of Object.entries(byFormat)) {
    console.log(`\n## fresh generated ${format} (${s.headlineDocs} documents, seeds not in samples/)\n${formatScore(s)}`);
    printDetails(format, s);
  }
}

async function benchReal(): Promise<Speed | null> {
  const dir = resolve(root, '../shared/real');
  if (values['no-real'] || !existsSync(dir)) {
    console.log(`\n## ../shared/real: skipped (${existsSync(dir) ? '--no-real' : 'folder absent'})`);
    return null;
  }
  const files = (await expandInputs([dir])).filter((f) => /\.pdf$/i.test(f) && !/\.scan\.pdf$/i.test(f));
  const speed: Speed = { docs: 0, pages: 0, seconds: 0 };
  const statuses = new Map<string, number>();
  let lines = 0;
  for (const file of files) {
    const [record, seconds] = await timed(() => processDocument(new Uint8Array(readFileSync(file)), file));
    speed.docs++; speed.pages += record.document.pages ?? 0; speed.seconds += seconds;
    statuses.set(record.document.status, (statuses.get(record.document.status) ?? 0) + 1);
    lines += record.budget_lines.length;
    if (values.verbose) console.log(`  ${record.document.status.padEnd(8)} q=${record.document.quality ?? '-'} kinds=${record.tables.length} ${file.slice(dir.length + 1)}`);
  }
  console.log(`\n## ../shared/real (${files.length} PDFs)\nstatus: ${[...statuses].map(([k, v]) => `${k} ${v}`).join(', ')}; budget lines: ${lines}`);
  return speed;
}

function printSpeed(label: string, s: Speed | null): void {
  if (!s) return;
  console.log(`speed ${label}: ${s.docs} documents, ${s.pages} pages in ${s.seconds.toFixed(2)} s = ${(s.pages / s.seconds).toFixed(1)} pages/s, ${(s.docs / s.seconds * 60).toFixed(0)} documents/min`);
}

const samples = await benchSamples();
await benchFresh(Number(values.fresh));
const real = await benchReal();
console.log('\n## speed (one process, one core, in-process pipeline)');
printSpeed('samples/', samples);
printSpeed('../shared/real', real);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
