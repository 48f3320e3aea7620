/**
 * Runs one of the repository's commands as the user does (`node --import tsx <script>`, what
 * `pnpm <name>` runs) and checks how it answers a mistake: exit status 2, one line on stderr
 * naming the command and its usage, nothing on stdout, no stack trace.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';

export const REPO_ROOT = resolve(import.meta.dirname, '../../../..');

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** `args` given to `pnpm <command>` (its `script`) is a usage mistake that `mentions` says what is wrong. */
export async function expectUsageMistake(command: string, script: string, args: string[], mentions: string | RegExp, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const result = await runScript(script, args, env);
  const what = `pnpm ${command} ${args.join(' ')}`;
  expect(result.stderr, what).not.toMatch(/^\s+at /m);
  expect({ code: result.code, lines: result.stderr.trimEnd().split('\n').length, stdout: result.stdout }, `${what}\n${result.stderr}`).toEqual({ code: 2, lines: 1, stdout: '' });
  expect(result.stderr, what).toMatch(new RegExp(`^pnpm ${command}: .+\\. Usage: pnpm ${command}\\b`));
  expect(result.stderr, what).toMatch(mentions);
  return result.stderr.trimEnd();
}
