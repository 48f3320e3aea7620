/**
 * Documents processed in a child process with a hard memory limit and a hard deadline:
 * hostile files (decompression bombs, looping page trees, pathological tables) can exhaust
 * the heap or spin the CPU in code that never yields, which in-process timeouts cannot stop.
 * On either limit the child is killed, the document fails with the reason, and the next
 * document gets a fresh child. A healthy child is reused (starting one costs a second).
 * A process, not a worker thread: the coordinator's memory is then its own (a run's
 * coordinator stays small however many lanes it has), and each worker's is measurable alone.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { CanonicalDocument } from '@budget/model';
import { failedRecord, sha256, type ProcessOptions } from './failed-record.ts';
import { sniffFormat } from './sniff.ts';

export interface IsolationLimits {
  /** Heap limit of the worker, in MiB. Default 1024. */
  maxHeapMb: number;
  /** Wall-clock limit per document, in ms (the first document also pays the worker's start-up). */
  deadlineMs: number;
}

type WorkerMessage = { id: number; record?: CanonicalDocument; heapBytes?: number; deadlineShiftMs?: number };

/** V8 flags of this process a worker shares (the extract script's --v8-pool-size); never the TypeScript loader's. */
const SHARED_FLAGS = /^--(v8-pool-size|max-semi-space-size)=/;
/** The end of a worker's stderr kept to tell why it died. */
const STDERR_TAIL = 4096;

export class IsolatedProcessor {
  private worker: ChildProcess | null = null;
  private stderrTail = '';
  private nextId = 0;
  /** The most memory a worker of this lane held after a document: its V8 heap and the external memory its objects keep, in bytes. */
  peakHeapBytes = 0;

  constructor(private readonly options: ProcessOptions, private readonly limits: IsolationLimits) {}

  private spawn(): ChildProcess {
    if (this.worker) return this.worker;
    const child = fork(new URL('./isolated-entry.mjs', import.meta.url), [], {
      execArgv: [`--max-old-space-size=${this.limits.maxHeapMb}`, ...process.execArgv.filter((f) => SHARED_FLAGS.test(f))],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    this.stderrTail = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_TAIL); });
    // An idle worker does not keep the run alive; a busy one is awaited through its document.
    child.unref();
    child.channel?.unref();
    this.worker = child;
    return child;
  }

  /** Stops the worker; the next document starts a fresh one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.ref(); // the run waits for it to be gone
      worker.kill('SIGKILL');
      await exited;
    }
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
        worker.channel?.unref();
      };
      const kill = (record: CanonicalDocument) => {
        cleanup();
        if (this.worker === worker) this.worker = null;
        worker.kill('SIGKILL');
        resolve(record);
      };
      const onMessage = (message: WorkerMessage) => {
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
      const onError = (error: Error) => kill(fail(`internal error in the document worker: ${error.name}: ${error.message}`));
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        // V8 aborts a process that reaches its heap limit, saying so on stderr.
        const outOfMemory = /heap limit|out of memory/i.test(this.stderrTail);
        kill(fail(outOfMemory
          ? `DocumentTooLargeError: processing needed more than ${this.limits.maxHeapMb} MiB of memory and was stopped`
          : `the document worker exited (${signal ?? `code ${code}`}) before finishing`));
      };
      const expire = () => kill(fail(`ExtractionTimeoutError: the document took longer than ${this.limits.deadlineMs} ms (and any OCR time) and was stopped`));
      let end = Date.now() + this.limits.deadlineMs;
      let timer = setTimeout(expire, this.limits.deadlineMs);
      worker.channel?.ref();
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.send({ id, bytes, source, options: this.options });
    });
  }
}
