/** Per-host politeness in Redis: concurrency and rate per host, shared by every worker. */
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { HostLimiter } from '../src/host-limiter.ts';
import { harvestKeys } from '../src/names.ts';
import { deleteKeys, redisOrNull, testPrefix } from './support/redis.ts';

const redis: Redis | null = await redisOrNull('host-limiter tests');
const prefix = testPrefix();

afterAll(async () => {
  if (!redis) return;
  await deleteKeys(redis, prefix);
  await redis.quit();
});

describe.skipIf(!redis)('HostLimiter', () => {
  const limiter = () => new HostLimiter(redis!, harvestKeys(prefix), {
    defaults: { concurrency: 2, requestsPerSecond: 1000 },
    hosts: { 'slow.gov.cn': { concurrency: 5, requestsPerSecond: 2 } },
    slotTtlMs: 400,
  });

  it('lets `concurrency` requests to a host run at once, and no more', async () => {
    const l = limiter();
    expect(await l.tryAcquire('a.gov.cn', 't1')).toEqual({ acquired: true });
    await new Promise((r) => setTimeout(r, 2));
    expect(await l.tryAcquire('a.gov.cn', 't2')).toEqual({ acquired: true });
    await new Promise((r) => setTimeout(r, 2));
    const third = await l.tryAcquire('a.gov.cn', 't3');
    expect(third.acquired).toBe(false);
    expect(await l.tryAcquire('b.gov.cn', 't4')).toEqual({ acquired: true }); // another host is not affected
    await l.release('a.gov.cn', 't1');
    expect(await l.tryAcquire('a.gov.cn', 't3')).toEqual({ acquired: true });
  });

  it('spaces request starts to the host rate, and says how long to wait', async () => {
    const l = limiter();
    expect(await l.tryAcquire('slow.gov.cn', 'r1')).toEqual({ acquired: true });
    const next = await l.tryAcquire('slow.gov.cn', 'r2');
    expect(next.acquired).toBe(false);
    if (!next.acquired) {
      expect(next.waitMs).toBeGreaterThan(300);
      expect(next.waitMs).toBeLessThanOrEqual(500);
    }
  });

  it('frees the slot of a holder that died, after its lifetime', async () => {
    const l = limiter();
    await l.tryAcquire('c.gov.cn', 'd1');
    await new Promise((r) => setTimeout(r, 2));
    await l.tryAcquire('c.gov.cn', 'd2');
    expect((await l.tryAcquire('c.gov.cn', 'd3')).acquired).toBe(false);
    await new Promise((r) => setTimeout(r, 450));
    expect(await l.tryAcquire('c.gov.cn', 'd3')).toEqual({ acquired: true });
  });
});
