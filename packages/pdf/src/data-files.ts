/**
 * pdf.js's data files (CMaps for CJK fonts without a ToUnicode map, the 14 standard fonts,
 * its wasm decoders), read from pdfjs-dist's folders once per process and kept: pdf.js asks
 * for them again with every document, and a worker reads hundreds of documents.
 */
import { readFile } from 'node:fs/promises';

type Kind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl';

const cache = new Map<string, Promise<Uint8Array>>();

/** pdf.js's BinaryDataFactory (getDocument's `BinaryDataFactory` parameter), with a cache shared by every document of the process. */
export class CachedBinaryDataFactory {
  private readonly folders: Record<Kind, string | null>;

  constructor({ cMapUrl = null, standardFontDataUrl = null, wasmUrl = null }: { cMapUrl?: string | null; standardFontDataUrl?: string | null; wasmUrl?: string | null }) {
    this.folders = { cMapUrl, standardFontDataUrl, wasmUrl };
  }

  async fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
    const folder = this.folders[kind];
    // pdf.js names the files itself (CMap and font names from a fixed list); never a path.
    if (!folder || filename.includes('/') || filename.includes('\\') || filename.startsWith('.')) {
      throw new Error(`pdf.js asked for ${kind} data "${filename}", which is not one of its data files`);
    }
    const path = folder + filename;
    let bytes = cache.get(path);
    if (!bytes) {
      bytes = readFile(path).then((buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
      bytes.catch(() => cache.delete(path));
      cache.set(path, bytes);
    }
    // A copy: pdf.js may transfer what it is given to its worker side.
    return (await bytes).slice();
  }
}
