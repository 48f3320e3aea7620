/** Runs documents' stages inside a worker thread, one message per document, and posts each record back. */
import { parentPort } from 'node:worker_threads';
import { processDocument, type ProcessOptions } from './process.ts';

interface Job { id: number; bytes: Uint8Array; source: string; options: ProcessOptions }

parentPort!.on('message', async (job: Job) => {
  const record = await processDocument(job.bytes, job.source, job.options);
  parentPort!.postMessage({ id: job.id, record });
});
