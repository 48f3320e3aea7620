/**
 * Why a download failed, one named class per reason. `isTransient` decides between
 * "retry with backoff" (5xx, 408, 429, timeouts, resets, truncated bodies) and "fail at
 * once" (other 4xx, too large, too many redirects, not a document, bad source). It
 * classifies by `name`, which survives a process boundary where classes do not.
 * Messages never carry what a server sent (status texts, page titles, bodies) and print
 * URLs with their credentials redacted and control characters removed.
 */
import { displayLocation } from '@budget/model';

/** The server answered with an error status. 5xx, 408, 425 and 429 are transient. */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  readonly transient: boolean;
  constructor(readonly url: string, readonly status: number) {
    super(`GET ${displayLocation(url)} answered ${status}`);
    this.transient = status >= 500 || status === 408 || status === 425 || status === 429;
  }
}

/** The download did not finish within its time limit. */
export class FetchTimeoutError extends Error {
  override readonly name = 'FetchTimeoutError';
  constructor(readonly url: string, readonly timeoutMs: number) {
    super(`GET ${displayLocation(url)} did not finish within ${timeoutMs} ms`);
  }
}

/** The connection failed (reset, refused, DNS, TLS); `permanent` for causes that do not heal by waiting. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(readonly url: string, readonly code: string | null, detail: string, readonly permanent = false) {
    super(`GET ${displayLocation(url)} failed: ${displayLocation(detail)}${code ? ` (${code})` : ''}`);
  }
}

/** The body ended before the announced Content-Length. */
export class TruncatedBodyError extends Error {
  override readonly name = 'TruncatedBodyError';
  constructor(readonly url: string, received: number, declared: number) {
    super(`GET ${displayLocation(url)} ended after ${received} of ${declared} bytes`);
  }
}

/** The file is larger than `fetch.maxBytes`. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
  constructor(readonly where: string, readonly maxBytes: number, size: number | null) {
    super(`${displayLocation(where)} is ${size === null ? 'over' : `${size} bytes, over`} the ${maxBytes}-byte limit`);
  }
}

/** More redirects than `fetch.maxRedirects`, or a redirect without a usable Location. */
export class TooManyRedirectsError extends Error {
  override readonly name = 'TooManyRedirectsError';
  constructor(readonly url: string, message: string) {
    super(`GET ${displayLocation(url)}: ${message}`);
  }
}

/** The bytes are not a PDF or DOCX (an HTML error page served with 200, an old .doc, an empty file). */
export class UnsupportedContentError extends Error {
  override readonly name = 'UnsupportedContentError';
  constructor(readonly where: string, what: string) {
    super(`${displayLocation(where)} is ${what}`);
  }
}

/** The source cannot be read at all: a missing file, an unsupported URL scheme. */
export class BadSourceError extends Error {
  override readonly name = 'BadSourceError';
  constructor(message: string, options?: ErrorOptions) {
    super(displayLocation(message), options);
  }
}

/** Names of every error above: they pass through translation unchanged. */
export const FETCH_ERROR_NAMES = new Set([
  'HttpStatusError', 'FetchTimeoutError', 'NetworkError', 'TruncatedBodyError', 'TooLargeError', 'TooManyRedirectsError',
  'UnsupportedContentError', 'BadSourceError', 'BlockedAddressError',
]);

const TRANSIENT = new Set(['FetchTimeoutError', 'TruncatedBodyError']);

export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'HttpStatusError') return (error as HttpStatusError).transient;
  if (error.name === 'NetworkError') return !(error as NetworkError).permanent;
  return TRANSIENT.has(error.name);
}

/** The URL names, or resolves to, an address the fetch policy refuses (loopback, private, metadata …). */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError';
  constructor(readonly url: string, address: string, range: string) {
    super(`GET ${displayLocation(url)} refused: ${address} is a ${range} address (allow it with HARVEST_FETCH_ALLOW_HOSTS)`);
  }
}
