/**
 * The fetch job: waits its turn for the host (per-host politeness, shared through Redis),
 * downloads or reads the source into the content store and returns the content hash.
 * Transient failures are retried by BullMQ with backoff; permanent ones fail at once.
 */
import { DelayedError, type Job } from 'bullmq';
import type { HarvestContext } from '../context.ts';
import { isTransient } from '../fetch-errors.ts';
import { fetchSource, isUrl, type ValidatorStore, type Validators } from '../fetch-source.ts';
import { HostLimiter } from '../host-limiter.ts';
import { DocumentJobData, type FetchResult } from '../job-data.ts';
import { toJobError } from '../job-failure.ts';

export function createFetchProcessor(context: HarvestContext) {
  const { config, redis, keys, store } = context;
  const limiter = new HostLimiter(redis, keys, {
    defaults: { concurrency: config.politeness.concurrency, requestsPerSecond: config.politeness.requestsPerSecond },
    hosts: config.politeness.hosts,
    slotTtlMs: config.fetch.timeoutMs + 10_000,
  });
  const validators: ValidatorStore = {
    async get(url) {
      const text = await redis.hget(keys.validators, url);
      return text ? (JSON.parse(text) as Validators) : null;
    },
    async set(url, value) {
      await redis.hset(keys.validators, url, JSON.stringify(value));
    },
  };
  const policy = { allowHosts: config.fetch.allowHosts };
  const http = { timeoutMs: config.fetch.timeoutMs, maxBytes: config.fetch.maxBytes, maxRedirects: config.fetch.maxRedirects, userAgent: config.fetch.userAgent };

  return async function fetchProcessor(job: Job, token?: string): Promise<FetchResult> {
    const parsed = DocumentJobData.safeParse(job.data);
    if (!parsed.success) throw toJobError(new TypeError(`invalid fetch job data: ${parsed.error.message}`), false);
    const { location } = parsed.data;
    const host = isUrl(location) ? hostOrNull(location) : null;
    const slot = `${job.id}:${token ?? 'none'}`;
    if (host) {
      const grant = await limiter.tryAcquire(host, slot);
      if (!grant.acquired) {
        // Not this host's turn: back to the delayed set without using an attempt.
        await job.moveToDelayed(Date.now() + grant.waitMs + Math.floor(Math.random() * 100), token);
        throw new DelayedError();
      }
    }
    try {
      return await fetchSource(location, { store, http, policy, validators });
    } catch (error) {
      throw toJobError(error, isTransient(error));
    } finally {
      if (host) await limiter.release(host, slot);
    }
  };
}

function hostOrNull(url: string): string | null {
  try {
    return HostLimiter.hostOf(url);
  } catch (error) {
    if (error instanceof TypeError) return null; // an invalid URL: fetchSource reports it
    throw error;
  }
}
