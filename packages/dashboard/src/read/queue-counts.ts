/** How many jobs each harvest queue holds in each BullMQ state. */
import type { JobState as BullJobState, Queue } from 'bullmq';

/** Every state a BullMQ 6 job can be in (a paused queue keeps its jobs waiting), in the order a person reads a pipeline. */
export const JOB_STATES = ['waiting', 'prioritized', 'waiting-children', 'active', 'delayed', 'failed', 'completed'] as const satisfies readonly BullJobState[];
export type JobState = (typeof JOB_STATES)[number];
export type JobCounts = Record<JobState, number>;

/** States in which a job is still to be done (for "in flight" and the ETA). */
export const UNFINISHED_STATES: readonly JobState[] = ['waiting', 'prioritized', 'waiting-children', 'active', 'delayed'];

export async function queueCounts(queue: Queue): Promise<JobCounts> {
  const raw = await queue.getJobCounts(...JOB_STATES);
  return Object.fromEntries(JOB_STATES.map((state) => [state, raw[state] ?? 0])) as JobCounts;
}

export function unfinished(counts: JobCounts): number {
  return UNFINISHED_STATES.reduce((sum, state) => sum + counts[state], 0);
}
