/**
 * A harvest of the bundled samples, as an operator would see it mid-run, under a test
 * prefix: first a finished round (the PDF samples plus a missing file and a file that
 * is not a document) run by real workers in this process; then a second round (the Word
 * samples) queued with a single worker stuck on one download, so the queues hold jobs
 * waiting, active, waiting for children, delayed and failed at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createContext, harvest, jobId, loadConfig, QUEUES, ROLES, waitForDataset, WorkerGroup, workerConnection, type HarvestConfig } from '@budget/workers';
import { TEST_REDIS_URL, deleteKeys } from './redis.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SAMPLES = join(REPO_ROOT, 'samples');
const NAMES = ['A-1-dalian-xigang-2025', 'A-2-dalian-zhongshan-2023', 'B-1-luoyang-xigong-2025', 'B-2-wuhan-jianghan-2021', 'C-1-shijiazhuang-qiaoxi-2024', 'D-1-nanchang-xihu-2025'];

export const FINISHED_DATASET = 'samples-pdf';
export const RUNNING_DATASET = 'samples-docx';
/** Sources of the first round that fail, and the words their reasons contain. */
export const MISSING_SOURCE = join(SAMPLES, 'missing-2024.pdf');
export const NOT_A_DOCUMENT = join(SAMPLES, 'README.md');

export interface HarvestFixture {
  prefix: string;
  config: HarvestConfig;
  /** Environment that points `pnpm status` / `pnpm dashboard` at this harvest. */
  env: NodeJS.ProcessEnv;
  /** Runs both rounds (call once the dashboard is up, so it sees the harvest happen). */
  run(): Promise<void>;
  cleanup(): Promise<void>;
}

export function harvestFixture(redis: Redis, prefix: string): HarvestFixture {
  const storage = mkdtempSync(join(tmpdir(), 'dashboard-test-'));
  const env = { HARVEST_REDIS_URL: TEST_REDIS_URL, HARVEST_PREFIX: prefix, HARVEST_STORAGE_DIR: join(storage, 'store') };
  const config = loadConfig({ env, file: null });
  const context = createContext(config, redis);
  const connections: Redis[] = [];
  const closers: Array<() => Promise<unknown>> = [];
  const sources = (paths: string[]) => paths.map((p) => ({ source: p, location: resolve(p) }));

  return {
    prefix,
    config,
    env,
    async run() {
      const workerRedis = workerConnection(config.redis.url);
      connections.push(workerRedis);
      const group = new WorkerGroup(createContext(config, workerRedis), { roles: ROLES, log: () => {} });
      closers.push(() => group.shutdown(2_000));
      await group.ready();
      const finished = [...NAMES.map((n) => join(SAMPLES, `${n}.pdf`)), MISSING_SOURCE, NOT_A_DOCUMENT];
      await harvest(context, { dataset: FINISHED_DATASET, sources: sources(finished) });
      await waitForDataset(context, FINISHED_DATASET, { timeoutMs: 100_000, intervalMs: 200 });
      await group.shutdown(5_000);

      // The second round: one worker stuck on a download keeps the rest of the flows queued.
      const running = NAMES.map((n) => join(SAMPLES, `${n}.docx`));
      await harvest(context, { dataset: RUNNING_DATASET, sources: sources(running) });
      const stuckRedis = workerConnection(config.redis.url);
      connections.push(stuckRedis);
      let started: () => void = () => {};
      const active = new Promise<void>((resolve) => { started = resolve; });
      const stuck = new Worker(QUEUES.fetch, () => { started(); return new Promise(() => {}); }, { connection: stuckRedis, prefix, concurrency: 1 });
      closers.push(() => stuck.close(true));
      await active;
      // A fetch waiting for its turn at a busy host sits in the delayed set, as host politeness puts it.
      const fetchQueue = new Queue(QUEUES.fetch, { connection: redis, prefix });
      const url = 'https://www.example.gov.cn/yusuan/2025/department.docx';
      await fetchQueue.add('fetch', { dataset: RUNNING_DATASET, source: url, location: url, run: 'run-test' }, { jobId: jobId('fetch', RUNNING_DATASET, url), delay: 3_600_000 });
      await fetchQueue.close();
    },
    async cleanup() {
      for (const close of closers.reverse()) await close().catch((error: Error) => console.warn(`dashboard test cleanup: ${error.message}`));
      for (const connection of connections) connection.disconnect();
      await deleteKeys(redis, prefix);
      rmSync(storage, { recursive: true, force: true });
    },
  };
}
