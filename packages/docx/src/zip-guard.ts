/**
 * Reads a zip's central directory without inflating anything, and rejects archives
 * that would inflate beyond a limit (decompression bombs) before mammoth opens them.
 *
 * Layout (APPNOTE.TXT): the End Of Central Directory record (EOCD) sits in the last
 * 22 + 65535 bytes; it points at the central directory, one header per entry with
 * the declared sizes. ZIP64 archives keep the real values in a ZIP64 EOCD record
 * and in a per-entry extra field.
 *
 * The declared sizes can lie; zip-parts.ts checks them while inflating the parts
 * mammoth reads, with the inflater's output capped at the declared size.
 */
import { printable } from '@budget/model';
import { CorruptDocxError, DocxTooLargeError } from './errors.ts';

export interface ZipLimits {
  /** Sum of declared uncompressed sizes allowed. */
  maxUncompressedBytes: number;
  /** Entries allowed in one archive. */
  maxEntries: number;
  /** Declared uncompressed / compressed size allowed for one entry larger than `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Entries smaller than this skip the ratio check (tiny XML parts compress absurdly well). */
  ratioFloorBytes: number;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  totalUncompressedBytes: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
/** Encrypted Office files and legacy .doc are OLE compound files, not zips. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Longest entry name a message quotes in full. */
const MESSAGE_NAME_CHARS = 80;

/**
 * An entry's name fit for an error message: one printable line, shortened. A damaged name
 * length makes the "name" run on into the rest of the directory, binary and all.
 */
export function entryNameForMessage(name: string): string {
  const line = printable(name);
  return line.length > MESSAGE_NAME_CHARS ? `${line.slice(0, MESSAGE_NAME_CHARS)}… (${name.length} characters)` : line;
}

/** Reads and checks the central directory; throws CorruptDocxError or DocxTooLargeError. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits): ZipDirectory {
  if (bytes.length === 0) throw new CorruptDocxError('empty file: not a DOCX');
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new CorruptDocxError('an OLE compound file (encrypted DOCX or legacy .doc), not a zip');
  }
  if (bytes.length < EOCD_SIZE) throw new CorruptDocxError(`${bytes.length} bytes: too short to be a zip`);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new CorruptDocxError('no end of central directory record: not a zip, or truncated');

  const { entryCount, directoryOffset, directorySize, directoryEnd } = readDirectoryLocation(view, eocd);
  if (entryCount > limits.maxEntries) {
    throw new DocxTooLargeError(`zip declares ${entryCount} entries (limit ${limits.maxEntries})`);
  }
  if (directoryOffset + directorySize > directoryEnd) {
    throw new CorruptDocxError('central directory lies outside the file');
  }

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    const { next, ...entry } = readCentralHeader(view, p, directoryEnd);
    checkEntry(entry, bytes.length, limits);
    // Part names are case-insensitive (OPC): two entries under one name leave it to each
    // reader which copy is the document, so what we read could differ from what Word shows.
    const key = entry.name.toLowerCase();
    if (names.has(key)) throw new CorruptDocxError(`entry ${entryNameForMessage(entry.name)} appears twice in the zip`);
    names.add(key);
    total += entry.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw new DocxTooLargeError(`zip declares more than ${limits.maxUncompressedBytes} bytes uncompressed (limit)`);
    }
    entries.push(entry);
    p = next;
  }
  return { entries, totalUncompressedBytes: total };
}

/** Offset of the last EOCD signature whose comment fits the file, or -1. */
function findEocd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let i = view.byteLength - EOCD_SIZE; i >= lowest; i--) {
    if (view.getUint32(i, true) !== EOCD_SIGNATURE) continue;
    const commentLength = view.getUint16(i + 20, true);
    if (i + EOCD_SIZE + commentLength <= view.byteLength) return i;
  }
  return -1;
}

function readDirectoryLocation(view: DataView, eocd: number) {
  const disk = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  let entryCount = view.getUint16(eocd + 10, true);
  let directorySize = view.getUint32(eocd + 12, true);
  let directoryOffset = view.getUint32(eocd + 16, true);
  let directoryEnd = eocd;

  const needsZip64 = entryCount === U16_MAX || directorySize === U32_MAX || directoryOffset === U32_MAX;
  if (needsZip64) {
    const locator = eocd - ZIP64_LOCATOR_SIZE;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) {
      throw new CorruptDocxError('ZIP64 values without a ZIP64 locator');
    }
    const record = safeU64(view, locator + 8, 'ZIP64 record offset');
    if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
      throw new CorruptDocxError('ZIP64 end of central directory record missing');
    }
    entryCount = safeU64(view, record + 32, 'entry count');
    directorySize = safeU64(view, record + 40, 'central directory size');
    directoryOffset = safeU64(view, record + 48, 'central directory offset');
    directoryEnd = record;
  } else if (disk !== 0 || directoryDisk !== 0) {
    throw new CorruptDocxError('multi-volume zip archives are not supported');
  }
  return { entryCount, directoryOffset, directorySize, directoryEnd };
}

