/**
 * A `pnpm workers` process for tests, started as `node --import tsx …` (not through the
 * tsx CLI, which would put a wrapper process between the test and the worker, so a
 * SIGKILL would hit the wrapper). Its JSON-lines log is parsed as it arrives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './fixture-files.ts';

export type LogLine = Record<string, unknown> & { event: string };

export class WorkerProcess {
  readonly child: ChildProcess;
  readonly lines: LogLine[] = [];
  readonly stderr: string[] = [];
  private readonly waiters: Array<{ match: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: NodeJS.ProcessEnv, args: string[] = [], readonly label = 'worker') {
    this.child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'workers/src/cli/workers.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdout! }).on('line', (text) => this.onLine(text));
    createInterface({ input: this.child.stderr! }).on('line', (text) => this.stderr.push(text));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid!;
  }

  private onLine(text: string): void {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch (error) {
      this.stderr.push(`(stdout, not JSON: ${(error as Error).message}) ${text}`);
      return;
    }
    this.lines.push(line);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(line)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  }

  /** The first log line (already seen or still to come) that matches, or a rejection after `timeoutMs`. */
  waitFor(match: (line: LogLine) => boolean, timeoutMs = 60_000): Promise<LogLine> {
    const seen = this.lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.label}: no matching log line within ${timeoutMs} ms; stderr:\n${this.stderr.slice(-20).join('\n')}`)), timeoutMs);
      this.waiters.push({ match, resolve: (line) => { clearTimeout(timer); resolve(line); } });
    });
  }

  ready(timeoutMs = 60_000): Promise<LogLine> {
    return this.waitFor((l) => l.event === 'ready', timeoutMs);
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
