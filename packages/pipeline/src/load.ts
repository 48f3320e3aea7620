/**
 * Reads an input given as a path or an http(s) URL, with a size cap and a timeout. URLs go
 * through the fetch policy (guarded-get.ts: no private addresses unless allowed, checked on
 * every redirect) and stream to a temporary file, read back once the cap is enforced.
 */
import { readFile, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyFromEnvironment, type FetchPolicy } from './fetch/address-policy.ts';
import { guardedGet } from './fetch/guarded-get.ts';

export interface LoadLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Which non-public hosts URLs may reach. Default: `HARVEST_FETCH_ALLOW_HOSTS` from the environment. */
  policy?: FetchPolicy;
  /** Redirects followed. Default 5. */
  maxRedirects?: number;
}

export class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
}

export async function loadInput(source: string, limits: LoadLimits): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(source)) return fetchBytes(source, limits);
  const info = await stat(source);
  if (info.size > limits.maxBytes) throw new InputTooLargeError(`${source} is ${info.size} bytes, over the ${limits.maxBytes}-byte limit`);
  return new Uint8Array(await readFile(source));
}

async function fetchBytes(url: string, limits: LoadLimits): Promise<Uint8Array> {
  const result = await guardedGet(url, {
    timeoutMs: limits.timeoutMs,
    maxBytes: limits.maxBytes,
    maxRedirects: limits.maxRedirects ?? 5,
    policy: limits.policy ?? policyFromEnvironment(),
    tempDir: join(tmpdir(), 'budget-downloads'),
  });
  try {
    return new Uint8Array(await readFile(result.file!));
  } finally {
    await unlink(result.file!);
  }
}
