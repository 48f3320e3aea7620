/**
 * The workers of one process: any of the fetch, extract and record roles, sharing one
 * Redis connection (BullMQ adds its own blocking ones). Extraction runs in sandboxed
 * child processes. `shutdown` drains: no new jobs are taken, running ones may finish
 * within `worker.shutdownTimeoutMs`; jobs still running then are handed back to their
 * queue (moved to wait, no attempt used) so another worker takes them at once.
 */
import { Worker, type Job } from 'bullmq';
import type { HarvestContext } from './context.ts';
import type { Logger } from './log.ts';
import { QUEUES, type Role } from './names.ts';
import { createFetchProcessor } from './processors/fetch-processor.ts';
import { createRecordProcessor } from './processors/record-processor.ts';
import { EXTRACT_PROCESSOR_FILE, sandboxOptions } from './sandbox-options.ts';

export interface WorkerGroupOptions {
  /** Roles to run. */
  roles: readonly Role[];
  /** Event log. */
  log: Logger;
}

export interface ShutdownReport {
  /** All running jobs finished within the time limit. */
  drained: boolean;
  /** Jobs moved back to their queue because they did not finish in time. */
  handedBack: string[];
}

export class WorkerGroup {
  readonly workers: Worker[];
  /** Jobs running in this process, by queue and id (to hand back on shutdown). */
  private readonly active = new Map<string, Job>();
  private shuttingDown: Promise<ShutdownReport> | null = null;

  constructor(private readonly context: HarvestContext, private readonly options: WorkerGroupOptions) {
    this.workers = options.roles.map((role) => this.start(role));
  }

  private start(role: Role): Worker {
    const { config, redis } = this.context;
    const common = {
      connection: redis,
      prefix: config.redis.prefix,
      lockDuration: config.worker.lockDurationMs,
      stalledInterval: config.worker.stalledIntervalMs,
      maxStalledCount: config.worker.maxStalledCount,
    };
    const key = (job: Job) => `${role}:${job.id}`;
    // A job put back to the delayed set (host politeness) leaves this process without an event.
    const tracked = <T>(processor: (job: Job, token?: string) => Promise<T>) => async (job: Job, token?: string): Promise<T> => {
      try {
        return await processor(job, token);
      } catch (error) {
        if ((error as Error).name === 'DelayedError') this.active.delete(key(job));
        throw error;
      }
    };
    const worker =
      role === 'fetch' ? new Worker(QUEUES.fetch, tracked(createFetchProcessor(this.context)), { ...common, concurrency: config.fetch.concurrency })
      : role === 'record' ? new Worker(QUEUES.record, tracked(createRecordProcessor(this.context)), { ...common, concurrency: config.record.concurrency })
      : new Worker(QUEUES.extract, EXTRACT_PROCESSOR_FILE, { ...common, concurrency: config.extract.concurrency, ...sandboxOptions(config) });
    const log = this.options.log;
    worker.on('active', (job) => {
      this.active.set(key(job), job);
      log('active', { role, job: job.id, source: (job.data as { source?: string }).source, attempt: job.attemptsMade + 1 });
    });
    worker.on('completed', (job, result) => {
      this.active.delete(key(job));
      log('completed', { role, job: job.id, result: summarise(result) });
    });
    worker.on('failed', (job, error) => {
      if (job) this.active.delete(key(job));
      log('failed', { role, job: job?.id, reason: error.message, attemptsMade: job?.attemptsMade, final: job ? job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError' : null });
    });
    worker.on('progress', (job, progress) => log('progress', { role, job: job.id, progress }));
    worker.on('stalled', (jobId) => log('stalled', { role, job: jobId }));
    worker.on('error', (error) => log('error', { role, message: error.message }));
    return worker;
  }

  /** Resolves once every worker is connected and polling. */
  async ready(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  shutdown(timeoutMs = this.context.config.worker.shutdownTimeoutMs): Promise<ShutdownReport> {
    this.shuttingDown ??= this.drain(timeoutMs);
    return this.shuttingDown;
  }

  private async drain(timeoutMs: number): Promise<ShutdownReport> {
    const log = this.options.log;
    log('shutdown', { timeoutMs, running: [...this.active.keys()] });
    const closing = Promise.all(this.workers.map((w) => w.close()));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const outcome = await Promise.race([closing.then(() => 'closed' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'closed') return { drained: true, handedBack: [] };
    const handedBack: string[] = [];
    for (const [name, job] of this.active) {
      try {
        await job.moveToWait(job.token);
        handedBack.push(name);
      } catch (error) {
        log('hand-back-failed', { job: name, reason: (error as Error).message });
      }
    }
    log('handed-back', { jobs: handedBack });
    return { drained: false, handedBack };
  }
}

function summarise(result: unknown): unknown {
  if (result && typeof result === 'object') {
    const r = result as Record<string, unknown>;
    return { outcome: r.outcome, status: r.status, sha256: r.sha256 };
  }
  return result;
}
