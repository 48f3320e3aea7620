/**
 * The typed copies (typed-outputs.ts) written by a child process: DuckDB's native library and
 * its buffers (up to its memory limit) then never count against the coordinating process,
 * which stays small however big the run. The child ends when they are written; its failure
 * is this call's, with the end of its stderr as the reason.
 */
import { fork } from 'node:child_process';

export interface TypedOutputsJob {
  csvDir: string;
  outDir: string;
  formats: { parquet: boolean; duckdb: boolean };
}

const STDERR_TAIL = 2000;

export function writeTypedOutputsApart(job: TypedOutputsJob): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./typed-outputs-entry.mjs', import.meta.url), [], {
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let stderr = '';
    let written: string[] | null = null;
    let failure: string | null = null;
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-STDERR_TAIL); });
    child.on('message', (message: { written?: string[]; error?: string }) => {
      if (message.written) written = message.written;
      if (message.error) failure = message.error;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (written && code === 0) resolve(written);
      else reject(new Error(`writing the typed outputs failed: ${failure ?? (stderr.trim() || `the process exited (${signal ?? `code ${code}`})`)}`));
    });
    child.send(job);
  });
}
