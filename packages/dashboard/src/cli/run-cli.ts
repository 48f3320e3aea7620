/** Runs a command-line entry: expected errors print their message only; exit status 0 / 1 / 2 (usage). */
const EXPECTED = new Set(['ConfigError', 'RedisUnavailableError', 'DashboardOptionsError']);

export function runCli(usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof Error && error.name === 'TypeError' && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
        console.error(`${error.message}\n\n${usage}`);
        process.exitCode = 2;
      } else if (error instanceof Error && EXPECTED.has(error.name)) {
        console.error(`${error.name}: ${error.message}`);
        process.exitCode = error.name === 'DashboardOptionsError' ? 2 : 1;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    },
  );
}
