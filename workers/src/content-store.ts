/**
 * Files by content: raw downloads under `raw/<aa>/<sha256>` (a file fetched twice is
 * stored once) and canonical records under `records/<aa>/<sha256>-<source key>.json`.
 * A record depends on the bytes and on the source (the pipeline reads metadata such as
 * the department from the file name), so it is keyed by both. Every write is atomic
 * (temporary file, fsync, rename): a crash or a retry never leaves half a file, and a
 * retry overwrites with the same content instead of adding a second copy.
 */
import { writeFileAtomic } from '@budget/emit';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { CanonicalDocument } from '@budget/model';
import { sourceKey } from './names.ts';

/** A stored record with what produced it; a different fingerprint means "extract again". */
export const RecordEnvelope = z.object({
  sha256: z.string(),
  source: z.string(),
  fingerprint: z.string(),
  record: z.custom<CanonicalDocument>((value) => typeof value === 'object' && value !== null),
});
export type RecordEnvelope = z.infer<typeof RecordEnvelope>;

export class ContentStore {
  /** @param dir absolute storage directory (config `storage.dir`). */
  constructor(readonly dir: string) {}

  static sha256(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  static recordKey(sha256: string, source: string): string {
    return `${sha256}-${sourceKey(source)}`;
  }

  rawPath(sha256: string): string {
    return join(this.dir, 'raw', sha256.slice(0, 2), sha256);
  }

  recordPath(recordKey: string): string {
    return join(this.dir, 'records', recordKey.slice(0, 2), `${recordKey}.json`);
  }

  async hasRaw(sha256: string): Promise<boolean> {
    return exists(this.rawPath(sha256));
  }

  /** Stores the bytes unless a file with the same hash is already there; returns the hash. */
  async putRaw(bytes: Uint8Array): Promise<{ sha256: string; stored: boolean }> {
    const sha256 = ContentStore.sha256(bytes);
    const path = this.rawPath(sha256);
    if (await exists(path)) return { sha256, stored: false };
    await writeAtomic(path, bytes);
    return { sha256, stored: true };
  }

  /** Folder for downloads in progress: inside the store, so a finished one is renamed into place. */
  get incomingDir(): string {
    return join(this.dir, 'incoming');
  }

  /**
   * Moves a finished download (a file under `incomingDir`) into the store by its hash,
   * read as a stream so a large file never sits in memory; a copy already stored wins.
   */
  async putRawFile(file: string): Promise<{ sha256: string; stored: boolean }> {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    const sha256 = hash.digest('hex');
    const path = this.rawPath(sha256);
    if (await exists(path)) {
      await unlink(file);
      return { sha256, stored: false };
    }
    const handle = await open(file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await mkdir(dirname(path), { recursive: true });
    await rename(file, path);
    return { sha256, stored: true };
  }

  /** The first `length` bytes of a stored file (enough to sniff its format). */
  async readRawHead(sha256: string, length = 64 * 1024): Promise<Uint8Array> {
    const handle = await open(this.rawPath(sha256), 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return new Uint8Array(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  }

  async readRaw(sha256: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.rawPath(sha256)));
  }

  /** The stored record, or null when there is none (or it cannot be read as one). */
  async readRecord(recordKey: string): Promise<RecordEnvelope | null> {
    let text: string;
    try {
      text = await readFile(this.recordPath(recordKey), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // Atomic writes make this unlikely; treat an unreadable record as absent so it is rebuilt.
      console.error(`content-store: ignoring unreadable record ${recordKey}: ${(error as Error).message}`);
      return null;
    }
    const parsed = RecordEnvelope.safeParse(json);
    return parsed.success ? parsed.data : null;
  }

  async putRecord(recordKey: string, envelope: RecordEnvelope): Promise<void> {
    await writeAtomic(this.recordPath(recordKey), JSON.stringify(envelope));
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** The dataset writer's atomic write (temporary file, flush, rename), after making the folder. */
async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, data);
}
