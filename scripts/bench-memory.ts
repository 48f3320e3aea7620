/**
 * Memory of big runs (the speed issue's "big runs in flat memory"): prints figures, asserts nothing.
 *
 *   pnpm bench:memory [--count N] [--jobs N] [--formats LIST] [--no-big] [--big-only] [--keep]
 *
 * (a) The committed samples (PDF, DOCX, XLSX; not the .doc, whose LibreOffice conversion
 *     costs seconds each) copied to N documents (default 10,000) in a temporary folder, each
 *     copy made distinct (a PDF comment after %%EOF, a ZIP archive comment), so every copy is
 *     its own document (doc_id is the content hash) and the dataset really holds N documents;
 *     then `pnpm extract` on them (node --import tsx packages/cli/src/main.ts, so the process
 *     measured is the coordinator itself, not pnpm's or tsx's wrapper). Every ~200 ms the
 *     process tree's /proc/<pid>/status (VmRSS, VmHWM) is read. The coordinator's RSS is its
 *     own: the document workers are child processes, listed with the others (LibreOffice,
 *     tesseract, pdftoppm) by name.
 * (b) One document worker alone on the largest real PDF under ../shared/real (by page count
 *     as pdfinfo reads it, else by size): `pnpm extract <pdf> --jobs 1`, the coordinator and
 *     one worker process, each's peak RSS. (--no-isolate would load pdf.js
 *     through tsx's loader in the main thread, which costs far more than a worker pays.)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    formats: { type: 'string' },
    'no-big': { type: 'boolean', default: false },
    'big-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'interval-ms': { type: 'string', default: '200' },
  },
});
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const count = Number(values.count);
const jobs = Number(values.jobs);
const intervalMs = Number(values['interval-ms']);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(jobs) || jobs < 1) throw new Error('--count and --jobs must be positive whole numbers');
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

interface ProcessPeak { pid: number; name: string; peakRssKb: number; hwmKb: number }

/** /proc/<pid>/status as numbers (kB) and the process name; null once the process is gone. */
function statusOf(pid: number): { name: string; rssKb: number; hwmKb: number; threads: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', rssKb: field('VmRSS'), hwmKb: field('VmHWM'), threads: field('Threads') };
  } catch {
    return null;
  }
}

/** Every live descendant of pid (children of children …), by the ppid in /proc/<pid>/stat. */
function descendantsOf(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces: the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // gone between readdir and read
    }
  }
  const found: number[] = [];
  const frontier = [pid];
  while (frontier.length > 0) {
    const p = frontier.pop()!;
    for (const [child, ppid] of parent) if (ppid === p) { found.push(child); frontier.push(child); }
  }
  return found;
}

interface Measured {
  seconds: number;
  exitCode: number | null;
  coordinator: ProcessPeak;
  children: ProcessPeak[];
  /** The coordinator's RSS over time: [seconds, kB] every few seconds, for the trend. */
  trend: [number, number][];
  stderrTail: string[];
}

/** Runs `pnpm extract` (the CLI directly under node) and samples the process tree's memory. */
async function measureExtract(args: string[]): Promise<Measured> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'packages/cli/src/main.ts'), 'extract', ...args], {
    cwd: root, stdio: ['ignore', 'ignore', 'pipe'],
  });
  const pid = child.pid!;
  const coordinator: ProcessPeak = { pid, name: 'coordinator', peakRssKb: 0, hwmKb: 0 };
  const children = new Map<number, ProcessPeak>();
  const trend: [number, number][] = [];
  const tail: string[] = [];
  let lastTrend = -Infinity;
  let partial = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 12) tail.shift();
      // Every 1,000th document: how far, how long, the coordinator's RSS now and its peak so far.
      if (/^\[\d+\/\d+\]/.test(line) && /\[(\d+)\/\d+\]/.exec(line)![1]!.endsWith('000')) {
        const now = statusOf(pid);
        console.log(`  ${/\[\d+\/\d+\]/.exec(line)![0]} after ${((Date.now() - started) / 1000).toFixed(0)} s: RSS ${now ? mb(now.rssKb) : '?'}, peak so far ${mb(coordinator.peakRssKb)}`);
      }
    }
  });
  const sample = () => {
    const own = statusOf(pid);
    if (own) {
      coordinator.peakRssKb = Math.max(coordinator.peakRssKb, own.rssKb);
      coordinator.hwmKb = Math.max(coordinator.hwmKb, own.hwmKb);
      const t = (Date.now() - started) / 1000;
      if (t - lastTrend >= 5) { trend.push([Math.round(t), own.rssKb]); lastTrend = t; }
    }
    for (const p of descendantsOf(pid)) {
      const s = statusOf(p);
      if (!s) continue;
      const peak = children.get(p) ?? { pid: p, name: s.name, peakRssKb: 0, hwmKb: 0 };
      peak.peakRssKb = Math.max(peak.peakRssKb, s.rssKb);
      peak.hwmKb = Math.max(peak.hwmKb, s.hwmKb);
      children.set(p, peak);
    }
  };
  const timer = setInterval(sample, intervalMs);
  const exitCode = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  clearInterval(timer);
  if (partial) tail.push(partial);
  return { seconds: (Date.now() - started) / 1000, exitCode, coordinator, children: [...children.values()], trend, stderrTail: tail };
}

