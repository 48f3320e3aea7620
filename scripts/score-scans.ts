/**
 * Accuracy on scanned samples (samples/scanned/*.scan.pdf, scored against samples/<id>.expected.json):
 *  - coded amounts right: share of expected coded amounts found with the right table, code, measure and amount;
 *  - in tables whose identities all hold (no error or warning finding names the table): share of the
 *    emitted coded amounts that are right: what is published as confirmed must be right;
 *  - seconds per page.
 *
 *   npx tsx scripts/score-scans.ts [files...]     (default: every samples/scanned/*.scan.pdf)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { CanonicalDocument } from '@budget/model';
import { DEFAULT_PROCESS_OPTIONS, processDocument } from '@budget/pipeline';
import { emptyScore, scoreDocument, type Expected } from './score.ts';

export interface ConfirmedScore {
  emitted: number;
  right: number;
  wrong: string[];
}

const key = (l: { table: string; code: string | null; measure: string; amount_yuan: string }) => `${l.table}|${l.code}|${l.measure}|${l.amount_yuan}`;

/** Emitted coded amounts of tables no error or warning finding names, and how many of them the expected dataset holds. */
export function scoreConfirmed(record: CanonicalDocument, expected: Expected, score: ConfirmedScore = { emitted: 0, right: 0, wrong: [] }): ConfirmedScore {
  const flagged = new Set(record.findings.filter((f) => f.severity !== 'info' && f.table).map((f) => f.table!));
  const pool = new Map<string, number>();
  for (const l of expected.budget_lines.filter((e) => e.code)) pool.set(key(l), (pool.get(key(l)) ?? 0) + 1);
  for (const line of record.budget_lines.filter((l) => l.code)) {
    if (flagged.has(line.table_title) || flagged.has(line.table)) continue;
    score.emitted++;
    const n = pool.get(key(line)) ?? 0;
    if (n > 0) { pool.set(key(line), n - 1); score.right++; }
    else score.wrong.push(`${record.document.source}: ${key(line)} p${line.page} printed “${line.printed}”`);
  }
  return score;
}

/** samples/scanned/<id>.scan.pdf → samples/<id>.expected.json: a scan has the same expected output as its PDF. */
export function expectedOf(scan: string): string {
  return join(dirname(dirname(scan)), basename(scan).replace(/\.scan\.pdf$/, '.expected.json'));
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const args = process.argv.slice(2);
  if (!args.length && !existsSync(join(root, 'samples', 'scanned'))) {
    console.log('no scans: write them first with `pnpm samples --scans` (samples/scanned/, not committed)');
    return;
  }
  const files = args.length ? args : readdirSync(join(root, 'samples', 'scanned')).filter((f) => f.endsWith('.scan.pdf')).map((f) => join(root, 'samples', 'scanned', f));
  const coded = emptyScore();
  const confirmed: ConfirmedScore = { emitted: 0, right: 0, wrong: [] };
  let pages = 0, seconds = 0;
  for (const file of files) {
    const started = performance.now();
    // The default limits: OCR time is not charged to the document's deadline.
    const record = await processDocument(new Uint8Array(readFileSync(file)), file, DEFAULT_PROCESS_OPTIONS);
    const took = (performance.now() - started) / 1000;
    const expected = JSON.parse(readFileSync(expectedOf(file), 'utf8')) as Expected;
    const before = { found: coded.codedFound, all: coded.codedExpected, misses: coded.misses.length };
    scoreDocument(record, expected, coded, file);
    scoreConfirmed(record, expected, confirmed);
    pages += record.document.pages ?? 0;
    seconds += took;
    for (const miss of coded.misses.slice(before.misses, before.misses + 8)) console.log(`  ${miss}`);
    console.log(`${file}: ${record.document.status}, coded ${coded.codedFound - before.found}/${coded.codedExpected - before.all}, ${record.document.pages} pages in ${took.toFixed(0)} s`);
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '–');
  console.log(`coded amounts right: ${coded.codedFound}/${coded.codedExpected} (${pct(coded.codedFound, coded.codedExpected)}%)`);
  console.log(`right among amounts of tables whose identities hold: ${confirmed.right}/${confirmed.emitted} (${pct(confirmed.right, confirmed.emitted)}%)`);
  console.log(`seconds per page: ${(seconds / Math.max(pages, 1)).toFixed(1)} (${pages} pages)`);
  for (const w of confirmed.wrong.slice(0, 30)) console.log(`  wrong yet confirmed: ${w}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main().catch((e: unknown) => { console.error(e); process.exit(1); });
