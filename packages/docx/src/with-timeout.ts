import { ExtractionTimeoutError } from './errors.ts';

/**
 * Rejects with ExtractionTimeoutError when `work` has not settled after `ms`.
 * Cooperative only: the timer fires when the event loop gets a turn (mammoth yields
 * while unzipping), and the abandoned work runs on in the background. A hard limit
 * needs a worker thread or process that can be killed.
 */
export async function withTimeout<T>(ms: number, work: () => Promise<T>, what = 'DOCX'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExtractionTimeoutError(ms, what)), ms);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
