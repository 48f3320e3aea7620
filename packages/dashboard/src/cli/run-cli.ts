/** Runs a dashboard command (see @budget/progress runCli): these failures are one line, exit status 1; usage mistakes exit 2. */
import { runCli as runCommandLine } from '@budget/progress';

const EXPECTED = ['ConfigError', 'RedisUnavailableError'];

export function runCli(usage: string, main: () => Promise<number>): void {
  runCommandLine(usage, main, EXPECTED);
}
