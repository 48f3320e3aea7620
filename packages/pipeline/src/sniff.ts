/** The format of a file from its bytes, never from its name. */
import type { Format } from '@budget/model';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, text: string, limit: number, encoding: BufferEncoding = 'latin1'): boolean {
  const needle = Buffer.from(text, encoding);
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).includes(needle);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound files: legacy .doc / .xls, WPS .wps / .et, and encrypted OOXML. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFormat(bytes: Uint8Array): Format {
  // PDF readers accept "%PDF-" anywhere in the first kilobyte (some files start with junk).
  if (contains(bytes, '%PDF-', 1024)) return 'pdf';
  if (startsWith(bytes, ZIP) && contains(bytes, 'word/', 64 * 1024)) return 'docx';
  if (startsWith(bytes, ZIP) && contains(bytes, 'xl/', 64 * 1024)) return 'xlsx';
  if (startsWith(bytes, OLE)) return oleFormat(bytes);
  return 'unknown';
}

/**
 * Which legacy Office file an OLE container is, from its directory's stream names (UTF-16):
 * Word and WPS Writer keep `WordDocument`, Excel and WPS Spreadsheets `Workbook` (or `Book`
 * before Excel 97). An `EncryptedPackage` stream is a password-protected DOCX/XLSX.
 */
function oleFormat(bytes: Uint8Array): Format {
  const limit = bytes.length;
  if (contains(bytes, 'EncryptedPackage', limit, 'utf16le')) return 'unknown';
  if (contains(bytes, 'WordDocument', limit, 'utf16le')) return 'doc';
  if (contains(bytes, 'Workbook', limit, 'utf16le') || contains(bytes, 'Book\u0000', limit, 'utf16le')) return 'xls';
  return 'unknown';
}

/** What an unknown file looks like, for a clear error message. */
export function describeUnknown(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'the file is empty';
  if (startsWith(bytes, OLE)) {
    return contains(bytes, 'EncryptedPackage', bytes.length, 'utf16le')
      ? 'a password-protected Office file'
      : 'an OLE compound file that is neither a Word nor an Excel document';
  }
  if (startsWith(bytes, ZIP)) return 'a ZIP archive that is not a Word document or an Excel workbook';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').toLowerCase();
  if (head.includes('<html') || head.includes('<!doctype html')) return 'an HTML page, not a document';
  return 'neither a PDF nor a DOCX, XLSX, DOC or XLS file';
}
