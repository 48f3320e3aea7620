/**
 * Damaged copies of documents for the fuzz test, each drawn from a seeded generator so a
 * seed reproduces the same bytes: truncation, bit flips and damaged header bytes for any
 * file; for DOCX / XLSX also the zip's own structure tampered with (a central-directory
 * entry overwritten, a compressed size changed, an entry name duplicated, the
 * [Content_Types].xml part dropped).
 */
import { inspectZip } from '../../packages/docx/src/zip-guard.ts';
import { readZipPart } from '../../packages/docx/src/zip-parts.ts';
import type { Random } from '../../packages/samplegen/src/random.ts';
import { writeZip, type ZipInput } from '../../packages/docx/test/fixtures/zip-writer.ts';

export type Mutation = (bytes: Uint8Array, rng: Random) => Uint8Array;

/** Cut off at a random point: a download that stopped early. */
export const truncate: Mutation = (bytes, rng) => bytes.slice(0, rng.int(1, bytes.length - 1));

/** One to sixteen bits flipped anywhere: a bad disk or transfer. */
export const flipBits: Mutation = (bytes, rng) => {
  const out = bytes.slice();
  for (let n = rng.int(1, 16); n > 0; n--) {
    const at = rng.int(0, out.length - 1);
    out[at] = out[at]! ^ (1 << rng.int(0, 7));
  }
  return out;
};

/** One to four of the first 32 bytes overwritten: the signature, version or first header. */
export const damageHeader: Mutation = (bytes, rng) => {
  const out = bytes.slice();
  for (let n = rng.int(1, 4); n > 0; n--) out[rng.int(0, Math.min(31, out.length - 1))] = rng.int(0, 255);
  return out;
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIZE = 46;

/** Where each central-directory header starts, read from the end-of-central-directory record. */
function centralHeaders(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== EOCD_SIGNATURE) eocd--;
  if (eocd < 0) throw new Error('not a zip: no end of central directory record');
  const offsets: number[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = view.getUint16(eocd + 10, true); i > 0; i--) {
    offsets.push(at);
    at += CENTRAL_HEADER_SIZE + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return offsets;
}

/** A random stretch of one entry's central-directory header (sizes, offsets, lengths, name) overwritten. */
export const corruptCentralEntry: Mutation = (bytes, rng) => {
  const out = bytes.slice();
  const at = rng.pick(centralHeaders(bytes));
  const start = at + rng.int(0, CENTRAL_HEADER_SIZE - 1);
  for (let i = start; i < Math.min(start + rng.int(1, 8), out.length); i++) out[i] = rng.int(0, 255);
  return out;
};

/** One entry's compressed size, in the central directory, set to a lie: 0, a little off, or huge. */
export const changeCompressedSize: Mutation = (bytes, rng) => {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const at = rng.pick(centralHeaders(bytes));
  const size = view.getUint32(at + 20, true);
  view.setUint32(at + 20, rng.pick([0, Math.max(0, size - rng.int(1, 64)), size + rng.int(1, 64), 0xfffffffe]), true);
  return out;
};

/** The archive's parts, inflated, for rewriting the archive whole. */
export function zipParts(bytes: Uint8Array): ZipInput[] {
  const limits = { maxUncompressedBytes: 512 * 1024 * 1024, maxEntries: 10_000, maxCompressionRatio: 1000, ratioFloorBytes: 1 << 20 };
  return inspectZip(bytes, limits).entries.map((entry) => ({ name: entry.name, data: readZipPart(bytes, entry), deflate: true }));
}

/** A second entry under an existing part's name, holding another part's bytes. */
export const duplicateEntryName: Mutation = (bytes, rng) => {
  const all = zipParts(bytes);
  const copy = { ...rng.pick(all), name: rng.pick(all).name };
  const at = rng.int(0, all.length);
  return writeZip([...all.slice(0, at), copy, ...all.slice(at)]);
};

/** The archive rewritten without [Content_Types].xml, which says what each part is. */
export const dropContentTypes: Mutation = (bytes) => writeZip(zipParts(bytes).filter((p) => p.name !== '[Content_Types].xml'));

export const ANY_FILE: Record<string, Mutation> = { truncate, flipBits, damageHeader };
export const ZIP_FILE: Record<string, Mutation> = { ...ANY_FILE, corruptCentralEntry, changeCompressedSize, duplicateEntryName, dropContentTypes };
