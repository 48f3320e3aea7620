/**
 * Writes a file so a reader (or a crash) never sees half of it: write a temporary file
 * beside the target, flush it to disk, rename it over the target (atomic on POSIX).
 */
import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    // The write's own failure is the one to report; a failed clean-up rides along on it.
    await removeIfPresent(temporary).catch((cleanupError: unknown) => {
      if (error instanceof Error) Object.assign(error, { suppressed: cleanupError });
    });
    throw error;
  }
}

/** Flushes a directory's entries (the renames) to disk. */
export async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function removeIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
