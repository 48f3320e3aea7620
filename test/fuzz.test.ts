/**
 * Seeded fuzzing of the samples: damaged copies of the committed PDF, DOCX and XLSX samples
 * (test/support/mutate.ts) go through the path `pnpm extract` takes (expandInputs, then
 * runExtraction with every document in a worker). Whatever the damage, each input gets
 * exactly one documents row with a known status, a failure says why in one line (no
 * stack trace), nothing crashes, and no document runs past its time limit.
 *
 * The seed is printed; `FUZZ_SEED=<n>` replays a run, `FUZZ_SEED=random` draws a new one,
 * `FUZZ_MUTANTS=<n>` changes how many copies are made (default 40).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsvTable } from '@budget/emit';
import { DocumentStatus, type DocumentRow } from '@budget/model';
import { expandInputs, MAX_REASON_CHARS, runExtraction } from '@budget/pipeline';
import { Random } from '../packages/samplegen/src/random.ts';
import { ANY_FILE, ZIP_FILE, type Mutation } from './support/mutate.ts';

const samples = resolve(import.meta.dirname, '../samples');
const DEFAULT_SEED = 20261204;
/** The per-document time limit the runs are given (pnpm extract --timeout-ms). */
const TIMEOUT_MS = 30_000;
/** Stages after the extraction deadline (and freeing what was opened) may take a moment more. */
const WIND_DOWN_MS = 5_000;
/** A lane's first document also starts its worker process; runExtraction allows it as much. */
const WORKER_START_MS = 15_000;

/** Two runs side by side, one document at a time each, so each document's time is measurable. */
const RUNS = 2;

function fuzzSeed(): number {
  const given = process.env.FUZZ_SEED;
  if (given === 'random') return Math.floor(Math.random() * 2 ** 31);
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number or "random", got ${JSON.stringify(given)}`);
    return seed;
  }
  return DEFAULT_SEED;
}

const MUTATIONS: Record<string, Record<string, Mutation>> = { '.pdf': ANY_FILE, '.docx': ZIP_FILE, '.xlsx': ZIP_FILE };

interface Mutant { name: string; bytes: Uint8Array }

/**
 * `count` distinct damaged copies: the formats take turns, and within a format the kinds of
 * damage do, so every kind is tried whatever the seed; the sample and the damage's details
 * are drawn.
 */
function mutants(seed: number, count: number): Mutant[] {
  const rng = new Random(seed);
  const byFormat = Object.keys(MUTATIONS).map((ext) => ({
    ext,
    files: readdirSync(samples).filter((f) => extname(f) === ext).sort(),
    kinds: Object.entries(MUTATIONS[ext]!),
  })).filter((f) => f.files.length > 0);
  const seen = new Set<string>();
  const out: Mutant[] = [];
  for (let i = 0; out.length < count && i < count * 4; i++) {
    const format = byFormat[i % byFormat.length]!;
    const [kind, mutate] = format.kinds[Math.floor(i / byFormat.length) % format.kinds.length]!;
    const file = rng.pick(format.files);
    const bytes = mutate(new Uint8Array(readFileSync(join(samples, file))), rng);
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (seen.has(digest)) continue; // the same bytes twice would be one document, not two
    seen.add(digest);
    out.push({ name: `${String(out.length).padStart(2, '0')}-${kind}-${file}`, bytes });
  }
  return out;
}

/** Lines a stack trace is made of: "at fn (file:line:col)", or a bare file position. */
const STACK_TRACE = /\n|\bat (?:async )?\S+ \(|\bat (?:file|node):|\.(?:[cm]?[jt]s):\d+:\d+/;
/** Reasons that mean the document was not finished by its own stages (killed, or its worker died). */
const NOT_FINISHED = /was stopped|internal error in the document worker|worker exited/;

describe('fuzzed samples', () => {
  const seed = fuzzSeed();
  const count = Number(process.env.FUZZ_MUTANTS ?? 40);
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => { unhandled.push(reason); };
  beforeEach(() => { process.on('unhandledRejection', onUnhandled); });
  afterEach(() => { process.off('unhandledRejection', onUnhandled); });

  it(`every damaged copy gets one row, a known status and a one-line reason, in time (seed ${seed})`, async () => {
    console.log(`fuzz seed ${seed} (replay: FUZZ_SEED=${seed} pnpm vitest run test/fuzz.test.ts), ${count} mutants`);
    const dir = mkdtempSync(join(tmpdir(), `fuzz-${seed}-`));
    const copies = mutants(seed, count);
    copies.forEach(({ name, bytes }, i) => {
      const run = join(dir, `run-${i % RUNS}`);
      mkdirSync(run, { recursive: true });
      writeFileSync(join(run, name), bytes);
    });
    const runs = await Promise.all(Array.from({ length: RUNS }, async (_, r) => {
      const sources = await expandInputs([join(dir, `run-${r}`)]);
      const out = join(dir, `out-${r}`);
      const finished: Array<{ source: string; ms: number }> = [];
      const documents: DocumentRow[] = [];
      let last = performance.now();
      const summary = await runExtraction(sources, {
        out, toolVersion: 'fuzz', jobs: 1, formats: ['csv'], process: { timeoutMs: TIMEOUT_MS },
        onProgress: (_done, _total, record) => {
          const now = performance.now();
          finished.push({ source: record.document.source, ms: now - last });
          documents.push(record.document);
          last = now;
        },
      });
      return { sources, finished, documents, summary, rows: (await readCsvTable(out, 'documents')).rows };
    }));

    const statuses: Record<string, number> = {};
    const reasons = new Set<string>();
    for (const { sources, finished, documents, summary, rows } of runs) {
      const label = (source: string | null | undefined) => `seed ${seed}, ${source}`;
      expect(rows.map((row) => row.source)).toEqual(sources);
      expect(summary.documents).toBe(sources.length);
      expect(documents.map((document) => document.source)).toEqual(sources); // one lane: finished in input order
      for (const row of rows) {
        expect(DocumentStatus.options, label(row.source)).toContain(row.status);
        statuses[row.status!] = (statuses[row.status!] ?? 0) + 1;
        // Which of two same-named parts is the document is up to each reader: never read as one.
        if (/-duplicateEntryName-/.test(row.source!)) expect(row.status, label(row.source)).toBe('failed');
        if (row.status !== 'failed') continue;
        expect(row.error?.trim(), label(row.source)).toBeTruthy();
        expect(row.error!.length, `${label(row.source)}: ${row.error}`).toBeLessThanOrEqual(MAX_REASON_CHARS);
        reasons.add(row.error!.replace(/\d+/g, 'N').slice(0, 100));
      }
      for (const document of documents) {
        expect(document.error ?? '', label(document.source)).not.toMatch(STACK_TRACE);
        expect(document.error ?? '', label(document.source)).not.toMatch(NOT_FINISHED);
      }
      finished.forEach(({ source, ms }, i) => {
        expect(ms, `${label(source)}: ${Math.round(ms)} ms`).toBeLessThan(TIMEOUT_MS + WIND_DOWN_MS + (i === 0 ? WORKER_START_MS : 0));
      });
    }
    expect(unhandled, `seed ${seed}`).toEqual([]);
    const slowest = runs.flatMap((r) => r.finished).sort((a, b) => b.ms - a.ms)[0];
    console.log(`fuzz seed ${seed}: ${JSON.stringify(statuses)}; slowest ${Math.round(slowest?.ms ?? 0)} ms (${slowest?.source}); failure reasons:\n  ${[...reasons].sort().join('\n  ')}`);
  }, 300_000);
});
