/**
 * The extract job, run in a sandboxed child process (BullMQ forks this file): CPU-bound
 * PDF parsing never blocks the worker's event loop, so job locks keep being renewed, and
 * the child has its own heap limit. It reads the fetch result (a content hash) from its
 * child job, runs or reuses the extraction, and returns a small summary.
 */
import type { SandboxedJob } from 'bullmq';
import { Redis } from 'ioredis';
import { pipelineCodeHash } from '../code-fingerprint.ts';
import { configFromEnvironment } from '../config/index.ts';
import { ContentStore } from '../content-store.ts';
import { extractDocument } from '../extract-document.ts';
import { startWatchdog } from '../extraction-watchdog.ts';
import { DocumentJobData, FetchResult, type ExtractResult } from '../job-data.ts';
import { harvestKeys } from '../names.ts';
import { toolVersion } from '../tool-version.ts';

/** The code this process loaded, for the record fingerprint (computed once, never changed). */
const CODE_VERSION = `${toolVersion()}+${pipelineCodeHash()}`;

// When the worker process dies (even by SIGKILL) the IPC channel closes: stop at once
// rather than finish a job nobody will record (its lock expires and it is taken up again).
process.once('disconnect', () => process.exit(0));

export default async function extractProcessor(job: SandboxedJob): Promise<ExtractResult> {
  const config = configFromEnvironment();
  const data = DocumentJobData.parse(job.data);
  const failures = Object.values(await job.getIgnoredChildrenFailures());
  if (failures.length > 0) return { outcome: 'unreadable', reason: failures[0]! };
  const values = Object.values(await job.getChildrenValues());
  const fetched = FetchResult.parse(values[0]);
  await job.updateProgress({ stage: 'extracting', sha256: fetched.sha256 });
  const watchdog = await startWatchdog(config.extract.killAfterMs, `job ${job.id} (${data.source})`);
  try {
    return await extractDocument(fetched, data.source, {
      store: new ContentStore(config.storage.dir),
      toolVersion: CODE_VERSION,
      process: { maxPages: config.extract.maxPages, timeoutMs: config.extract.timeoutMs, maxUncompressedBytes: config.extract.maxUncompressedBytes },
      onExtracted: (recordKey) => countExtraction(config.redis.url, config.redis.prefix, recordKey),
    });
  } finally {
    await watchdog.stop();
  }
}

/** How many times each record was actually extracted: the evidence that re-runs and retries extract nothing twice. */
async function countExtraction(url: string, prefix: string, recordKey: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  redis.on('error', (error: Error) => void error); // connect() and hincrby() report failures
  try {
    await redis.connect();
    await redis.hincrby(harvestKeys(prefix).extractions, recordKey, 1);
  } finally {
    redis.disconnect();
  }
}
