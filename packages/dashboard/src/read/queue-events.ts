/**
 * BullMQ's per-queue event stream (`<prefix>:<queue>:events`), read directly. Finished
 * jobs are removed from the harvest queues (their results live in the dataset), so this
 * stream is the only place that still says when jobs started, finished and why they
 * failed. Stream entry ids are Redis timestamps in ms, which gives every event its time.
 * BullMQ trims the stream to about 10,000 events per queue.
 */
import type { Redis } from 'ioredis';

export interface QueueEvent {
  /** Stream entry id (`<ms>-<seq>`), usable as a cursor. */
  id: string;
  /** Time of the event, ms since the epoch (from the id). */
  at: number;
  event: string;
  jobId: string | null;
  /** Remaining fields (failedReason, prev, returnvalue, …). */
  fields: Record<string, string>;
}

export function eventStreamKey(prefix: string, queueName: string): string {
  return `${prefix}:${queueName}:events`;
}

/** Events after `afterId` (exclusive; `-` for the start), oldest first, at most `count`. */
export async function readEventsAfter(redis: Redis, key: string, afterId: string, count: number): Promise<QueueEvent[]> {
  const start = afterId === '-' ? '-' : `(${afterId}`;
  return (await redis.xrange(key, start, '+', 'COUNT', count)).map(([id, flat]) => toEvent(id, flat));
}

/** Events at or after `sinceMs` (and up to the id `until`, inclusive), oldest first; at most `count`, the newest ones when there are more. */
export async function readEventsSince(redis: Redis, key: string, sinceMs: number, count: number, until = '+'): Promise<QueueEvent[]> {
  const newestFirst = await redis.xrevrange(key, until, `${Math.max(0, Math.floor(sinceMs))}-0`, 'COUNT', count);
  return newestFirst.reverse().map(([id, flat]) => toEvent(id, flat));
}

/** The id of the newest event, or `-` when the stream is empty or absent. */
export async function lastEventId(redis: Redis, key: string): Promise<string> {
  const [newest] = await redis.xrevrange(key, '+', '-', 'COUNT', 1);
  return newest ? newest[0] : '-';
}

function toEvent(id: string, flat: string[]): QueueEvent {
  const fields: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) fields[flat[i]!] = flat[i + 1]!;
  const { event = '', jobId = null, ...rest } = fields;
  return { id, at: Number(id.split('-')[0]), event, jobId, fields: rest };
}
