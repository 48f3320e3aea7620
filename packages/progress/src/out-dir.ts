/**
 * An output directory checked before any work starts, so that a typo in `--out` costs a
 * line, not a run that fails at its last step. Nothing is created here.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './command-line.ts';

/** `dir` when it is a writable directory or could be created as one; a UsageError naming `flag` otherwise. */
export async function checkOutDir(dir: string, flag = '--out'): Promise<string> {
  const target = resolve(dir);
  // The nearest part of the path that exists decides: it must be a directory we may write in.
  for (let path = target; ; path = dirname(path)) {
    const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw new UsageError(`${flag} ${dir} cannot be used (${error.code ?? error.message})`);
    });
    if (!stats) continue;
    if (!stats.isDirectory()) {
      throw new UsageError(path === target ? `${flag} ${dir} is a file, not a directory` : `${flag} ${dir} cannot be created: ${path} is a file`);
    }
    const writable = await access(path, constants.W_OK).then(() => true, () => false);
    if (!writable) throw new UsageError(`${flag} ${dir} cannot be ${path === target ? 'written' : 'created'}: ${path} is not writable`);
    return dir;
  }
}
