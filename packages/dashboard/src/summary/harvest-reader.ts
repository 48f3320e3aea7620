/**
 * The dashboard's read-only handle on one harvest (a Redis prefix and a storage
 * directory): its queues, its snapshot (shared by every view for a few seconds) and its
 * canonical records. It never adds, moves or removes a job.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { ContentStore, DatasetRegistry, harvestKeys, QUEUES, quiet, ROLES, type HarvestConfig, type RecordEnvelope, type Role } from '@budget/workers';
import { RecordFactsCache } from '../read/record-facts.ts';
import { takeSnapshot, type HarvestSnapshot } from './harvest-snapshot.ts';
import { SnapshotCache } from './snapshot-cache.ts';

/** Record keys as the content store writes them: `<sha256>-<source key>`; anything else is refused before touching the disk. */
export const RECORD_KEY = /^[0-9a-f]{64}-[0-9a-f]{32}$/;

export interface HarvestReaderOptions {
  /** How long one snapshot serves every view. Default 2000 ms. */
  maxAgeMs?: number;
  now?: () => number;
}

export class HarvestReader {
  readonly queues: Record<Role, Queue>;
  readonly store: ContentStore;
  private readonly cache: SnapshotCache<HarvestSnapshot>;

  constructor(readonly redis: Redis, readonly config: HarvestConfig, options: HarvestReaderOptions = {}) {
    const prefix = config.redis.prefix;
    this.queues = Object.fromEntries(ROLES.map((role) => [role, quiet(new Queue(QUEUES[role], { connection: redis, prefix }))])) as Record<Role, Queue>;
    this.store = new ContentStore(config.storage.dir);
    const keys = harvestKeys(prefix);
    const sources = { redis, prefix, keys, registry: new DatasetRegistry(redis, keys), queues: this.queues, facts: new RecordFactsCache(this.store), now: options.now };
    this.cache = new SnapshotCache(() => takeSnapshot(sources), options.maxAgeMs ?? 2_000, options.now);
  }

  get prefix(): string {
    return this.config.redis.prefix;
  }

  snapshot(): Promise<HarvestSnapshot> {
    return this.cache.get();
  }

  /** The stored canonical record, or null (unknown or malformed key, or no such record). */
  async record(recordKey: string): Promise<RecordEnvelope | null> {
    if (!RECORD_KEY.test(recordKey)) return null;
    return this.store.readRecord(recordKey);
  }

  /** Closes the queues (the Redis connection belongs to the caller). */
  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}
