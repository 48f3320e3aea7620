/**
 * Tests use the real Redis (BullMQ needs Lua; no in-memory stand-in works) under a prefix
 * of their own, and delete every key under it afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { producerConnection } from '../../src/redis-connections.ts';

export const TEST_REDIS_URL = process.env.HARVEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A connection, or null (with the reason printed) when Redis cannot be reached. */
export async function redisOrNull(label: string): Promise<Redis | null> {
  try {
    return await producerConnection(TEST_REDIS_URL, 2_000);
  } catch (error) {
    console.warn(`${label}: skipped, Redis is not reachable (${(error as Error).message})`);
    return null;
  }
}

/** A fresh key prefix; `label` tells whose test left a key behind should one survive. */
export function testPrefix(label = 'test'): string {
  return `${label}-${randomBytes(4).toString('hex')}`;
}

export async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
