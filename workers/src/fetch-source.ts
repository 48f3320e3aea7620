/**
 * Brings one source into the content store: a URL over HTTP(S) (conditional when the
 * URL was fetched before) or a local file, with the size cap; sniffs the bytes so an
 * HTML page or an empty body served with status 200 fails here, clearly, instead of
 * reaching the extractor. Other non-documents (an old .doc, a stray ZIP) go on to the
 * pipeline, which gives them a failed record with its own reason, as `pnpm extract` does.
 */
import { copyFile, mkdir, open, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sniffFormat, type FetchPolicy } from '@budget/pipeline';
import { ContentStore } from './content-store.ts';
import { BadSourceError, HttpStatusError, TooLargeError, UnsupportedContentError } from './fetch-errors.ts';
import { fileNameFromContentDisposition, fileNameFromUrl } from './file-name.ts';
import { gbkVariant } from './gbk-url.ts';
import { httpGet, type HttpGetOptions } from './http-get.ts';
import type { FetchResult } from './job-data.ts';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
  sha256: string;
}

/** Where ETag / Last-Modified of earlier downloads are kept (Redis in the workers). */
export interface ValidatorStore {
  get(url: string): Promise<Validators | null>;
  set(url: string, validators: Validators): Promise<void>;
}

export interface FetchSourceOptions {
  store: ContentStore;
  /** Limits of the HTTP download (timeout, size cap, redirects, user agent). */
  http: Omit<HttpGetOptions, 'validators' | 'policy' | 'tempDir'>;
  /** Non-public hosts that may be fetched (config `fetch.allowHosts`). */
  policy: FetchPolicy;
  /** Validators for conditional requests. Default: none (every download is unconditional). */
  validators?: ValidatorStore | null;
}

export function isUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

export async function fetchSource(location: string, options: FetchSourceOptions): Promise<FetchResult> {
  if (!isUrl(location)) return readLocalFile(location, options);
  if (!/^https?:\/\//i.test(location)) throw new BadSourceError(`${location}: only http and https URLs can be fetched`);
  try {
    return await download(location, options);
  } catch (error) {
    // Chinese servers often want GBK in the path: try that spelling once on a 404.
    const variant = error instanceof HttpStatusError && error.status === 404 ? gbkVariant(location) : null;
    if (!variant) throw error;
    return download(variant, options);
  }
}

async function download(url: string, options: FetchSourceOptions): Promise<FetchResult> {
  const previous = (await options.validators?.get(url)) ?? null;
  const usable = previous && (await options.store.hasRaw(previous.sha256)) ? previous : null;
  const response = await httpGet(url, { ...options.http, policy: options.policy, tempDir: options.store.incomingDir, validators: usable });
  const fileName = fileNameFromContentDisposition(response.contentDisposition) ?? fileNameFromUrl(response.finalUrl);
  if (response.status === 304 && usable) {
    const bytes = (await stat(options.store.rawPath(usable.sha256))).size;
    const format = formatOf(await options.store.readRawHead(usable.sha256));
    return { sha256: usable.sha256, bytes, format, contentType: response.contentType, fileName, finalUrl: response.finalUrl, notModified: true };
  }
  const { sha256, head } = await storeFile(response.file!, url, response.contentType, options.store);
  if (response.etag || response.lastModified) await options.validators?.set(url, { etag: response.etag, lastModified: response.lastModified, sha256 });
  return { sha256, bytes: response.size, format: formatOf(head), contentType: response.contentType, fileName, finalUrl: response.finalUrl, notModified: false };
}

/** A downloaded or copied file into the store, after the content check; the file is gone afterwards either way. */
async function storeFile(file: string, where: string, contentType: string | null, store: ContentStore): Promise<{ sha256: string; head: Uint8Array }> {
  try {
    const head = await readHead(file);
    checkContent(head, where, contentType);
    const { sha256 } = await store.putRawFile(file);
    return { sha256, head };
  } finally {
    await unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return new Uint8Array(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

async function readLocalFile(path: string, options: FetchSourceOptions): Promise<FetchResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new BadSourceError(`${path} is not a file`);
    size = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BadSourceError(`${path} does not exist`);
    throw error;
  }
  if (size > options.http.maxBytes) throw new TooLargeError(path, options.http.maxBytes, size);
  // Copied, not read: the store hashes it as a stream.
  await mkdir(options.store.incomingDir, { recursive: true });
  const copy = join(options.store.incomingDir, `local-${randomUUID()}`);
  await copyFile(path, copy);
  const { sha256, head } = await storeFile(copy, path, null, options.store);
  return { sha256, bytes: size, format: formatOf(head), contentType: null, fileName: path.split(/[\\/]/).pop() ?? null, finalUrl: null, notModified: false };
}

/** Responses that are certainly not the document asked for (judged by the first 64 KiB). */
function checkContent(bytes: Uint8Array, where: string, contentType: string | null): void {
  if (bytes.length === 0) throw new UnsupportedContentError(where, 'empty');
  if (sniffFormat(bytes) !== 'unknown') return;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  if (/html/i.test(contentType ?? '') || head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|title)[\s>]/.test(head)) {
    // The page's title is not quoted: it is the server's text, and may be an internal page's.
    throw new UnsupportedContentError(where, 'an HTML page, not a PDF or DOCX');
  }
}

function formatOf(bytes: Uint8Array): FetchResult['format'] {
  const format = sniffFormat(bytes);
  return format === 'pdf' || format === 'docx' ? format : 'unknown';
}
