/** extractDocx options, their defaults, and the fail-fast check of both. */

export interface ExtractDocxOptions {
  /** sha256 of the bytes (lowercase hex), copied to SourceDocument.docId. */
  docId: string;
  /** URL or path as given, copied to SourceDocument.source. */
  source: string;
  /** Sum of the zip's declared uncompressed sizes allowed. Default 200 MiB. */
  maxUncompressedBytes?: number;
  /** Wall-clock limit for the whole extraction, in ms (cooperative, see with-timeout.ts). Default 120 000. */
  timeoutMs?: number;
  /** Zip entries allowed. Default 10 000 (a DOCX has a few dozen). */
  maxEntries?: number;
  /** Declared uncompressed / compressed ratio allowed for an entry of 1 MiB or more. Default 200. */
  maxCompressionRatio?: number;
}

export const DOCX_DEFAULTS = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  timeoutMs: 120_000,
  maxEntries: 10_000,
  maxCompressionRatio: 200,
  /** Below this an entry skips the ratio check: small repetitive XML compresses far beyond 200:1. */
  ratioFloorBytes: 1024 * 1024,
} as const;

export type ResolvedDocxOptions = Required<ExtractDocxOptions> & { ratioFloorBytes: number };

export function resolveDocxOptions(options: ExtractDocxOptions): ResolvedDocxOptions {
  const resolved = {
    ...DOCX_DEFAULTS,
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
  } as ResolvedDocxOptions;
  if (typeof resolved.docId !== 'string' || typeof resolved.source !== 'string') {
    throw new TypeError('extractDocx: docId and source must be strings');
  }
  for (const key of ['maxUncompressedBytes', 'timeoutMs', 'maxEntries', 'maxCompressionRatio'] as const) {
    const value = resolved[key];
    if (typeof value !== 'number' || !(value > 0)) throw new RangeError(`extractDocx: ${key} must be a positive number, got ${value}`);
  }
  return resolved;
}
