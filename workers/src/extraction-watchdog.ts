/**
 * A last-resort bound on one extraction inside a sandboxed child: a worker thread that
 * SIGKILLs its own process after `ms`, unless stopped first. It works even when the main
 * thread is stuck in a loop or waits on a promise that never settles (cases the pipeline's
 * own deadline cannot catch). The worker's sandbox then sees the child die, the job fails
 * with that reason and BullMQ retries it (up to `extract.attempts`); a fresh child is forked.
 */
import { Worker } from 'node:worker_threads';

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
setTimeout(() => {
  writeSync(2, 'extraction watchdog: ' + workerData.label + ' still running after ' + workerData.ms + ' ms; killing the extraction process\\n');
  process.kill(process.pid, 'SIGKILL');
}, workerData.ms);
`;

export interface Watchdog {
  stop(): Promise<void>;
}

/** Resolves once the watchdog thread runs (from then on a blocked main thread cannot stop it). */
export async function startWatchdog(ms: number, label: string): Promise<Watchdog> {
  // No loaders (tsx) in the thread: it must not depend on the main thread to start.
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { ms, label }, execArgv: [], stdout: false, stderr: false });
  await new Promise<void>((resolve, reject) => {
    worker.once('online', resolve);
    worker.once('error', reject);
  });
  worker.unref(); // a pending watchdog never keeps the process alive
  return {
    async stop() {
      await worker.terminate();
    },
  };
}
