/**
 * Queue-driven harvesting end to end, with a real Redis (own prefix, cleaned up), a local
 * HTTP server serving documents (slow, 503-twice-then-200, 404, an HTML page instead of
 * a PDF) and worker processes started as `pnpm workers` would be:
 *   - two workers; one is SIGKILLed during an extraction: its jobs stall and are taken up
 *     by the other; the dataset equals `pnpm extract` (runExtraction) on the same URLs;
 *   - the same harvest again extracts nothing and changes no row;
 *   - `retry-failed` re-queues the failed download once the server has the file;
 *   - SIGTERM hands a running job back within the shutdown limit and it is done by another.
 * Documents: samples/ (generated), else ../shared/real/jiangsu where present; skips, saying
 * so, without Redis or without documents. Speed is measured by `pnpm bench:harvest`, not here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvTable } from '@budget/emit';
import { runExtraction } from '@budget/pipeline';
import { buildDataset } from '../src/build-dataset.ts';
import { loadConfig } from '../src/config/index.ts';
import { createContext, type HarvestContext } from '../src/context.ts';
import { waitForDataset } from '../src/dataset-progress.ts';
import { harvest } from '../src/harvest.ts';
import { jobId, QUEUES } from '../src/names.ts';
import { retryFailed } from '../src/retry-failed.ts';
import { toolVersion } from '../src/tool-version.ts';
import { compareDatasets } from './support/compare-datasets.ts';
import { cheapFixtureFiles } from './support/fixture-files.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { deleteKeys, redisOrNull, testPrefix } from './support/redis.ts';
import { WorkerProcess } from './support/worker-process.ts';

const redis: Redis | null = await redisOrNull('harvest tests');
const fixtures = await cheapFixtureFiles(3);
const enough = fixtures.files.length >= 3;
if (redis && !enough) console.warn('harvest tests: skipped, no documents to serve (samples/ is empty and ../shared/real/jiangsu is absent)');

describe.skipIf(!redis || !enough)('queue-driven harvesting', () => {
  const server = new FixtureServer(fixtures.files);
  const prefix = testPrefix();
  const storage = mkdtempSync(join(tmpdir(), 'harvest-e2e-'));
  const env: NodeJS.ProcessEnv = {
    HARVEST_PREFIX: prefix,
    HARVEST_STORAGE_DIR: join(storage, 'store'),
    HARVEST_HOST_CONCURRENCY: '4',
    HARVEST_HOST_RATE: '200',
    HARVEST_FETCH_BACKOFF_MS: '100',
    HARVEST_FETCH_TIMEOUT_MS: '20000',
    HARVEST_LOCK_DURATION_MS: '3000',
    HARVEST_STALLED_INTERVAL_MS: '1000',
    HARVEST_SHUTDOWN_TIMEOUT_MS: '10000',
    // The fixture server listens on loopback, which the fetch policy refuses unless allowed.
    HARVEST_FETCH_ALLOW_HOSTS: '127.0.0.1',
  };
  const workers: WorkerProcess[] = [];
  let context: HarvestContext;
  let urls: string[] = [];
  let failing: Set<string>;
  const start = (label: string, extra: NodeJS.ProcessEnv = {}) => {
    const worker = new WorkerProcess({ ...env, ...extra }, [], label);
    workers.push(worker);
    return worker;
  };
  const sources = (list: string[]) => list.map((u) => ({ source: u, location: u }));

  beforeAll(async () => {
    console.log(`harvest tests: serving ${fixtures.files.length} documents (${fixtures.origin})`);
    await server.start();
    context = createContext(loadConfig({ env, file: null }), redis!);
    urls = [
      ...fixtures.files.map((_, i) => server.url(`/doc/${i}`)),
        server.url('/slow/1?ms=1500&variant=1'),
      server.url('/flaky/2?variant=2'),
      server.url('/missing/gone.pdf'),
      server.url('/html/notice.pdf'),
    ];
    failing = new Set([server.url('/missing/gone.pdf'), server.url('/html/notice.pdf')]);
  });

  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await deleteKeys(redis!, prefix);
    await redis!.quit();
    await server.close();
    rmSync(storage, { recursive: true, force: true });
  });

  it('two workers, one SIGKILLed mid-extraction: nothing lost, nothing duplicated, rows equal pnpm extract', async () => {
    const [a, b] = [start('A'), start('B')];
    await Promise.all([a.ready(), b.ready()]);
    const summary = await harvest(context, { dataset: 'main', sources: sources(urls) });
    expect(summary.enqueued).toBe(urls.length);

    const t0 = Date.now();
    const lap = (what: string) => console.log(`harvest tests: ${what} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // The child reports progress just before the pipeline starts: kill A while it extracts.
    const victim = await a.waitFor((l) => l.event === 'progress' && l.role === 'extract', 90_000);
    a.kill('SIGKILL');
    lap('A killed');
    expect((await a.exited).signal).toBe('SIGKILL');

    const progress = await waitForDataset(context, 'main', { timeoutMs: 150_000 });
    lap('harvest done');
    expect(progress).toMatchObject({ sources: urls.length, recorded: urls.length, inFlight: 0, stuck: 0 });
    // The job A was extracting stalled and B did it.
    await b.waitFor((l) => l.event === 'completed' && l.job === victim.job, 5_000);
    expect(b.lines.some((l) => l.event === 'stalled')).toBe(true);

    const queued = join(storage, 'main-1');
    const built = await buildDataset(context, 'main', queued);
    expect(built.unfinished).toEqual([]);
    const inProcess = join(storage, 'in-process');
    await runExtraction(urls, { out: inProcess, toolVersion: toolVersion(), fetchPolicy: { allowHosts: ['127.0.0.1'] } });
    lap('in-process extraction done');
    expect(compareDatasets(queued, inProcess, failing)).toEqual([]);

    const { rows: documents } = await readCsvTable(queued, 'documents');
    const failed = documents.filter((d) => failing.has(String(d.source)));
    expect(failed.map((d) => d.status)).toEqual(['failed', 'failed']);
    expect(String(failed[0]!.error)).toMatch(/404/);
    expect(String(failed[1]!.error)).toMatch(/HTML page/);

    // Every readable document was extracted exactly once, the killed extraction included.
    const counts = Object.values(await redis!.hgetall(context.keys.extractions));
    expect(counts.length).toBe(urls.length - failing.size);
    expect(counts.every((c) => c === '1')).toBe(true);
  }, 240_000);

  it('the same harvest again extracts nothing new and changes no row', async () => {
    const before = await redis!.hgetall(context.keys.extractions);
    const downloads = new Map(server.bodies);
    const summary = await harvest(context, { dataset: 'main', sources: sources(urls) });
    expect(summary).toMatchObject({ added: 0, enqueued: urls.length, inFlight: 0 });
    await waitForDataset(context, 'main', { timeoutMs: 120_000 });
    expect(await redis!.hgetall(context.keys.extractions)).toEqual(before);
    const entries = await context.registry.entries('main');
    const rerun = [...entries.values()].filter((e) => e.run === summary.run);
    expect(rerun.length).toBe(urls.length);
    expect(rerun.some((e) => e.extracted)).toBe(false);
    // Unchanged files were not even downloaded again (conditional requests answered 304).
    expect(server.bodies.get('/doc/0')).toBe(downloads.get('/doc/0'));
    expect(server.requests.get('/doc/0')).toBeGreaterThan(downloads.get('/doc/0')!);
    const again = join(storage, 'main-2');
    await buildDataset(context, 'main', again);
    expect(compareDatasets(again, join(storage, 'main-1'))).toEqual([]);
  }, 180_000);

  it('retry-failed queues the failed download again; it succeeds once the server has the file', async () => {
    const fetchQueue = new Queue(QUEUES.fetch, { connection: redis!, prefix });
    const missing = server.url('/missing/gone.pdf');
    expect(await fetchQueue.getJobState(jobId('fetch', 'main', missing))).toBe('failed');
    const listed = await retryFailed(context, { dataset: 'main', dryRun: true });
    expect(listed.requeued.map((r) => r.source).sort()).toEqual([...failing].sort());
    expect(await fetchQueue.getJobState(jobId('fetch', 'main', missing))).toBe('failed'); // a dry run changes nothing
    server.heal('/missing/gone.pdf', 2);
    const summary = await retryFailed(context, { dataset: 'main' });
    expect(summary.requeued.map((r) => r.source).sort()).toEqual([...failing].sort());
    expect(summary.requeued.find((r) => r.source === missing)!.reason).toMatch(/404/);
    await waitForDataset(context, 'main', { timeoutMs: 120_000 });
    const entry = (await context.registry.entries('main')).get(missing)!;
    expect(entry.status).not.toBe('failed');
    expect(await fetchQueue.getJobState(jobId('fetch', 'main', missing))).toBe('unknown'); // done and removed
    expect(await fetchQueue.getJobState(jobId('fetch', 'main', server.url('/html/notice.pdf')))).toBe('failed'); // still an HTML page
    await fetchQueue.close();
  }, 180_000);

  it('SIGTERM hands a running job back within the shutdown limit; another worker finishes it', async () => {
    for (const worker of workers) await worker.stop();
    const c = start('C', { HARVEST_SHUTDOWN_TIMEOUT_MS: '1000' });
    await c.ready();
    const slow = server.url('/slow/2?ms=20000&first=1&variant=3');
    const fetchId = jobId('fetch', 'drain', slow);
    await harvest(context, { dataset: 'drain', sources: sources([slow]) });
    await c.waitFor((l) => l.event === 'active' && l.role === 'fetch' && l.source === slow, 30_000);
    const d = start('D'); // starts while C holds the job, and takes it once C hands it back
    await d.ready();
    const asked = Date.now();
    c.kill('SIGTERM');
    await c.exited;
    expect(Date.now() - asked).toBeLessThan(4_000);
    const handedBack = await c.waitFor((l) => l.event === 'handed-back', 1_000);
    expect(handedBack.jobs).toEqual([`fetch:${fetchId}`]);
    expect(c.lines.some((l) => l.event === 'completed' && l.job === fetchId)).toBe(false);

    const progress = await waitForDataset(context, 'drain', { timeoutMs: 120_000 });
    expect(d.lines.some((l) => l.event === 'completed' && l.job === fetchId)).toBe(true);
    expect(progress.byStatus.failed ?? 0).toBe(0);
    expect(progress.recorded).toBe(1);
    await d.stop();
    expect(d.lines.some((l) => l.event === 'stopped' && l.drained === true)).toBe(true);
  }, 180_000);
});
