/**
 * Ours against the Python tool researchers use today, on the same PDFs in one run:
 *   pnpm bench --peer [DIR=../shared/real/jiangsu]
 *
 * Ours is timed end to end (`pnpm extract`, a process each) with --jobs 1 and with the
 * default (one lane per core). The peer is pdfplumber's extract_tables() on every page, in
 * a virtual environment under .cache/peer-venv installed from the package index. Where the
 * index cannot be reached, Debian's python3-pdfminer (pdfminer.six, the parser pdfplumber is
 * built on) stands in: its layout analysis of every page is a LOWER bound on pdfplumber's
 * time (pdfplumber runs it and then finds tables), so the ratio against it understates ours.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expandInputs } from '@budget/pipeline';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, '../shared/real/jiangsu'));
if (!existsSync(dir)) {
  console.log(`bench --peer: ${dir} is absent; nothing to time`);
  process.exit(0);
}
const files = (await expandInputs([dir])).filter((f) => f.toLowerCase().endsWith('.pdf'));

function seconds(run: () => void): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** package.json's `extract` script: `tsx <node flags> packages/cli/src/main.ts extract`. */
function extractScript(): string {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.extract!;
  if (!script.startsWith('tsx ')) throw new Error(`bench --peer times \`tsx …\`; package.json's extract script is "${script}"`);
  return script;
}

function ours(jobs: number | null): { seconds: number; pages: number } {
  const out = mkdtempSync(join(tmpdir(), 'bench-peer-'));
  // The command line of `pnpm extract` itself (package.json), with its Node flags.
  const [, ...scriptArgs] = extractScript().split(/\s+/);
  const args = [...scriptArgs, dir, '--out', out, ...(jobs ? ['--jobs', String(jobs)] : [])];
  const s = seconds(() => execFileSync(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, stdio: 'ignore' }));
  const documents = readFileSync(join(out, 'documents.csv'), 'utf8').trim().split('\n').slice(1);
  const pagesCol = readFileSync(join(out, 'documents.csv'), 'utf8').split('\n')[0]!.split(',').indexOf('pages');
  const pages = documents.reduce((n, line) => n + (Number(line.split(',')[pagesCol]) || 0), 0);
  return { seconds: s, pages };
}

const PDFPLUMBER = `import sys, pdfplumber
for f in sys.argv[1:]:
    with pdfplumber.open(f) as pdf:
        for page in pdf.pages:
            page.extract_tables()
`;
const PDFMINER = `import sys
from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams
for f in sys.argv[1:]:
    for page in extract_pages(f, laparams=LAParams()):
        pass
`;

/** A Python with pdfplumber, installing it into .cache/peer-venv when the index answers. */
function pdfplumberPython(): string | null {
  const venv = join(root, '.cache/peer-venv');
  const python = join(venv, 'bin/python');
  const has = (py: string) => spawnSync(py, ['-c', 'import pdfplumber'], { stdio: 'ignore' }).status === 0;
  if (existsSync(python) && has(python)) return python;
  mkdirSync(join(root, '.cache'), { recursive: true });
  if (spawnSync('python3', ['-m', 'venv', venv], { stdio: 'ignore', timeout: 120_000 }).status !== 0) return null;
  const pip = spawnSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', 'pdfplumber'], { encoding: 'utf8', timeout: 300_000 });
  if (pip.status !== 0) {
    console.log(`peer: pdfplumber could not be installed from the package index (${(pip.stderr || pip.error?.message || '').trim().split('\n').pop()})`);
    return null;
  }
  return has(python) ? python : null;
}

function peer(): { name: string; seconds: number } | null {
  const script = join(mkdtempSync(join(tmpdir(), 'bench-peer-py-')), 'peer.py');
  const plumber = pdfplumberPython();
  if (plumber) {
    writeFileSync(script, PDFPLUMBER);
    return { name: 'pdfplumber extract_tables()', seconds: seconds(() => execFileSync(plumber, [script, ...files], { stdio: 'ignore' })) };
  }
  for (const python of ['/usr/bin/python3', 'python3']) {
    if (spawnSync(python, ['-c', 'import pdfminer'], { stdio: 'ignore' }).status !== 0) continue;
    writeFileSync(script, PDFMINER);
    console.log('peer: using pdfminer.six layout analysis instead (Debian python3-pdfminer): a LOWER bound on pdfplumber, which runs it and then finds tables');
    return { name: 'pdfminer.six extract_pages (lower bound of pdfplumber)', seconds: seconds(() => execFileSync(python, [script, ...files], { stdio: 'ignore' })) };
  }
  console.log('peer: neither pdfplumber nor pdfminer.six is available (apt-get install python3-pdfminer); ours only');
  return null;
}

const one = ours(1);
const all = ours(null);
const other = peer();
const rate = (s: number) => (one.pages / s).toFixed(1);
console.log(`${files.length} PDFs, ${one.pages} pages, ${availableParallelism()} cores, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log(`ours, --jobs 1              ${one.seconds.toFixed(1)} s  ${rate(one.seconds)} pages/s`);
console.log(`ours, default (--jobs ${availableParallelism()})     ${all.seconds.toFixed(1)} s  ${rate(all.seconds)} pages/s`);
if (other) {
  console.log(`${other.name.padEnd(28)} ${other.seconds.toFixed(1)} s  ${rate(other.seconds)} pages/s`);
  console.log(`ratio ours/peer: --jobs 1 ${(other.seconds / one.seconds).toFixed(2)}×, default ${(other.seconds / all.seconds).toFixed(2)}×`);
}
