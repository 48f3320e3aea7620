/**
 * How processors turn errors into BullMQ outcomes: a transient error is rethrown so
 * BullMQ retries with backoff; anything else becomes an UnrecoverableError, which fails
 * the job at once. The reason keeps the original error's name: "HttpStatusError: GET … 404".
 */
import { UnrecoverableError } from 'bullmq';

/** A transient failure; BullMQ retries the job with exponential backoff and jitter. */
export class TransientJobError extends Error {
  override readonly name = 'TransientJobError';
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export function toJobError(error: unknown, transient: boolean): Error {
  return transient ? new TransientJobError(describeError(error), { cause: error }) : new UnrecoverableError(describeError(error));
}
