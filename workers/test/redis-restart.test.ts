/**
 * A Redis restart mid-harvest, against a real redis-server that this test starts on a
 * spare port (REDIS_RESTART_PORT, default 6393) with the persistence the README asks for
 * (append-only file in a temporary folder). The same documents are harvested twice, each
 * time by a `pnpm workers` process and `pnpm harvest --wait` run as the operator would:
 *   - undisturbed, into its own storage;
 *   - disturbed: Redis is stopped (SIGTERM, as a restart does) once a third of the
 *     documents are recorded, and started again on the same folder 2 s later.
 * The disturbed dataset must equal the undisturbed one row for row (nothing lost, nothing
 * duplicated), and `pnpm harvest --wait` must say so in one line each way, no stack trace.
 * Documents: REDIS_RESTART_DOCUMENTS (default 200) variants (distinct bytes) of the cheapest
 * samples, served by a local HTTP server. Skips, saying so, without redis-server or samples.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../src/build-dataset.ts';
import { loadConfig } from '../src/config/index.ts';
import { createContext } from '../src/context.ts';
import { harvestKeys } from '../src/names.ts';
import { compareDatasets } from './support/compare-datasets.ts';
import { cheapFixtureFiles, REPO_ROOT } from './support/fixture-files.ts';
import { FixtureServer } from './support/fixture-server.ts';
import { WorkerProcess } from './support/worker-process.ts';

const PORT = Number(process.env.REDIS_RESTART_PORT ?? 6393);
const COUNT = Number(process.env.REDIS_RESTART_DOCUMENTS ?? 200);
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
const fixtures = await cheapFixtureFiles(3);
if (!hasRedisServer) console.warn('redis restart test: skipped, redis-server is not installed (bash scripts/ensure-redis.sh installs it)');
if (fixtures.files.length === 0) console.warn('redis restart test: skipped, no documents to serve');

/** A redis-server child of this test, persisting to `dir`. */
class OwnRedis {
  child: ChildProcess | null = null;
  constructor(readonly dir: string) {}
  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes',
      '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--logfile', join(this.dir, 'redis.log')], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const probe = new Redis(PORT, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        // Loading the append-only file: PING answers LOADING until it is read.
        if ((await probe.ping().catch(() => 'LOADING')) === 'PONG') return;
      } catch {
        // not listening yet
      } finally {
        probe.disconnect();
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`redis-server did not start on ${PORT}; see ${join(this.dir, 'redis.log')}`);
  }
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM'); // a clean shutdown, as `systemctl restart redis` does
    await exited;
  }
}

interface HarvestRun {
  out: string;
  stderr: string[];
  code: number | null;
  seconds: number;
}

describe.skipIf(!hasRedisServer || fixtures.files.length === 0)('a Redis restart mid-harvest', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'redis-restart-'));
  const redis = new OwnRedis(join(scratch, 'redis'));
  const server = new FixtureServer(fixtures.files);
  const url = `redis://127.0.0.1:${PORT}`;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    spawnSync('mkdir', ['-p', redis.dir]);
    await server.start();
    await redis.start();
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await redis.stop();
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function run(label: string, disturb: boolean): Promise<HarvestRun> {
    const env: NodeJS.ProcessEnv = {
      HARVEST_CONFIG: '',
      HARVEST_REDIS_URL: url,
      HARVEST_PREFIX: label,
      HARVEST_STORAGE_DIR: join(scratch, label, 'store'),
      HARVEST_HOST_CONCURRENCY: '8',
      HARVEST_HOST_RATE: '1000',
      HARVEST_FETCH_ALLOW_HOSTS: '127.0.0.1',
      HARVEST_LOCK_DURATION_MS: '30000',
    };
    const list = join(scratch, `${label}.txt`);
    writeFileSync(list, Array.from({ length: COUNT }, (_, i) => server.url(`/doc/${i % fixtures.files.length}?variant=${i}`)).join('\n') + '\n');
    const worker = new WorkerProcess(env, [], `${label} worker`);
    workers.push(worker);
    await worker.ready(90_000);
    const started = Date.now();
    const cli = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'workers/src/cli/harvest.ts'), list, '--dataset', 'restart', '--wait'], {
      cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    const stderr: string[] = [];
    createInterface({ input: cli.stderr! }).on('line', (line) => stderr.push(line));
    const exited = new Promise<number | null>((r) => cli.once('exit', (code) => r(code)));
    if (disturb) {
      const watcher = new Redis(url, { retryStrategy: () => null });
      const entries = harvestKeys(label).entries('restart');
      while ((await watcher.hlen(entries)) < COUNT / 3) await new Promise((r) => setTimeout(r, 200));
      watcher.disconnect();
      console.log(`redis restart test: stopping Redis after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      await redis.stop();
      await new Promise((r) => setTimeout(r, 2_000));
      await redis.start();
      console.log('redis restart test: Redis is back');
    }
    const code = await exited;
    const seconds = (Date.now() - started) / 1000;
    await worker.stop();
    const connection = new Redis(url);
    try {
      const out = join(scratch, label, 'dataset');
      const built = await buildDataset(createContext(loadConfig({ env, file: null }), connection), 'restart', out);
      expect(built.unfinished).toEqual([]);
      expect(built.sources).toBe(COUNT);
      return { out, stderr, code, seconds };
    } finally {
      await connection.quit();
    }
  }

  it('comes out identical row for row to an undisturbed run, saying so in one line each way', async () => {
    const calm = await run('calm', false);
    console.log(`redis restart test: undisturbed harvest of ${COUNT} documents took ${calm.seconds.toFixed(1)} s`);
    expect(calm.code).toBe(0);
    const stormy = await run('stormy', true);
    console.log(`redis restart test: harvest with a restart took ${stormy.seconds.toFixed(1)} s; stderr:\n  ${stormy.stderr.slice(-6).join('\n  ')}`);
    expect(stormy.code).toBe(0);
    expect(stormy.stderr.filter((l) => /^lost Redis connection \(.+\) — reconnecting$/.test(l))).toHaveLength(1);
    expect(stormy.stderr.filter((l) => l === 'reconnected to Redis')).toHaveLength(1);
    expect(stormy.stderr.join('\n')).not.toMatch(/^\s+at |Error:/m);
    expect(stormy.stderr.at(-1)).toMatch(new RegExp(`^done: ${COUNT}/${COUNT} recorded$`));
    expect(compareDatasets(stormy.out, calm.out)).toEqual([]);
  }, 1_200_000);
});
