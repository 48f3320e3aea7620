/**
 * Inflates single zip entries with the output capped at the size the central
 * directory declares. mammoth (through jszip) only notices a lying size after
 * inflating everything; inflating the XML parts here first, capped, turns a bomb
 * that understates its sizes into a DocxTooLargeError instead of an exhausted heap.
 */
import { inflateRawSync } from 'node:zlib';
import { CorruptDocxError, DocxTooLargeError } from './errors.ts';
import { entryNameForMessage, type ZipEntry } from './zip-guard.ts';

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;

/** The parts mammoth parses as XML: inflating these is what a bomb would exploit. */
export function isXmlPart(entry: ZipEntry): boolean {
  return /\.(xml|rels)$/i.test(entry.name);
}

/** The entry's bytes, inflated; throws when it inflates beyond its declared size. */
export function readZipPart(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) {
    throw new CorruptDocxError(`entry ${entryNameForMessage(entry.name)}: local header missing`);
  }
  // The local header repeats name and extra field with its own lengths (they may differ from the directory's).
  const start = at + LOCAL_HEADER_SIZE + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new CorruptDocxError(`entry ${entryNameForMessage(entry.name)}: data runs past the end of the file`);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);

  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) {
      throw new CorruptDocxError(`entry ${entryNameForMessage(entry.name)}: stored entry with differing sizes`);
    }
    return data;
  }
  try {
    // One byte of headroom: output reaching declared + 1 proves the declaration false.
    return inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (error) {
    if (isBufferTooLarge(error)) {
      throw new DocxTooLargeError(`entry ${entryNameForMessage(entry.name)} inflates beyond its declared ${entry.uncompressedSize} bytes`);
    }
    throw new CorruptDocxError(`entry ${entryNameForMessage(entry.name)}: cannot inflate (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Inflates every XML part (capped) and checks each matches its declared size.
 * Returns the parts named in `keep` (the rest are dropped at once to bound memory).
 */
export function verifyXmlParts(bytes: Uint8Array, entries: ZipEntry[], keep: ReadonlySet<string>): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (!isXmlPart(entry)) continue;
    const data = readZipPart(bytes, entry);
    if (data.length !== entry.uncompressedSize) {
      const problem = data.length > entry.uncompressedSize ? 'beyond' : 'short of';
      const ErrorClass = data.length > entry.uncompressedSize ? DocxTooLargeError : CorruptDocxError;
      throw new ErrorClass(`entry ${entryNameForMessage(entry.name)} inflates ${problem} its declared ${entry.uncompressedSize} bytes`);
    }
    if (keep.has(entry.name)) parts.set(entry.name, data);
  }
  return parts;
}

function isBufferTooLarge(error: unknown): boolean {
  return error instanceof RangeError && (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
}
