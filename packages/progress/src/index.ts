/** The progress display alone (no server code), for command-line tools. */
export { createProgress, progressLine, type Progress, type ProgressOptions, type ProgressStream } from './progress-bar.ts';
export { formatDuration } from './format-duration.ts';
