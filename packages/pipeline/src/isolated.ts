/**
 * Documents processed in a worker thread with a hard memory limit and a hard deadline:
 * hostile files (decompression bombs, looping page trees, pathological tables) can exhaust
 * the heap or spin the CPU in code that never yields, which in-process timeouts cannot stop.
 * On either limit the worker is terminated, the document fails with the reason, and the
 * next document gets a fresh worker. A healthy worker is reused (starting one costs seconds).
 */
import { Worker } from 'node:worker_threads';
import type { CanonicalDocument } from '@budget/model';
import { failedRecord, sha256, type ProcessOptions } from './failed-record.ts';
import { sniffFormat } from './sniff.ts';

export interface IsolationLimits {
  /** Heap limit of the worker, in MiB. Default 1024. */
  maxHeapMb: number;
  /** Wall-clock limit per document, in ms (the first document also pays the worker's start-up). */
  deadlineMs: number;
}

export class IsolatedProcessor {
  private worker: Worker | null = null;
  private nextId = 0;
  /** The most memory a worker of this lane held after a document: its V8 heap and the external memory its objects keep, in bytes. */
  peakHeapBytes = 0;

  constructor(private readonly options: ProcessOptions, private readonly limits: IsolationLimits) {}

  private spawn(): Worker {
    this.worker ??= new Worker(new URL('./isolated-entry.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb },
    });
    return this.worker;
  }

  /** Stops the worker; the next document starts a fresh one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  process(bytes: Uint8Array, source: string): Promise<CanonicalDocument> {
    const worker = this.spawn();
    const id = this.nextId++;
    const fail = (reason: string) => failedRecord(sha256(bytes), source, sniffFormat(bytes), reason);
    return new Promise((resolve) => {
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const kill = (record: CanonicalDocument) => {
        cleanup();
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        resolve(record);
      };
      const onMessage = (message: { id: number; record?: CanonicalDocument; heapBytes?: number; deadlineShiftMs?: number }) => {
        if (message.id !== id) return;
        if (message.deadlineShiftMs !== undefined) {
          // OCR is not charged to the document's deadline: this watchdog moves with it.
          end += message.deadlineShiftMs;
          clearTimeout(timer);
          timer = setTimeout(expire, Math.max(0, end - Date.now()));
          return;
        }
        cleanup();
        this.peakHeapBytes = Math.max(this.peakHeapBytes, message.heapBytes ?? 0);
        resolve(message.record!);
      };
      const onError = (error: Error & { code?: string }) => kill(fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `DocumentTooLargeError: processing needed more than ${this.limits.maxHeapMb} MiB of memory and was stopped`
        : `internal error in the document worker: ${error.name}: ${error.message}`));
      const onExit = (code: number) => kill(fail(`the document worker exited with code ${code} before finishing`));
      const expire = () => kill(fail(`ExtractionTimeoutError: the document took longer than ${this.limits.deadlineMs} ms (and any OCR time) and was stopped`));
      let end = Date.now() + this.limits.deadlineMs;
      let timer = setTimeout(expire, this.limits.deadlineMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, bytes, source, options: this.options });
    });
  }
}
