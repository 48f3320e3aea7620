/**
 * Per-host politeness shared by every worker process: at most `concurrency` requests in
 * flight to a host and at most `requestsPerSecond` request starts per second, enforced
 * in Redis by one Lua script (atomic, Redis's clock). A slot expires on its own after
 * `slotTtlMs`, so a worker that dies holding one does not block the host for ever.
 * BullMQ's own limiter is per queue, which is why this exists.
 */
import type { Redis } from 'ioredis';
import type { HostLimit } from './config/index.ts';
import type { HarvestKeys } from './names.ts';

const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  return {0, -1}
end
local nextStart = tonumber(redis.call('GET', KEYS[2]) or '0')
if nextStart > now then
  return {0, nextStart - now}
end
local ttl = tonumber(ARGV[4])
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl)
local interval = tonumber(ARGV[3])
if interval > 0 then
  redis.call('SET', KEYS[2], now + interval, 'PX', interval + 1000)
end
return {1, 0}
`;

export type HostGrant = { acquired: true } | { acquired: false; waitMs: number };

export interface HostLimiterOptions {
  /** Limits of hosts not listed in `hosts` (config `politeness.concurrency` / `requestsPerSecond`, defaults 2 and 2). */
  defaults: HostLimit;
  /** Per-host exceptions by `host[:port]` (config `politeness.hosts`, default {}). */
  hosts: Record<string, HostLimit>;
  /** Lifetime of a slot whose holder never released it, in ms (the fetch timeout plus a margin). */
  slotTtlMs: number;
  /** Wait before asking again when all of a host's slots are taken, in ms. Default 250. */
  busyRetryMs?: number;
}

export class HostLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly keys: HarvestKeys,
    private readonly options: HostLimiterOptions,
  ) {}

  static hostOf(url: string): string {
    return new URL(url).host.toLowerCase();
  }

  limitFor(host: string): HostLimit {
    return this.options.hosts[host] ?? this.options.defaults;
  }

  async tryAcquire(host: string, token: string): Promise<HostGrant> {
    const limit = this.limitFor(host);
    const interval = Math.ceil(1000 / limit.requestsPerSecond);
    const [ok, wait] = (await this.redis.eval(ACQUIRE, 2, this.keys.hostSlots(host), this.keys.hostNext(host), token, limit.concurrency, interval, this.options.slotTtlMs)) as [number, number];
    if (ok === 1) return { acquired: true };
    return { acquired: false, waitMs: wait < 0 ? (this.options.busyRetryMs ?? 250) : wait };
  }

  async release(host: string, token: string): Promise<void> {
    await this.redis.zrem(this.keys.hostSlots(host), token);
  }
}
