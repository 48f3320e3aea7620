/**
 * Jobs in a queue's failed set (kept there by the harvest, `removeOnFail: false`, until
 * `pnpm retry-failed`), newest first, with the document they were about and why they failed.
 */
import type { Queue } from 'bullmq';

export interface FailedJob {
  queue: string;
  id: string;
  dataset: string | null;
  source: string | null;
  reason: string;
  attemptsMade: number;
  /** When it failed for good, ms since the epoch (null if BullMQ did not say). */
  failedAt: number | null;
}

/** The `limit` most recently failed jobs of the queue. */
export async function failedJobs(queue: Queue, limit: number): Promise<FailedJob[]> {
  const jobs = await queue.getFailed(0, Math.max(0, limit - 1));
  return jobs
    .filter((job) => job !== undefined && job !== null)
    .map((job) => {
      const data = (job.data ?? {}) as { dataset?: unknown; source?: unknown };
      return {
        queue: queue.name,
        id: String(job.id),
        dataset: typeof data.dataset === 'string' ? data.dataset : null,
        source: typeof data.source === 'string' ? data.source : null,
        reason: job.failedReason || '(no reason recorded)',
        attemptsMade: job.attemptsMade,
        failedAt: job.finishedOn ?? null,
      };
    });
}
