/**
 * What Redis knows about a dataset: its sources in harvest order (the first harvest of a
 * source fixes its position, so the dataset lists documents in the order they were
 * given, like `pnpm extract`) and, per source, the entry the last finished flow wrote.
 * Entries are a hash keyed by source: a retry or a re-run overwrites, never appends.
 */
import type { Redis } from 'ioredis';
import { DatasetEntry } from './job-data.ts';
import type { HarvestKeys } from './names.ts';

/** Gives each new source the next position; known sources keep theirs. */
const REGISTER = `
local added = 0
for i = 1, #ARGV do
  if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 0 then
    redis.call('HSET', KEYS[1], ARGV[i], redis.call('INCR', KEYS[2]))
    added = added + 1
  end
end
return added
`;

export class DatasetRegistry {
  constructor(
    private readonly redis: Redis,
    private readonly keys: HarvestKeys,
  ) {}

  /** Registers sources (new ones get the next positions); returns how many were new. */
  async register(dataset: string, sources: string[]): Promise<number> {
    await this.redis.sadd(this.keys.datasets, dataset);
    await this.redis.hsetnx(this.keys.meta(dataset), 'created_at', new Date().toISOString());
    let added = 0;
    for (let i = 0; i < sources.length; i += 500) {
      added += Number(await this.redis.eval(REGISTER, 2, this.keys.sources(dataset), this.keys.sequence(dataset), ...sources.slice(i, i + 500)));
    }
    return added;
  }

  async datasets(): Promise<string[]> {
    return (await this.redis.smembers(this.keys.datasets)).sort();
  }

  async exists(dataset: string): Promise<boolean> {
    return (await this.redis.sismember(this.keys.datasets, dataset)) === 1;
  }

  /** Sources in harvest order. */
  async sources(dataset: string): Promise<string[]> {
    const all = await this.redis.hgetall(this.keys.sources(dataset));
    return Object.entries(all).sort((a, b) => Number(a[1]) - Number(b[1])).map(([source]) => source);
  }

  async createdAt(dataset: string): Promise<Date | null> {
    const value = await this.redis.hget(this.keys.meta(dataset), 'created_at');
    return value ? new Date(value) : null;
  }

  async record(dataset: string, source: string, entry: DatasetEntry): Promise<void> {
    await this.redis.hset(this.keys.entries(dataset), source, JSON.stringify(DatasetEntry.parse(entry)));
  }

  /** Every source's entry; entries that do not parse are reported and left out. */
  async entries(dataset: string): Promise<Map<string, DatasetEntry>> {
    const raw = await this.redis.hgetall(this.keys.entries(dataset));
    const out = new Map<string, DatasetEntry>();
    for (const [source, text] of Object.entries(raw)) {
      const parsed = DatasetEntry.safeParse(safeJson(text));
      if (parsed.success) out.set(source, parsed.data);
      else console.error(`dataset ${dataset}: ignoring an unreadable entry for ${source}`);
    }
    return out;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return { invalid: (error as Error).message };
  }
}
