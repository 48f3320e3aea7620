/** Runs a workers command (see runCli): these failures are reported in one line, exit status 1; usage mistakes exit 2. */
import { runCli } from '@budget/progress';

const EXPECTED = ['ConfigError', 'RedisUnavailableError', 'DatasetNameError', 'UnknownDatasetError', 'HarvestTimeoutError', 'DatasetValidationError', 'SourceListError'];

export function runCommand(usage: string, main: () => Promise<number>): void {
  runCli(usage, main, EXPECTED);
}
