/** The format of a file from its bytes, never from its name. */
import type { Format } from '@budget/model';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, text: string, limit: number): boolean {
  const needle = Buffer.from(text, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).includes(needle);
}

export function sniffFormat(bytes: Uint8Array): Format {
  // PDF readers accept "%PDF-" anywhere in the first kilobyte (some files start with junk).
  if (contains(bytes, '%PDF-', 1024)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && contains(bytes, 'word/', 64 * 1024)) return 'docx';
  return 'unknown';
}

/** What an unknown file looks like, for a clear error message. */
export function describeUnknown(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'the file is empty';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'an old binary Office file (.doc/.xls/.wps); convert it to DOCX or PDF first';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive that is not a Word document';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').toLowerCase();
  if (head.includes('<html') || head.includes('<!doctype html')) return 'an HTML page, not a document';
  return 'neither a PDF nor a DOCX file';
}