function readCentralHeader(view: DataView, p: number, directoryEnd: number): ZipEntry & { next: number } {
  if (p + CENTRAL_HEADER_SIZE > directoryEnd || view.getUint32(p, true) !== CENTRAL_HEADER_SIGNATURE) {
    throw new CorruptDocxError(`broken central directory header at byte ${p}`);
  }
  const flags = view.getUint16(p + 8, true);
  const method = view.getUint16(p + 10, true);
  let compressedSize = view.getUint32(p + 20, true);
  let uncompressedSize = view.getUint32(p + 24, true);
  const nameLength = view.getUint16(p + 28, true);
  const extraLength = view.getUint16(p + 30, true);
  const commentLength = view.getUint16(p + 32, true);
  let localHeaderOffset = view.getUint32(p + 42, true);
  const next = p + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  if (next > directoryEnd) throw new CorruptDocxError(`central directory header at byte ${p} overruns the directory`);

  const nameBytes = new Uint8Array(view.buffer, view.byteOffset + p + CENTRAL_HEADER_SIZE, nameLength);
  // Bit 11 = UTF-8 names; others are CP437, which only matters for messages here.
  const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
  if (flags & 0x1) throw new CorruptDocxError(`entry ${entryNameForMessage(name)} is encrypted`);

  if (uncompressedSize === U32_MAX || compressedSize === U32_MAX || localHeaderOffset === U32_MAX) {
    // The ZIP64 extra field holds, in this order, only the values that overflowed.
    const extra = p + CENTRAL_HEADER_SIZE + nameLength;
    const field = findExtraField(view, extra, extra + extraLength, ZIP64_EXTRA_ID);
    if (!field) throw new CorruptDocxError(`entry ${entryNameForMessage(name)} lacks its ZIP64 sizes`);
    let q = field.start;
    const take = (what: string) => {
      if (q + 8 > field.end) throw new CorruptDocxError(`entry ${entryNameForMessage(name)}: ZIP64 field too short for ${what}`);
      const value = safeU64(view, q, what);
      q += 8;
      return value;
    };
    if (uncompressedSize === U32_MAX) uncompressedSize = take('uncompressed size');
    if (compressedSize === U32_MAX) compressedSize = take('compressed size');
    if (localHeaderOffset === U32_MAX) localHeaderOffset = take('local header offset');
  }
  return { name, method, compressedSize, uncompressedSize, localHeaderOffset, next };
}

function findExtraField(view: DataView, start: number, end: number, id: number) {
  for (let p = start; p + 4 <= end; ) {
    const fieldId = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (fieldId === id) return { start: p + 4, end: Math.min(p + 4 + size, end) };
    p += 4 + size;
  }
  return null;
}

function checkEntry(entry: ZipEntry, fileLength: number, limits: ZipLimits): void {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new CorruptDocxError(`entry ${entryNameForMessage(entry.name)} uses compression method ${entry.method} (only stored and deflate)`);
  }
  if (entry.localHeaderOffset + LOCAL_HEADER_SIZE > fileLength || entry.compressedSize > fileLength) {
    throw new CorruptDocxError(`entry ${entryNameForMessage(entry.name)} points outside the file`);
  }
  if (entry.uncompressedSize > limits.maxUncompressedBytes) {
    throw new DocxTooLargeError(
      `entry ${entryNameForMessage(entry.name)} declares ${entry.uncompressedSize} bytes uncompressed (limit ${limits.maxUncompressedBytes})`,
    );
  }
  if (entry.uncompressedSize >= limits.ratioFloorBytes) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > limits.maxCompressionRatio) {
      throw new DocxTooLargeError(
        `entry ${entryNameForMessage(entry.name)} declares a compression ratio of ${Math.round(ratio)}:1 (limit ${limits.maxCompressionRatio}:1)`,
      );
    }
  }
}

/** A little-endian u64 as a number; values beyond 2^53 cannot be real offsets or sizes here. */
function safeU64(view: DataView, offset: number, what: string): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new DocxTooLargeError(`zip declares an absurd ${what} (${value})`);
  return Number(value);
}
