/** Where a dataset's harvest stands: sources, entries by status, flows in flight or failed. */
import type { HarvestContext } from './context.ts';
import { existingJobs, openQueues } from './harvest.ts';
import { checkDatasetName, jobId, QUEUES, ROLES } from './names.ts';

export interface DatasetProgress {
  dataset: string;
  sources: number;
  /** Sources with an entry (a finished flow), by status (ok, partial, failed, needs_ocr). */
  recorded: number;
  byStatus: Record<string, number>;
  /** Sources whose flow is queued or running. */
  inFlight: number;
  /** Jobs of this dataset in the queues' failed sets (see `pnpm retry-failed`). */
  failedJobs: number;
  /** Sources without an entry and without a flow in flight (e.g. their record job failed). */
  stuck: number;
}

export async function datasetProgress(context: HarvestContext, dataset: string): Promise<DatasetProgress> {
  checkDatasetName(dataset);
  const sources = await context.registry.sources(dataset);
  const entries = await context.registry.entries(dataset);
  const queues = openQueues(context);
  try {
    const byStatus: Record<string, number> = {};
    for (const entry of entries.values()) byStatus[entry.status] = (byStatus[entry.status] ?? 0) + 1;
    let inFlight = 0;
    let failedJobs = 0;
    const flowing = new Set<string>();
    for (const role of ROLES) {
      for (const source of await existingJobs(context, role, dataset, sources)) {
        const state = await queues[role].getJobState(jobId(role, dataset, source));
        if (state === 'failed') failedJobs++;
        else if (role === 'record' && state !== 'unknown') {
          inFlight++;
          flowing.add(source);
        }
      }
    }
    const stuck = sources.filter((s) => !entries.has(s) && !flowing.has(s)).length;
    return { dataset, sources: sources.length, recorded: entries.size, byStatus, inFlight, failedJobs, stuck };
  } finally {
    await Promise.all(Object.values(queues).map((q) => q.close()));
  }
}

export interface WaitOptions {
  /** Poll interval in ms. Default 500. */
  intervalMs?: number;
  /** Give up after this many ms. Default: never. */
  timeoutMs?: number;
  /** Called after every poll. Default: nothing. */
  onProgress?: (progress: DatasetProgress) => void;
}

/** Resolves when no flow of the dataset is in flight; rejects after `timeoutMs`. */
export async function waitForDataset(context: HarvestContext, dataset: string, options: WaitOptions = {}): Promise<DatasetProgress> {
  const started = Date.now();
  const sources = await context.registry.sources(checkDatasetName(dataset));
  for (;;) {
    // Cheap poll (pipelined EXISTS and ZSCORE, no scripts); the full picture once at the end or on request.
    const remaining = await flowsRemaining(context, dataset, sources);
    if (remaining === 0 || options.onProgress) {
      const progress = await datasetProgress(context, dataset);
      options.onProgress?.(progress);
      if (progress.inFlight === 0) return progress;
    }
    if (options.timeoutMs !== undefined && Date.now() - started > options.timeoutMs) {
      throw new HarvestTimeoutError(dataset, options.timeoutMs, await datasetProgress(context, dataset));
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 500));
  }
}

/** Root (record) jobs of the dataset that exist and are not in the failed set. */
async function flowsRemaining(context: HarvestContext, dataset: string, sources: string[]): Promise<number> {
  const prefix = context.config.redis.prefix;
  const failedSet = `${prefix}:${QUEUES.record}:failed`;
  let remaining = 0;
  for (let i = 0; i < sources.length; i += 1000) {
    const pipeline = context.redis.pipeline();
    for (const source of sources.slice(i, i + 1000)) {
      const id = jobId('record', dataset, source);
      pipeline.exists(`${prefix}:${QUEUES.record}:${id}`).zscore(failedSet, id);
    }
    const results = (await pipeline.exec()) ?? [];
    for (let j = 0; j < results.length; j += 2) {
      const [existsError, exists] = results[j]!;
      const [scoreError, score] = results[j + 1]!;
      if (existsError ?? scoreError) throw existsError ?? scoreError;
      if (exists === 1 && score === null) remaining++;
    }
  }
  return remaining;
}

export class HarvestTimeoutError extends Error {
  override readonly name = 'HarvestTimeoutError';
  constructor(dataset: string, timeoutMs: number, readonly progress: DatasetProgress) {
    super(`dataset ${dataset}: ${progress.inFlight} flow(s) still in flight after ${timeoutMs} ms`);
  }
}
