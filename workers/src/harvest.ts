/**
 * Enqueues a harvest: registers the sources in the dataset (first harvest fixes their
 * order) and adds one flow per source, except for sources whose flow is still in
 * flight (idempotent: running the same harvest twice at once queues nothing twice).
 * Failed jobs left from an earlier run of a source are removed first, so a re-run
 * starts that source afresh. Unchanged files are fetched again (conditionally where the
 * server supports it) but not extracted again: the record of the same bytes is reused.
 */
import { FlowProducer, Queue } from 'bullmq';
import type { HarvestContext } from './context.ts';
import { documentFlow } from './document-flow.ts';
import type { Source } from './input-sources.ts';
import type { DocumentJobData } from './job-data.ts';
import { checkDatasetName, jobId, QUEUES, ROLES, type Role } from './names.ts';

export interface HarvestSummary {
  dataset: string;
  run: string;
  /** Sources given (after removing repeats). */
  sources: number;
  /** Sources seen in this dataset for the first time. */
  added: number;
  /** Flows queued by this call. */
  enqueued: number;
  /** Sources skipped because their flow was still in flight. */
  inFlight: number;
}

export interface HarvestOptions {
  dataset: string;
  sources: Source[];
  /** Id of this run, kept in the jobs and entries. Default: `run-<time>-<random>`. */
  run?: string;
}

export async function harvest(context: HarvestContext, options: HarvestOptions): Promise<HarvestSummary> {
  const dataset = checkDatasetName(options.dataset);
  const run = options.run ?? newRunId();
  const added = await context.registry.register(dataset, options.sources.map((s) => s.source));
  const queues = openQueues(context);
  const producer = quiet(new FlowProducer({ connection: context.redis, prefix: context.config.redis.prefix }));
  try {
    const inFlight = await flowsInFlight(context, queues, dataset, options.sources.map((s) => s.source));
    const todo = options.sources.filter((s) => !inFlight.has(s.source));
    await removeLeftovers(context, queues, dataset, todo.map((s) => s.source));
    for (let i = 0; i < todo.length; i += 200) {
      const flows = todo.slice(i, i + 200).map((s) => documentFlow({ dataset, source: s.source, location: s.location, run } satisfies DocumentJobData, context.config));
      await producer.addBulk(flows);
    }
    return { dataset, run, sources: options.sources.length, added, enqueued: todo.length, inFlight: inFlight.size };
  } finally {
    await producer.close();
    await Promise.all(Object.values(queues).map((q) => q.close()));
  }
}

export function newRunId(): string {
  return `run-${new Date().toISOString().replace(/[-:.]/g, '')}-${Math.random().toString(36).slice(2, 8)}`;
}

export function openQueues(context: HarvestContext): Record<Role, Queue> {
  const open = (role: Role) => quiet(new Queue(QUEUES[role], { connection: context.redis, prefix: context.config.redis.prefix }));
  return { fetch: open('fetch'), extract: open('extract'), record: open('record') };
}

/** Sources whose root (record) job exists in a state other than failed: still being worked on. */
export async function flowsInFlight(context: HarvestContext, queues: Record<Role, Queue>, dataset: string, sources: string[]): Promise<Set<string>> {
  const existing = await existingJobs(context, 'record', dataset, sources);
  const out = new Set<string>();
  for (const source of existing) {
    const state = await queues.record.getJobState(jobId('record', dataset, source));
    if (state !== 'failed' && state !== 'unknown') out.add(source);
  }
  return out;
}

/** Sources whose job of `role` exists (any state), by one pipelined EXISTS per source. */
export async function existingJobs(context: HarvestContext, role: Role, dataset: string, sources: string[]): Promise<string[]> {
  const prefix = context.config.redis.prefix;
  const out: string[] = [];
  for (let i = 0; i < sources.length; i += 1000) {
    const chunk = sources.slice(i, i + 1000);
    const pipeline = context.redis.pipeline();
    for (const source of chunk) pipeline.exists(`${prefix}:${QUEUES[role]}:${jobId(role, dataset, source)}`);
    const results = (await pipeline.exec()) ?? [];
    results.forEach(([error, value], index) => {
      if (error) throw error;
      if (value === 1) out.push(chunk[index]!);
    });
  }
  return out;
}

/** Removes finished (failed) jobs of earlier flows of these sources so their ids can be used again. */
export async function removeLeftovers(context: HarvestContext, queues: Record<Role, Queue>, dataset: string, sources: string[]): Promise<number> {
  let removed = 0;
  for (const role of ROLES) {
    for (const source of await existingJobs(context, role, dataset, sources)) {
      removed += await queues[role].remove(jobId(role, dataset, source), { removeChildren: true });
    }
  }
  return removed;
}

/**
 * BullMQ re-emits the connection's errors on every queue, and an 'error' event without a
 * listener throws: a Redis restart would print a stack trace per queue. The connection's
 * own watch (redis-connections.ts) reports the outage once.
 */
export function quiet<T extends { on(event: 'error', listener: (error: Error) => void): unknown }>(emitter: T): T {
  emitter.on('error', () => undefined);
  return emitter;
}
