/**
 * One document's BullMQ flow: record ← extract ← fetch (a parent runs when its child is
 * done). Job ids come from dataset and source, so the same document is never queued
 * twice at once. A child that fails for good does not block its parent
 * (`ignoreDependencyOnFailure`): the record job writes the failure into the dataset, and
 * the failed job itself stays in its queue's failed set for inspection and
 * `pnpm retry-failed`. Finished jobs are removed; their results live in the dataset.
 */
import type { FlowJob } from 'bullmq';
import type { HarvestConfig } from './config/index.ts';
import type { DocumentJobData } from './job-data.ts';
import { jobId, QUEUES } from './names.ts';

export function documentFlow(data: DocumentJobData, config: HarvestConfig): FlowJob {
  const common = { removeOnComplete: true, removeOnFail: false } as const;
  const id = (role: 'fetch' | 'extract' | 'record') => jobId(role, data.dataset, data.source);
  return {
    name: 'record',
    queueName: QUEUES.record,
    data,
    opts: { ...common, jobId: id('record'), attempts: config.record.attempts, backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 } },
    children: [
      {
        name: 'extract',
        queueName: QUEUES.extract,
        data,
        opts: { ...common, jobId: id('extract'), attempts: config.extract.attempts, backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 }, ignoreDependencyOnFailure: true },
        children: [
          {
            name: 'fetch',
            queueName: QUEUES.fetch,
            data,
            opts: { ...common, jobId: id('fetch'), attempts: config.fetch.attempts, backoff: { type: 'exponential', delay: config.fetch.backoffMs, jitter: 0.5 }, ignoreDependencyOnFailure: true },
          },
        ],
      },
    ],
  };
}