/** The bytes made distinct by a harmless addition: a PDF comment after the end, or a ZIP archive comment. */
function distinct(bytes: Buffer, n: number): Buffer {
  const tag = Buffer.from(`bench-memory copy ${n}`, 'latin1');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return Buffer.concat([bytes, Buffer.from('\n% '), tag, Buffer.from('\n')]);
  if (bytes.readUInt32LE(0) === 0x04034b50) {
    // End of central directory: signature, 16 bytes, comment length (2), comment.
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) throw new Error('a ZIP without its end of central directory');
    const head = Buffer.from(bytes.subarray(0, eocd + 22));
    head.writeUInt16LE(tag.length, eocd + 20);
    return Buffer.concat([head, tag]);
  }
  throw new Error('neither a PDF nor a ZIP');
}

/** N inputs from the samples, named 00001-<sample> …, in a fresh folder. */
function replicateSamples(dir: string, n: number): { files: number; bytes: number } {
  const samples = readdirSync(join(root, 'samples')).filter((f) => /\.(pdf|docx|xlsx)$/.test(f)).sort();
  if (samples.length === 0) throw new Error('no samples in samples/');
  const sources = samples.map((f) => readFileSync(join(root, 'samples', f)));
  const width = String(n).length;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const k = i % samples.length;
    const name = `${String(i + 1).padStart(width, '0')}-${samples[k]}`;
    // The first round is the samples themselves (hard links where the file system allows); later rounds distinct copies.
    if (i < samples.length) {
      try {
        linkSync(join(root, 'samples', samples[k]!), join(dir, name));
        bytes += sources[k]!.length;
        continue;
      } catch {
        // another file system: copy below
      }
    }
    const copy = i < samples.length ? sources[k]! : distinct(sources[k]!, i);
    writeFileSync(join(dir, name), copy);
    bytes += copy.length;
  }
  return { files: n, bytes };
}

/** The largest real PDF: by page count (pdfinfo), else by size. */
function largestRealPdf(): { path: string; pages: number | null; bytes: number } | null {
  const realDir = resolve(root, '../shared/real');
  if (!existsSync(realDir)) return null;
  const pdfs = (readdirSync(realDir, { recursive: true }) as string[]).filter((f) => extname(f).toLowerCase() === '.pdf').map((f) => join(realDir, f));
  const described = pdfs.map((path) => ({ path, pages: pageCount(path), bytes: statSync(path).size }));
  described.sort((a, b) => (b.pages ?? 0) - (a.pages ?? 0) || b.bytes - a.bytes);
  return described[0] ?? null;
}

function pageCount(path: string): number | null {
  try {
    const text = execFileSync('pdfinfo', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]) || null;
  } catch {
    return null;
  }
}

function summaryLines(m: Measured): string {
  return m.stderrTail.filter((line) => /^(documents|tables|pages|memory):/.test(line)).map((line) => `    ${line}`).join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'bench-memory-'));
try {
  const formats = values.formats ? ['--formats', values.formats] : [];
  if (!values['big-only']) {
    const inputs = join(work, 'inputs');
    mkdirSync(inputs);
    const made = replicateSamples(inputs, count);
    console.log(`(a) ${made.files} documents (${(made.bytes / 1e6).toFixed(0)} MB) from samples/ in ${inputs}; pnpm extract --jobs ${jobs}${formats.length ? ` ${formats.join(' ')}` : ''}`);
    const m = await measureExtract([inputs, '--out', join(work, 'out'), '--jobs', String(jobs), ...formats]);
    if (m.exitCode !== 0) console.log(`  exit code ${m.exitCode}:\n${m.stderrTail.join('\n')}`);
    console.log(`  time: ${m.seconds.toFixed(0)} s, ${(count / m.seconds).toFixed(1)} documents/s`);
    console.log(summaryLines(m));
    console.log(`  coordinator (its ${jobs} workers are processes of their own): peak RSS ${mb(m.coordinator.peakRssKb)} (VmHWM ${mb(m.coordinator.hwmKb)})`);
    console.log(`  RSS over the run (s: MB): ${m.trend.map(([t, kb]) => `${t}: ${(kb / 1024).toFixed(0)}`).join(', ')}`);
    const byName = new Map<string, ProcessPeak[]>();
    for (const p of m.children) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    for (const [name, peaks] of byName) {
      console.log(`  child processes ${name}: ${peaks.length}, peak RSS ${mb(Math.max(...peaks.map((p) => Math.max(p.peakRssKb, p.hwmKb))))}`);
    }
  }
  if (!values['no-big']) {
    const big = largestRealPdf();
    if (!big) {
      console.log('(b) no PDF under ../shared/real: skipped');
    } else {
      console.log(`(b) one worker on the largest real PDF: ${basename(big.path)} (${big.pages ?? '?'} pages, ${(big.bytes / 1e6).toFixed(1)} MB); pnpm extract --jobs 1`);
      const m = await measureExtract([big.path, '--out', join(work, 'big'), '--jobs', '1', ...formats]);
      if (m.exitCode !== 0) console.log(`  exit code ${m.exitCode}:\n${m.stderrTail.join('\n')}`);
      console.log(`  time: ${m.seconds.toFixed(1)} s`);
      console.log(summaryLines(m));
      console.log(`  coordinator: peak RSS ${mb(m.coordinator.peakRssKb)} (VmHWM ${mb(m.coordinator.hwmKb)})`);
      for (const p of m.children) console.log(`  child process ${p.name}: peak RSS ${mb(Math.max(p.peakRssKb, p.hwmKb))}`);
    }
  }
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
