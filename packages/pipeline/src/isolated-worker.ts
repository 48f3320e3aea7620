/** Runs documents' stages inside a worker thread, one message per document, and posts each record back. */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { processDocument, type ProcessOptions } from './process.ts';

interface Job { id: number; bytes: Uint8Array; source: string; options: ProcessOptions }

parentPort!.on('message', async (job: Job) => {
  // OCR is not charged to the document's deadline: the parent's watchdog is told as it moves.
  const record = await processDocument(job.bytes, job.source, job.options, {
    onDeadlineShift: (ms) => parentPort!.postMessage({ id: job.id, deadlineShiftMs: ms }),
  });
  // This thread's own memory after the document (the process's RSS counts every thread):
  // the V8 heap it holds and the memory outside it that its objects keep alive.
  const heap = getHeapStatistics();
  parentPort!.postMessage({ id: job.id, record, heapBytes: heap.total_heap_size + heap.external_memory });
});
