/**
 * One HTTP(S) GET under the fetch policy, streamed to a file:
 * - the host is resolved, every address checked (address-policy.ts), and the socket
 *   connects to the address that was checked (a custom `lookup`), so a name that
 *   resolves differently the second time (DNS rebinding) cannot slip through;
 * - redirects are followed by hand, each hop checked again, up to a limit;
 * - one time limit covers the whole exchange, redirects and body included;
 * - the body goes to a temporary file, never to memory, and the size cap is checked
 *   against Content-Length and while streaming, so memory does not grow with
 *   concurrency × size cap.
 * Failures are the named errors of fetch-errors.ts.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { isAllowedHost, literalAddress, nonPublicRange, type FetchPolicy } from './address-policy.ts';
import {
  BadSourceError, BlockedAddressError, FETCH_ERROR_NAMES, FetchTimeoutError, HttpStatusError, NetworkError, TooLargeError, TooManyRedirectsError,
  TruncatedBodyError,
} from './fetch-errors.ts';

export interface GuardedGetOptions {
  /** Time limit of the whole download in ms. */
  timeoutMs: number;
  /** Largest body accepted in bytes. */
  maxBytes: number;
  /** Redirects followed. */
  maxRedirects: number;
  /** Which non-public hosts may be fetched. */
  policy: FetchPolicy;
  /** Folder for the downloaded body (made when missing). */
  tempDir: string;
  /** Extra request headers (User-Agent, conditional validators). Default none. */
  headers?: Record<string, string>;
}

export interface GuardedGetResult {
  /** 200 with a body file, or 304 (only when the request was conditional) without one. */
  status: 200 | 304;
  /** The body's temporary file (the caller moves or deletes it); null for 304. */
  file: string | null;
  size: number;
  finalUrl: string;
  headers: IncomingMessage['headers'];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Network error codes that waiting will not fix. */
const PERMANENT_CODES = new Set([
  'ENOTFOUND', 'ERR_INVALID_URL', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);

export async function guardedGet(url: string, options: GuardedGetOptions): Promise<GuardedGetResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const conditional = Boolean(options.headers?.['if-none-match'] || options.headers?.['if-modified-since']);
  let current = checkedUrl(url, options.policy);
  try {
    for (let hop = 0; ; hop++) {
      const response = await get(current, options, signal);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw new TooManyRedirectsError(current.href, `redirect ${status} without a Location`);
        if (hop >= options.maxRedirects) throw new TooManyRedirectsError(url, `more than ${options.maxRedirects} redirects`);
        current = checkedUrl(resolveLocation(location, current), options.policy);
        continue;
      }
      if (status === 304 && conditional) {
        response.resume();
        return { status: 304, file: null, size: 0, finalUrl: current.href, headers: response.headers };
      }
      if (status !== 200) {
        response.resume();
        throw new HttpStatusError(current.href, status);
      }
      const { file, size } = await saveBody(response, current.href, options);
      return { status: 200, file, size, finalUrl: current.href, headers: response.headers };
    }
  } catch (error) {
    throw translate(error, url, options.timeoutMs, signal);
  }
}

/** Parses the URL, keeps http(s) only, and refuses an IP literal outside the policy (names are checked at lookup). */
function checkedUrl(url: string, policy: FetchPolicy): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new BadSourceError(`${url} is not a valid URL`, { cause: error });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new BadSourceError(`${url}: only http and https URLs can be fetched`);
  const literal = literalAddress(parsed.hostname);
  if (literal && !isAllowedHost(parsed, policy)) {
    const range = nonPublicRange(literal);
    if (range) throw new BlockedAddressError(parsed.href, literal, range);
  }
  return parsed;
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch (error) {
    throw new TooManyRedirectsError(base.href, 'redirect to an invalid Location');
  }
}

/** A lookup that refuses non-public addresses unless the host is allowed; the socket uses what it returns. */
function guardedLookup(url: URL, policy: FetchPolicy): LookupFunction {
  const allowed = isAllowedHost(url, policy);
  return (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const blocked = allowed ? undefined : addresses.find((a) => nonPublicRange(a.address) !== null);
      if (blocked) return callback(new BlockedAddressError(url.href, blocked.address, nonPublicRange(blocked.address)!), '', 0);
      if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

function get(url: URL, options: GuardedGetOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(url, options.policy),
      headers: { accept: '*/*', ...options.headers },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

async function saveBody(response: IncomingMessage, url: string, options: GuardedGetOptions): Promise<{ file: string; size: number }> {
  const declaredText = response.headers['content-length'];
  const declared = declaredText === undefined ? null : Number(declaredText);
  if (declared !== null && declared > options.maxBytes) {
    response.destroy();
    throw new TooLargeError(url, options.maxBytes, declared);
  }
  await mkdir(options.tempDir, { recursive: true });
  const file = join(options.tempDir, `download-${randomUUID()}`);
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > options.maxBytes) done(new TooLargeError(url, options.maxBytes, null));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(response, cap, createWriteStream(file));
    if (declared !== null && Number.isFinite(declared) && size < declared) throw new TruncatedBodyError(url, size, declared);
  } catch (error) {
    await unlink(file).catch(() => undefined);
    // The server closed the connection mid-body: a truncated download (transient).
    if ((error as NodeJS.ErrnoException).code === 'ECONNRESET' && !(error instanceof TooLargeError)) throw new TruncatedBodyError(url, size, declared ?? size);
    throw error;
  }
  return { file, size };
}

/** Our named errors pass through; the runtime's (abort, socket errors) become ours. */
function translate(error: unknown, url: string, timeoutMs: number, signal: AbortSignal): unknown {
  if (!(error instanceof Error)) return error;
  if (FETCH_ERROR_NAMES.has(error.name)) return error;
  if (signal.aborted || error.name === 'TimeoutError' || error.name === 'AbortError') return new FetchTimeoutError(url, timeoutMs);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = (error as NodeJS.ErrnoException).code ?? cause?.code ?? null;
  return new NetworkError(url, code, error.message, code !== null && PERMANENT_CODES.has(code));
}
