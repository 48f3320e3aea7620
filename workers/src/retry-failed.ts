/**
 * `pnpm retry-failed`: every document with a job in a failed set (fetch, extract or
 * record) gets a fresh flow: its failed jobs are removed and the flow is queued again
 * with the same job ids. Its entry in the dataset is overwritten when the new flow ends.
 */
import { FlowProducer, type Job } from 'bullmq';
import type { HarvestContext } from './context.ts';
import { documentFlow } from './document-flow.ts';
import { flowsInFlight, newRunId, openQueues, quiet, removeLeftovers } from './harvest.ts';
import { DocumentJobData } from './job-data.ts';
import { checkDatasetName, ROLES } from './names.ts';

export interface RetryFailedOptions {
  /** Only this dataset. Default: every dataset. */
  dataset?: string;
  /** List what would be queued again, with the reasons, and change nothing. Default false. */
  dryRun?: boolean;
}

export interface RetryFailedSummary {
  run: string;
  /** Documents queued again, with the reason their job had failed. */
  requeued: Array<{ dataset: string; source: string; queue: string; reason: string }>;
}

export async function retryFailed(context: HarvestContext, options: RetryFailedOptions = {}): Promise<RetryFailedSummary> {
  if (options.dataset) checkDatasetName(options.dataset);
  const queues = openQueues(context);
  const producer = quiet(new FlowProducer({ connection: context.redis, prefix: context.config.redis.prefix }));
  const run = newRunId();
  try {
    const byDocument = new Map<string, { data: DocumentJobData; queue: string; reason: string }>();
    for (const role of ROLES) {
      for (let start = 0; ; start += 500) {
        const jobs: Job[] = await queues[role].getFailed(start, start + 499);
        for (const job of jobs) {
          const parsed = DocumentJobData.safeParse(job?.data);
          if (!parsed.success || (options.dataset && parsed.data.dataset !== options.dataset)) continue;
          const key = `${parsed.data.dataset}\n${parsed.data.source}`;
          if (!byDocument.has(key)) byDocument.set(key, { data: parsed.data, queue: role, reason: job.failedReason ?? '' });
        }
        if (jobs.length < 500) break;
      }
    }
    const requeued: RetryFailedSummary['requeued'] = [];
    const byDataset = new Map<string, DocumentJobData[]>();
    for (const { data } of byDocument.values()) byDataset.set(data.dataset, [...(byDataset.get(data.dataset) ?? []), data]);
    for (const [dataset, documents] of byDataset) {
      const inFlight = await flowsInFlight(context, queues, dataset, documents.map((d) => d.source));
      const todo = documents.filter((d) => !inFlight.has(d.source));
      if (!options.dryRun) {
        await removeLeftovers(context, queues, dataset, todo.map((d) => d.source));
        for (let i = 0; i < todo.length; i += 200) {
          await producer.addBulk(todo.slice(i, i + 200).map((d) => documentFlow({ ...d, run }, context.config)));
        }
      }
      for (const d of todo) {
        const failed = byDocument.get(`${dataset}\n${d.source}`)!;
        requeued.push({ dataset, source: d.source, queue: failed.queue, reason: failed.reason });
      }
    }
    return { run, requeued };
  } finally {
    await producer.close();
    await Promise.all(Object.values(queues).map((q) => q.close()));
  }
}
