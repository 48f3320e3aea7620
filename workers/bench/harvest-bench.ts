/**
 * Harvesting benchmark and acceptance run (never part of `pnpm test`):
 *   pnpm bench:harvest [--docs 200] [--workers 1,2] [--concurrency 1] [--no-chaos] [--no-reference]
 *
 * Serves the documents of samples/ and, where present, ../shared/real/jiangsu from a local
 * HTTP server under `--docs` distinct URLs (document i is file i mod n with a distinct
 * trailing comment, so every URL has its own bytes and is extracted), then:
 *   1. reference: `runExtraction` (what `pnpm extract` runs) over the URLs, in this process;
 *   2. for each worker count: that many `pnpm workers` processes, one harvest, timed from
 *      enqueueing to the last recorded document (documents per minute); the dataset is
 *      compared row for row with the reference;
 *   3. chaos (2 workers): one worker is SIGKILLed once a quarter of the documents are
 *      recorded; the dataset must equal the reference (zero lost, zero duplicated rows,
 *      every document extracted once); then the same harvest again must extract nothing.
 * Prints the figures and the load average (other work on the machine skews them); exits 1
 * when a dataset differs, 2 when the pipeline's code changed during the benchmark (then
 * the comparison says nothing).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Redis } from 'ioredis';
import { runExtraction } from '@budget/pipeline';
import { loadavg, availableParallelism } from 'node:os';
import { buildDataset } from '../src/build-dataset.ts';
import { pipelineCodeHash } from '../src/code-fingerprint.ts';
import { loadConfig } from '../src/config/index.ts';
import { createContext, type HarvestContext } from '../src/context.ts';
import { waitForDataset } from '../src/dataset-progress.ts';
import { harvest } from '../src/harvest.ts';
import { toolVersion } from '../src/tool-version.ts';
import { compareDatasets } from '../test/support/compare-datasets.ts';
import { fixtureFiles } from '../test/support/fixture-files.ts';
import { FixtureServer } from '../test/support/fixture-server.ts';
import { deleteKeys, redisOrNull, testPrefix } from '../test/support/redis.ts';
import { WorkerProcess } from '../test/support/worker-process.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '200' },
    workers: { type: 'string', default: '1,2' },
    concurrency: { type: 'string', default: '1' },
    'no-chaos': { type: 'boolean', default: false },
    'no-reference': { type: 'boolean', default: false },
  },
});
const docs = Number(values.docs);
const workerCounts = values.workers!.split(',').map(Number);

interface RunResult {
  label: string;
  seconds: number;
  perMinute: number;
  identical: boolean | null;
  note: string;
}

const redis = await redisOrNull('bench:harvest');
if (!redis) process.exit(1);
const { files, origin } = await fixtureFiles(Number.MAX_SAFE_INTEGER);
if (files.length === 0) {
  console.error('bench:harvest: no documents to serve (samples/ is empty and ../shared/real/jiangsu is absent)');
  process.exit(1);
}
const server = new FixtureServer(files);
await server.start();
const urls = Array.from({ length: docs }, (_, i) => server.url(`/doc/${i % files.length}?variant=${i}`));
const scratch = mkdtempSync(join(tmpdir(), 'harvest-bench-'));
const results: RunResult[] = [];
const code = pipelineCodeHash();
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`bench:harvest: ${docs} documents from ${files.length} files (${origin}); extract concurrency ${values.concurrency} per worker process; ${availableParallelism()} CPUs; load average ${load()}`);

const reference = join(scratch, 'reference');
try {
  if (!values['no-reference']) {
    const started = Date.now();
    const summary = await runExtraction(urls, { out: reference, toolVersion: toolVersion(), fetchPolicy: { allowHosts: ['127.0.0.1'] } });
    const seconds = (Date.now() - started) / 1000;
    results.push({ label: 'in-process (pnpm extract path)', seconds, perMinute: (docs / seconds) * 60, identical: null, note: `${summary.ok} ok, ${summary.partial} partial, ${summary.failed} failed; ${summary.rows} budget lines` });
    console.log(`reference: ${seconds.toFixed(1)} s`);
  }
  for (const count of workerCounts) results.push(await timedHarvest(`${count} worker process${count > 1 ? 'es' : ''}`, count, false));
  if (!values['no-chaos']) results.push(await timedHarvest('2 workers, one SIGKILLed mid-run, then the same harvest again', 2, true));
} finally {
  await server.close();
  await redis.quit();
  rmSync(scratch, { recursive: true, force: true });
}

const codeChanged = pipelineCodeHash() !== code;
if (codeChanged) console.log('\nWARNING: the pipeline code (packages/*/src) changed during the benchmark: the comparisons say nothing.');
console.log(`\nload average at the end: ${load()}`);
console.log('\n| run | seconds | documents/minute | dataset equals reference | notes |\n| --- | --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.label} | ${r.seconds.toFixed(1)} | ${r.perMinute.toFixed(1)} | ${r.identical === null ? '-' : r.identical ? 'yes' : 'NO'} | ${r.note} |`);
process.exitCode = codeChanged ? 2 : results.some((r) => r.identical === false) ? 1 : 0;

async function timedHarvest(label: string, count: number, chaos: boolean): Promise<RunResult> {
  const prefix = testPrefix();
  const storage = join(scratch, prefix);
  const env: NodeJS.ProcessEnv = {
    HARVEST_PREFIX: prefix,
    HARVEST_STORAGE_DIR: join(storage, 'store'),
    HARVEST_HOST_CONCURRENCY: '16',
    HARVEST_HOST_RATE: '1000',
    HARVEST_EXTRACT_CONCURRENCY: values.concurrency,
    HARVEST_LOCK_DURATION_MS: '10000',
    HARVEST_STALLED_INTERVAL_MS: '5000',
    // The fixture server listens on loopback, which the fetch policy refuses unless allowed.
    HARVEST_FETCH_ALLOW_HOSTS: '127.0.0.1',
  };
  const context: HarvestContext = createContext(loadConfig({ env, file: null }), redis as Redis);
  const workers = Array.from({ length: count }, (_, i) => new WorkerProcess(env, [], `worker ${i + 1}`));
  const notes: string[] = [];
  try {
    await Promise.all(workers.map((w) => w.ready()));
    const started = Date.now();
    await harvest(context, { dataset: 'bench', sources: urls.map((u) => ({ source: u, location: u })) });
    if (chaos) {
      while ((await (redis as Redis).hlen(context.keys.entries('bench'))) < docs / 4) await new Promise((r) => setTimeout(r, 500));
      const extracting = workers[0]!.waitFor((l) => l.event === 'progress' && l.role === 'extract' && Date.parse(String(l.t)) > Date.now() - 1000, 60_000);
      await extracting;
      workers[0]!.kill('SIGKILL');
      notes.push(`worker 1 SIGKILLed after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    const progress = await waitForDataset(context, 'bench', { timeoutMs: 3_600_000 });
    const seconds = (Date.now() - started) / 1000;
    notes.push(`${progress.recorded}/${docs} recorded ${JSON.stringify(progress.byStatus)}`);
    // Steady state: from the first recorded document to the last (leaves out process and child start-up).
    const times = [...(await context.registry.entries('bench')).values()].map((e) => Date.parse(e.recordedAt)).sort((a, b) => a - b);
    const span = (times[times.length - 1]! - times[0]!) / 1000;
    if (times.length > 1 && span > 0) notes.push(`first document after ${((times[0]! - started) / 1000).toFixed(1)} s, then ${(((times.length - 1) / span) * 60).toFixed(1)} documents/minute`);
    const out = join(storage, 'dataset');
    await buildDataset(context, 'bench', out);
    let identical: boolean | null = null;
    if (!values['no-reference']) {
      const differences = compareDatasets(out, reference);
      identical = differences.length === 0;
      for (const d of differences.slice(0, 5)) console.log(`  ${label}: ${d.file}: ${d.detail}`);
    }
    const counts = Object.values(await (redis as Redis).hgetall(context.keys.extractions)).map(Number);
    const once = counts.length === docs && counts.every((c) => c === 1);
    notes.push(once ? 'each document extracted once' : `extractions: ${counts.length} records, ${counts.filter((c) => c !== 1).length} not extracted exactly once`);
    if (!once) identical = false;
    if (chaos) {
      const again = Date.now();
      const before = JSON.stringify(await (redis as Redis).hgetall(context.keys.extractions));
      await harvest(context, { dataset: 'bench', sources: urls.map((u) => ({ source: u, location: u })) });
      await waitForDataset(context, 'bench', { timeoutMs: 3_600_000 });
      const after = JSON.stringify(await (redis as Redis).hgetall(context.keys.extractions));
      const out2 = join(storage, 'dataset-again');
      await buildDataset(context, 'bench', out2);
      const same = compareDatasets(out2, out).length === 0 && before === after;
      notes.push(`second harvest: ${((Date.now() - again) / 1000).toFixed(1)} s, ${same ? 'nothing extracted, same rows' : 'DIFFERENT'}`);
      if (!same) identical = false;
    }
    notes.push(`load average ${load()}`);
    console.log(`${label}: ${seconds.toFixed(1)} s; ${notes.join('; ')}`);
    return { label, seconds, perMinute: (docs / seconds) * 60, identical, note: notes.join('; ') };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await deleteKeys(redis as Redis, prefix);
  }
}
