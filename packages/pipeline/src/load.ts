/** Reads an input given as a path or an http(s) URL, with a size cap and a timeout. */
import { readFile, stat } from 'node:fs/promises';

export interface LoadLimits {
  maxBytes: number;
  timeoutMs: number;
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
  const response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: 'follow' });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limits.maxBytes) throw new InputTooLargeError(`${url} declares ${declared} bytes, over the ${limits.maxBytes}-byte limit`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > limits.maxBytes) throw new InputTooLargeError(`${url} is over the ${limits.maxBytes}-byte limit`);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
