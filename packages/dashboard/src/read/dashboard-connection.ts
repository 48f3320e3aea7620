/**
 * The dashboard's Redis connection. Unlike the command-line tools' connection it
 * reconnects after Redis restarts (the server runs for days), but commands still fail
 * at once while Redis is away (no offline queue), so a page says "Redis unreachable"
 * instead of hanging. The first connect fails fast with the workers' clear message.
 */
import { Redis } from 'ioredis';
import { producerConnection } from '@budget/workers';

export async function dashboardConnection(url: string, timeoutMs = 3_000): Promise<Redis> {
  // Probe with the workers' fail-fast connection: it says how to start Redis when it is down.
  const probe = await producerConnection(url, timeoutMs);
  await probe.quit();
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: timeoutMs, lazyConnect: true });
  // Reconnection errors are reported by the commands that fail; without a listener ioredis prints each one.
  redis.on('error', (error: Error) => void error);
  await redis.connect();
  return redis;
}
