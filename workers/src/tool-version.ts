/** The project's version (root package.json), written into manifests and record fingerprints. */
import { readFileSync } from 'node:fs';

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
