/**
 * A hash of the pipeline's source code (every packages/<name>/src), part of every stored record's
 * fingerprint: after a change to the extraction or mapping code, a harvest extracts again
 * instead of reusing records the old code made, even when the version number was not bumped.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = fileURLToPath(new URL('../../packages', import.meta.url));

export function pipelineCodeHash(root = PACKAGES): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(root)) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs|js|json)$/.test(entry.name)) out.push(path);
    }
  };
  for (const pkg of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const src = join(root, pkg, 'src');
    try {
      walk(src);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // a package without src/
    }
  }
  return out;
}
