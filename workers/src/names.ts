/**
 * Every name the harvester gives things in Redis: queue names, job ids and its own keys.
 * Job ids are derived from the dataset and the source, so adding the same document twice
 * is a no-op while its flow is in flight (BullMQ ignores a job id it already holds).
 * BullMQ job ids must not contain ':' and must not be all digits; ours start with a word.
 */
import { createHash } from 'node:crypto';

export const QUEUES = { fetch: 'harvest-fetch', extract: 'harvest-extract', record: 'harvest-record' } as const;
export type Role = keyof typeof QUEUES;
export const ROLES: readonly Role[] = ['fetch', 'extract', 'record'];

/** Dataset names become parts of Redis keys and job ids. */
export const DATASET_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export class DatasetNameError extends Error {
  override readonly name = 'DatasetNameError';
  constructor(dataset: string) {
    super(`dataset name ${JSON.stringify(dataset)} is not allowed: use 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit`);
  }
}

export function checkDatasetName(dataset: string): string {
  if (!DATASET_NAME.test(dataset)) throw new DatasetNameError(dataset);
  return dataset;
}

/** A short stable key of a source (URL or path as given). */
export function sourceKey(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 32);
}

/** The id of one role's job for one source of one dataset: e.g. `fetch-budgets2019-3f2a…`. */
export function jobId(role: Role, dataset: string, source: string): string {
  return `${role}-${dataset}-${sourceKey(source)}`;
}

/** The harvester's own Redis keys, beside BullMQ's under the same prefix. */
export function harvestKeys(prefix: string) {
  const base = `${prefix}:harvest`;
  return {
    /** Set of dataset names. */
    datasets: `${base}:datasets`,
    /** Hash source → position (harvest order, first harvest wins). */
    sources: (dataset: string) => `${base}:dataset:${dataset}:sources`,
    /** Hash source → DatasetEntry JSON (what the last finished flow found). */
    entries: (dataset: string) => `${base}:dataset:${dataset}:entries`,
    /** Hash of facts about the dataset (created_at). */
    meta: (dataset: string) => `${base}:dataset:${dataset}:meta`,
    /** Counter handing out positions. */
    sequence: (dataset: string) => `${base}:dataset:${dataset}:sequence`,
    /** Hash URL → HTTP validators (ETag, Last-Modified) and the hash they belong to. */
    validators: `${base}:validators`,
    /** Hash record key → number of extractions actually run (not reused). */
    extractions: `${base}:extractions`,
    /** Per-host politeness: sorted set of request slots, and the time of the next allowed start. */
    hostSlots: (host: string) => `${base}:host:${host}:slots`,
    hostNext: (host: string) => `${base}:host:${host}:next`,
  };
}
export type HarvestKeys = ReturnType<typeof harvestKeys>;
