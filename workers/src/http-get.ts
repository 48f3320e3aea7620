/**
 * One bounded HTTP(S) GET for the workers: the shared guarded GET of @budget/pipeline
 * (fetch policy checked after resolution and on every redirect, one time limit, size cap,
 * body streamed to a file) plus the harvester's headers: User-Agent and conditional
 * requests with stored validators (ETag, Last-Modified).
 */
import { guardedGet, type FetchPolicy } from '@budget/pipeline';

export interface HttpGetOptions {
  /** Time limit of the whole download in ms (config `fetch.timeoutMs`, default 60000). */
  timeoutMs: number;
  /** Largest body accepted in bytes (config `fetch.maxBytes`, default 200 MiB). */
  maxBytes: number;
  /** Redirects followed (config `fetch.maxRedirects`, default 5). */
  maxRedirects: number;
  /** User-Agent header (config `fetch.userAgent`). */
  userAgent: string;
  /** Non-public hosts that may be fetched (config `fetch.allowHosts`, env HARVEST_FETCH_ALLOW_HOSTS; default none). */
  policy: FetchPolicy;
  /** Folder the body is streamed to (the content store's `incoming/`). */
  tempDir: string;
  /** Validators of an earlier download; when given, the request is conditional. Default: none. */
  validators?: { etag: string | null; lastModified: string | null } | null;
}

export interface HttpGetResult {
  /** 200 with a body file, or 304 (not modified) without one. */
  status: 200 | 304;
  /** The downloaded body, a temporary file the caller moves into the store; null on 304. */
  file: string | null;
  size: number;
  finalUrl: string;
  contentType: string | null;
  contentDisposition: string | null;
  etag: string | null;
  lastModified: string | null;
}

export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpGetResult> {
  const headers: Record<string, string> = { 'user-agent': options.userAgent };
  if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
  if (options.validators?.lastModified) headers['if-modified-since'] = options.validators.lastModified;
  const result = await guardedGet(url, { ...options, headers });
  return {
    status: result.status,
    file: result.file,
    size: result.size,
    finalUrl: result.finalUrl,
    contentType: header(result.headers['content-type']),
    contentDisposition: header(result.headers['content-disposition']),
    etag: header(result.headers.etag),
    lastModified: header(result.headers['last-modified']),
  };
}

function header(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}
