/**
 * A dependency-free progress display for long commands. On a terminal it redraws one
 * line in place (`[=====>    ] 12/40 30% ETA 1m20s`); elsewhere (a pipe, a log file, a
 * test) it prints plain lines only, because carriage returns make logs unreadable.
 * The ETA is the mean time per finished item so far times the items left.
 */
import { formatDuration } from './format-duration.ts';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  total: number;
  /** Where to draw. Default `process.stderr`. */
  stream?: ProgressStream;
  /** Redraw in place. Default: whether the stream is a terminal. */
  interactive?: boolean;
  /** Clock in ms (tests pass a fake one). Default `Date.now`. */
  now?: () => number;
  /** Width of the bar in characters. Default 30. */
  width?: number;
}

export interface Progress {
  /** Whether the bar is redrawn in place (a terminal) rather than printed as plain lines. */
  readonly interactive: boolean;
  /**
   * Sets how many items are done; `line` (a per-item message) is printed above the bar on a
   * terminal, as is elsewhere. `total` changes the total when it becomes known later.
   */
  update(done: number, line?: string, total?: number): void;
  /** Prints a message without disturbing the bar. */
  log(line: string): void;
  /** Leaves the bar's last state on its own line (terminal) and stops drawing. */
  finish(): void;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const interactive = options.interactive ?? Boolean(stream.isTTY);
  const now = options.now ?? Date.now;
  const started = now();
  let done = 0;
  let total = options.total;
  let drawn = false;
  let finished = false;

  const clearBar = () => {
    if (drawn) stream.write('\r\x1b[K');
    drawn = false;
  };
  const drawBar = () => {
    if (!interactive || finished) return;
    stream.write(`\r${progressLine(done, total, now() - started, options.width)}\x1b[K`);
    drawn = true;
  };
  const log = (line: string) => {
    clearBar();
    stream.write(`${line}\n`);
    drawBar();
  };
  return {
    interactive,
    update(value, line, newTotal) {
      done = value;
      if (newTotal !== undefined) total = newTotal;
      if (line !== undefined) log(line);
      else drawBar();
    },
    log,
    finish() {
      if (finished) return;
      if (drawn) stream.write('\n');
      drawn = false;
      finished = true;
    },
  };
}

/** `[=====>    ] 12/40 30% ETA 1m20s` (ETA `?` until the first item is done). */
export function progressLine(done: number, total: number, elapsedMs: number, width = 30): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(share * width);
  const bar = share >= 1 ? '='.repeat(width) : `${'='.repeat(Math.max(0, filled - 1))}>${' '.repeat(width - Math.max(1, filled))}`;
  const eta = done > 0 && total > done ? formatDuration(((elapsedMs / done) * (total - done)) / 1000) : done >= total ? '0s' : '?';
  return `[${bar}] ${done}/${total} ${Math.floor(share * 100)}% ETA ${eta}`;
}
