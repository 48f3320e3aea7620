/** Runs documents' stages inside a worker process, one message per document, and sends each record back. */
import { getHeapStatistics } from 'node:v8';
import { processDocument, type ProcessOptions } from './process.ts';

interface Job { id: number; bytes: Uint8Array; source: string; options: ProcessOptions }

const send = (message: object) => process.send!(message);

process.on('message', async (job: Job) => {
  // OCR is not charged to the document's deadline: the parent's watchdog is told as it moves.
  const record = await processDocument(job.bytes, job.source, job.options, {
    onDeadlineShift: (ms) => send({ id: job.id, deadlineShiftMs: ms }),
  });
  // The worker's memory after the document: the V8 heap it holds and the memory outside it
  // that its objects keep alive.
  const heap = getHeapStatistics();
  send({ id: job.id, record, heapBytes: heap.total_heap_size + heap.external_memory });
});
// The parent gone, this worker has no one to answer: it ends with it.
process.on('disconnect', () => process.exit(0));
