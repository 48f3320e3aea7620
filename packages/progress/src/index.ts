/** What command-line tools share (no server code): the progress display, and reading and answering the command line. */
export { createProgress, progressLine, type Progress, type ProgressOptions, type ProgressStream } from './progress-bar.ts';
export { formatDuration } from './format-duration.ts';
export { asUsageError, parseCommandLine, UsageError, wholeNumber } from './command-line.ts';
export { checkOutDir } from './out-dir.ts';
export { runCli } from './run-cli.ts';
