/**
 * One bounded HTTP(S) GET: a time limit over the whole exchange (redirects and body
 * included), a size cap checked against Content-Length and while streaming, redirects
 * followed by hand up to a limit (http and https only), conditional requests with stored
 * validators (ETag, Last-Modified). Failures are the named errors of fetch-errors.ts.
 */
import {
  BadSourceError, FetchTimeoutError, HttpStatusError, NetworkError, TooLargeError, TooManyRedirectsError, TruncatedBodyError,
} from './fetch-errors.ts';

export interface HttpGetOptions {
  /** Time limit of the whole download in ms (config `fetch.timeoutMs`, default 60000). */
  timeoutMs: number;
  /** Largest body accepted in bytes (config `fetch.maxBytes`, default 200 MiB). */
  maxBytes: number;
  /** Redirects followed (config `fetch.maxRedirects`, default 5). */
  maxRedirects: number;
  /** User-Agent header (config `fetch.userAgent`). */
  userAgent: string;
  /** Validators of an earlier download; when given, the request is conditional. Default: none. */
  validators?: { etag: string | null; lastModified: string | null } | null;
}

export interface HttpGetResult {
  /** 200 with a body, or 304 (not modified) without one. */
  status: 200 | 304;
  bytes: Uint8Array | null;
  finalUrl: string;
  contentType: string | null;
  contentDisposition: string | null;
  etag: string | null;
  lastModified: string | null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Network error codes that waiting will not fix. */
const PERMANENT_CODES = new Set([
  'ENOTFOUND', 'ERR_INVALID_URL', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpGetResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = checkUrl(url);
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: '*/*' };
      if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
      if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
      const response = await fetch(current, { redirect: 'manual', signal, headers });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new TooManyRedirectsError(current, `redirect ${response.status} without a Location`);
        if (hop >= options.maxRedirects) throw new TooManyRedirectsError(url, `more than ${options.maxRedirects} redirects`);
        current = checkUrl(new URL(location, current).href);
        continue;
      }
      const meta = {
        finalUrl: current,
        contentType: response.headers.get('content-type'),
        contentDisposition: response.headers.get('content-disposition'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      };
      if (response.status === 304 && options.validators) {
        await response.body?.cancel();
        return { status: 304, bytes: null, ...meta };
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new HttpStatusError(current, response.status, response.statusText);
      }
      return { status: 200, bytes: await readBody(response, current, options.maxBytes), ...meta };
    }
  } catch (error) {
    throw translate(error, url, options.timeoutMs, signal);
  }
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new BadSourceError(`${url} is not a valid URL`, { cause: error });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new BadSourceError(`${url}: only http and https URLs can be fetched`);
  return parsed.href;
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declaredText = response.headers.get('content-length');
  const declared = declaredText === null ? null : Number(declaredText);
  if (declared !== null && declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLargeError(url, maxBytes, declared);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new TooLargeError(url, maxBytes, null);
      }
      chunks.push(value);
    }
  }
  if (declared !== null && Number.isFinite(declared) && total < declared) throw new TruncatedBodyError(url, total, declared);
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Our named errors pass through; the runtime's (abort, undici socket errors) become ours. */
function translate(error: unknown, url: string, timeoutMs: number, signal: AbortSignal): unknown {
  if (!(error instanceof Error)) return error;
  if (['HttpStatusError', 'TooLargeError', 'TooManyRedirectsError', 'TruncatedBodyError', 'BadSourceError'].includes(error.name)) return error;
  if (signal.aborted || error.name === 'TimeoutError' || error.name === 'AbortError') return new FetchTimeoutError(url, timeoutMs);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code ?? null;
  return new NetworkError(url, code, cause?.message ?? error.message, code !== null && PERMANENT_CODES.has(code));
}
