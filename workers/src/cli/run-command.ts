/** Runs a command-line entry: known errors print their message only; exit status 0 / 1 / 2. */
const EXPECTED = new Set(['ConfigError', 'RedisUnavailableError', 'DatasetNameError', 'UnknownDatasetError', 'HarvestTimeoutError', 'UsageError', 'DatasetValidationError', 'SourceListError']);

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function runCommand(usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => { process.exitCode = code; },
    (error: unknown) => {
      if (error instanceof Error && EXPECTED.has(error.name)) {
        console.error(`${error.name === 'UsageError' ? '' : `${error.name}: `}${error.message}`);
        if (error.name === 'UsageError') console.error(`\n${usage}`);
        process.exitCode = error.name === 'UsageError' ? 2 : 1;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    },
  );
}

export function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} wants a positive whole number, not ${JSON.stringify(value)}`);
  return n;
}
