/** A whole-document deadline that pending pdfjs promises can be raced against. */
import { ExtractionTimeoutError } from './errors.ts';

export interface Deadline {
  /** Resolves with the promise's value, or rejects with ExtractionTimeoutError once the deadline passes. */
  race<T>(promise: Promise<T>, pagesDone: number): Promise<T>;
  /** Moves the deadline later: time spent on work with its own limits (OCR) is not charged. */
  extend(ms: number): void;
  readonly timeoutMs: number;
}

export function startDeadline(timeoutMs: number, now: () => number = Date.now): Deadline {
  let end = now() + timeoutMs;
  return {
    timeoutMs,
    extend(ms: number): void {
      end += Math.max(0, ms);
    },
    race<T>(promise: Promise<T>, pagesDone: number): Promise<T> {
      const left = end - now();
      if (left <= 0) {
        promise.catch((lateErr: unknown) => void lateErr); // the work is abandoned; keep its rejection handled
        return Promise.reject(new ExtractionTimeoutError(timeoutMs, pagesDone));
      }
      let timer: NodeJS.Timeout | undefined;
      const expiry = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ExtractionTimeoutError(timeoutMs, pagesDone)), left);
      });
      promise.catch((lateErr: unknown) => void lateErr);
      return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
    },
  };
}
