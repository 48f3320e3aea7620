/**
 * The two kinds of Redis connection BullMQ wants. Workers block on Redis and must never
 * give up on a command (`maxRetriesPerRequest: null`). Producers and command-line tools
 * fail fast when Redis is down at the start, but once connected they ride out a restart:
 * commands wait (offline queue) while the client reconnects, for up to `reconnectForMs`;
 * the operator reads one line when the connection is lost, with its cause, and one when
 * it is back. A restart only keeps the harvest when Redis persists it (append-only file):
 * `persistenceWarning` says when it does not.
 */
import { Redis } from 'ioredis';

/** Redis could not be reached; says where and how to start one. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
  constructor(readonly url: string, cause: unknown, detail?: string) {
    super(detail ?? `cannot reach Redis at ${redactRedisUrl(url)} (${cause instanceof Error ? cause.message : String(cause)}); start one with \`bash scripts/ensure-redis.sh\` or set HARVEST_REDIS_URL`, { cause });
  }
}

/** Where connection news goes: one line each. Default: stderr. */
export type ConnectionNotice = (line: string) => void;

export interface ConnectionWatch {
  /** The cause of the current outage, or null while connected. */
  readonly lostCause: string | null;
  /** True once the client stopped reconnecting (outage longer than allowed). */
  readonly gaveUp: boolean;
  /** Stops reporting: the connection is about to be closed on purpose. */
  stop(): void;
}

/**
 * Reports losing and regaining the connection, once each per outage, with the cause
 * (ECONNRESET, ECONNREFUSED, or "closed by the server" for a clean shutdown).
 */
export function watchConnection(redis: Redis, notice: ConnectionNotice = (line) => console.error(line)): ConnectionWatch {
  const state = {
    lostCause: null as string | null, gaveUp: false, lastError: null as string | null, connected: redis.status === 'ready', stopped: false,
    stop() {
      state.stopped = true;
    },
  };
  redis.on('error', (error: NodeJS.ErrnoException) => {
    state.lastError = error.code ?? error.message;
  });
  redis.on('ready', () => {
    if (state.lostCause !== null) notice('reconnected to Redis');
    state.connected = true;
    state.lostCause = null;
    state.lastError = null;
  });
  redis.on('close', () => {
    if (!state.connected || state.lostCause !== null || state.stopped) return;
    // The error (if any) arrives just before the close; a clean server shutdown has none.
    state.lostCause = state.lastError ?? 'closed by the server';
    notice(`lost Redis connection (${state.lostCause}) — reconnecting`);
  });
  redis.on('end', () => {
    if (state.lostCause !== null) state.gaveUp = true;
  });
  return state;
}

export function workerConnection(url: string, notice?: ConnectionNotice): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, retryStrategy: (times) => Math.min(100 * times, 2_000) });
  connectionWatches.set(redis, watchConnection(redis, notice));
  return redis;
}

/** Closes a connection on purpose, without reporting it as lost. */
export async function quitQuietly(redis: Redis): Promise<void> {
  connectionWatches.get(redis)?.stop();
  await redis.quit();
}

export interface ProducerOptions {
  /** Time limit of the first connection in ms. Default 3000. */
  timeoutMs?: number;
  /** How long a lost connection is retried before commands fail, in ms. Default 120000. */
  reconnectForMs?: number;
  /** Where "lost … reconnecting" and "reconnected" go. Default stderr. */
  notice?: ConnectionNotice;
}

/** A producer connection, connected (or RedisUnavailableError within `timeoutMs`, default 3000). */
export async function producerConnection(url: string, timeoutOrOptions: number | ProducerOptions = {}): Promise<Redis> {
  const options = typeof timeoutOrOptions === 'number' ? { timeoutMs: timeoutOrOptions } : timeoutOrOptions;
  const reconnectForMs = options.reconnectForMs ?? 120_000;
  let connected = false;
  let lostAt = 0;
  const redis = new Redis(url, {
    // Commands wait while a lost connection is restored; before the first connection nothing waits.
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    lazyConnect: true,
    connectTimeout: options.timeoutMs ?? 3_000,
    retryStrategy: (times) => {
      if (!connected) return null;
      if (times === 1) lostAt = Date.now();
      return Date.now() - lostAt > reconnectForMs ? null : Math.min(100 * times, 1_000);
    },
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
  connected = true;
  connectionWatches.set(redis, watchConnection(redis, options.notice));
  return redis;
}

const connectionWatches = new WeakMap<Redis, ConnectionWatch>();

/** Checks that Redis keeps BullMQ's keys (a warning, not a failure: managed Redis may refuse CONFIG). */
export async function evictionWarning(redis: Redis): Promise<string | null> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    return policy === 'noeviction' ? null : `Redis runs with maxmemory-policy ${policy}; BullMQ needs noeviction (jobs may be lost)`;
  } catch (error) {
    return `cannot read Redis maxmemory-policy (${(error as Error).message}); BullMQ needs noeviction`;
  }
}

/**
 * Warns when Redis does not keep an append-only file: a restart would lose every queue and
 * dataset entry. Silent where CONFIG is refused (managed Redis, which persists on its own terms).
 */
export async function persistenceWarning(redis: Redis): Promise<string | null> {
  let reply: unknown;
  try {
    reply = await redis.config('GET', 'appendonly');
  } catch {
    return null; // CONFIG denied or renamed: nothing we can tell
  }
  const [, value] = (reply as [string, string] | []) ?? [];
  if (value === undefined || value === 'yes') return null;
  return 'Redis runs without persistence (appendonly no): a Redis restart loses the harvest\'s queues and datasets; start it with `--appendonly yes --dir DIR` (bash scripts/ensure-redis.sh does)';
}

/** Both start-up warnings about how Redis is configured, as lines (empty when all is well). */
export async function redisWarnings(redis: Redis): Promise<string[]> {
  return (await Promise.all([evictionWarning(redis), persistenceWarning(redis)])).filter((w): w is string => w !== null);
}

/**
 * Runs `use` on a producer connection (see producerConnection), after printing the start-up
 * warnings, and quits it afterwards, whatever happens. A connection lost for longer than
 * `reconnectForMs` becomes a RedisUnavailableError naming the cause, not "Connection is closed".
 */
export async function withProducerConnection<T>(url: string, use: (redis: Redis) => Promise<T>, options: ProducerOptions = {}): Promise<T> {
  const redis = await producerConnection(url, options);
  const notice = options.notice ?? ((line: string) => console.error(line));
  for (const warning of await redisWarnings(redis)) notice(`warning: ${warning}`);
  const watch = connectionWatches.get(redis)!;
  try {
    return await use(redis);
  } catch (error) {
    if (watch.lostCause !== null || watch.gaveUp) {
      throw new RedisUnavailableError(url, error, `lost the connection to Redis at ${redactRedisUrl(url)} (${watch.lostCause ?? 'closed'}) and it did not come back within ${Math.round((options.reconnectForMs ?? 120_000) / 1000)} s`);
    }
    throw error;
  } finally {
    watch.stop();
    if (redis.status === 'ready') await redis.quit();
    else redis.disconnect();
  }
}

/** A Redis URL fit to print (no password). */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
