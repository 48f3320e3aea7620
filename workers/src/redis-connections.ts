/**
 * The two kinds of Redis connection BullMQ wants. Workers block on Redis and must never
 * give up on a command (`maxRetriesPerRequest: null`); producers and command-line tools
 * must fail fast when Redis is down (`maxRetriesPerRequest: 1`, no offline queue).
 */
import { Redis } from 'ioredis';

/** Redis could not be reached; says where and how to start one. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
  constructor(readonly url: string, cause: unknown) {
    super(`cannot reach Redis at ${url} (${cause instanceof Error ? cause.message : String(cause)}); start one with \`bash scripts/ensure-redis.sh\` or set HARVEST_REDIS_URL`, { cause });
  }
}

export function workerConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/** A producer connection, connected (or RedisUnavailableError within `timeoutMs`, default 3000). */
export async function producerConnection(url: string, timeoutMs = 3_000): Promise<Redis> {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  // Without a listener ioredis prints unhandled 'error' events; the connect() below reports them.
  const onError = (error: Error) => void error;
  redis.on('error', onError);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new RedisUnavailableError(url, error);
  }
  return redis;
}

/** Checks that Redis keeps BullMQ's keys (a warning, not a failure: managed Redis may refuse CONFIG). */
export async function evictionWarning(redis: Redis): Promise<string | null> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    return policy === 'noeviction' ? null : `Redis runs with maxmemory-policy ${policy}; BullMQ needs noeviction (jobs may be lost)`;
  } catch (error) {
    return `cannot read Redis maxmemory-policy (${(error as Error).message}); BullMQ needs noeviction`;
  }
}

/** Runs `use` on a producer connection (see producerConnection) and quits it afterwards, whatever happens. */
export async function withProducerConnection<T>(url: string, use: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = await producerConnection(url);
  try {
    return await use(redis);
  } finally {
    await redis.quit();
  }
}
