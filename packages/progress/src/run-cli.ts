/**
 * Runs a command's main function and ends the process the way a person at a terminal
 * expects: a usage mistake is one line with the usage after it and exit status 2; another
 * expected failure (Redis down, a bad configuration) is one line and exit status 1; only a
 * bug prints a stack trace.
 */
import { UsageError } from './command-line.ts';

/**
 * `usage` is the command's help text; its first line, `usage: pnpm NAME …`, names the
 * command in messages. `expected` lists the names of the error classes that are failures
 * to report, not bugs (names, because errors lose their class across processes).
 */
export function runCli(usage: string, main: () => Promise<number>, expected: readonly string[] = []): void {
  const [synopsis = '', ...rest] = usage.trim().split('\n');
  const command = /^usage:\s+(\S+(?:\s+[a-z][\w:-]*)?)/.exec(synopsis)?.[1] ?? 'command';
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError || (error instanceof Error && error.name === 'UsageError')) {
        const more = rest.some((line) => line.trim()) ? ` (${command} --help for more)` : '';
        console.error(`${command}: ${oneLine(error.message)}. ${synopsis.replace(/^usage:/, 'Usage:')}${more}`);
        process.exitCode = 2;
      } else if (error instanceof Error && expected.includes(error.name)) {
        console.error(`${command}: ${oneLine(error.message)}`);
        process.exitCode = 1;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    },
  );
}

/** A message on one line: its lines joined, its trailing full stop dropped (the caller adds its own). */
function oneLine(message: string): string {
  return message.split('\n').map((line) => line.trim()).filter(Boolean).join('; ').replace(/\.$/, '');
}
