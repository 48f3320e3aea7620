/** The watchdog kills an extraction process that is stuck, even in a synchronous loop. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/fixture-files.ts';

const MODULE = resolve(import.meta.dirname, '../src/extraction-watchdog.ts');

function run(body: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `import { startWatchdog } from ${JSON.stringify(MODULE)};\n${body}`], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal, stderr, ms: Date.now() - started })));
}

describe('extraction watchdog', () => {
  it('SIGKILLs a process stuck in a synchronous loop', async () => {
    const result = await run(`await startWatchdog(300, 'a stuck job'); const until = Date.now() + 20000; while (Date.now() < until) {}`);
    expect(result.signal).toBe('SIGKILL');
    expect(result.stderr).toContain('a stuck job still running after 300 ms');
    expect(result.ms).toBeLessThan(15_000);
  });

  it('lets the process go on once stopped', async () => {
    const result = await run(`const w = await startWatchdog(300, 'quick'); await w.stop(); await new Promise((r) => setTimeout(r, 600)); process.exit(0);`);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
  });
});
