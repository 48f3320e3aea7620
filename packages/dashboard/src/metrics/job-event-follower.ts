/**
 * Follows the harvest queues' event streams to time jobs (completed event time minus the
 * job's last active event time) and to count final failures by reason, for `/metrics`.
 * Counting starts when the follower starts, as Prometheus counters should; the stream's
 * history is only read to learn when jobs already running became active. Polls instead
 * of blocking so that it can share the dashboard's connection.
 */
import type { Redis } from 'ioredis';
import { eventStreamKey, lastEventId, readEventsAfter, readEventsSince, type QueueEvent } from '../read/queue-events.ts';

export interface JobEventHandlers {
  /** A job completed; `seconds` is null when its start was not seen. */
  completed(queue: string, seconds: number | null): void;
  /** A job failed for good (retries used up, or not retryable). */
  failed(queue: string, reason: string, seconds: number | null): void;
}

/** Active jobs remembered at most (a job that never finishes must not grow memory for ever). */
const MAX_TRACKED = 100_000;
const BATCH = 1_000;
/** History read at start: enough to cover jobs active longer than any time limit. */
const HISTORY_MS = 6 * 60 * 60_000;

export class JobEventFollower {
  private readonly cursors = new Map<string, string>();
  private readonly activeSince = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly queueNames: readonly string[],
    private readonly handlers: JobEventHandlers,
    private readonly onError: (error: Error) => void = () => {},
  ) {}

  /** Reads where each stream ends (and which jobs are running), then polls every `intervalMs`. */
  async start(intervalMs = 1_000): Promise<void> {
    for (const queue of this.queueNames) {
      const key = eventStreamKey(this.prefix, queue);
      const end = await lastEventId(this.redis, key);
      if (end !== '-') {
        for (const event of await readEventsSince(this.redis, key, Date.now() - HISTORY_MS, 10_000, end)) this.track(queue, event);
      }
      this.cursors.set(queue, end);
    }
    this.timer = setInterval(() => void this.poll().catch((error: Error) => this.onError(error)), intervalMs);
    this.timer.unref();
  }

  /** Handles every event since the last poll (also called by `/metrics` so a scrape sees the latest). */
  poll(): Promise<void> {
    this.polling ??= this.readNew().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async readNew(): Promise<void> {
    for (const queue of this.queueNames) {
      const key = eventStreamKey(this.prefix, queue);
      for (;;) {
        const events = await readEventsAfter(this.redis, key, this.cursors.get(queue) ?? '-', BATCH);
        for (const event of events) this.handle(queue, event);
        if (events.length) this.cursors.set(queue, events[events.length - 1]!.id);
        if (events.length < BATCH) break;
      }
    }
  }

  /** History: only remembers starts, so nothing that happened before the follower counts. */
  private track(queue: string, event: QueueEvent): void {
    if (!event.jobId) return;
    const key = `${queue}\u0000${event.jobId}`;
    if (event.event === 'active') this.remember(key, event.at);
    else if (event.event === 'completed' || event.event === 'failed' || event.event === 'removed') this.activeSince.delete(key);
  }

  private handle(queue: string, event: QueueEvent): void {
    if (!event.jobId) return;
    const key = `${queue}\u0000${event.jobId}`;
    if (event.event === 'active') {
      this.remember(key, event.at);
      return;
    }
    if (event.event !== 'completed' && event.event !== 'failed') return;
    const since = this.activeSince.get(key);
    this.activeSince.delete(key);
    const seconds = since === undefined ? null : Math.max(0, event.at - since) / 1000;
    if (event.event === 'completed') this.handlers.completed(queue, seconds);
    else this.handlers.failed(queue, event.fields.failedReason ?? '', seconds);
  }

  private remember(key: string, at: number): void {
    // Re-inserting moves the job to the end, so the oldest starts are dropped first.
    this.activeSince.delete(key);
    this.activeSince.set(key, at);
    if (this.activeSince.size > MAX_TRACKED) this.activeSince.delete(this.activeSince.keys().next().value!);
  }
}
