/**
 * Documents to serve in harvesting tests and the benchmark: the generated samples in
 * samples/ (committed; their origin is samples/README.md) and, where present on this
 * machine, the real Jiangsu disclosures in ../shared/real/jiangsu (never committed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandInputs } from '@budget/pipeline';
import type { FixtureFile } from './fixture-server.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const SAMPLES_DIR = resolve(REPO_ROOT, 'samples');
export const REAL_DIR = resolve(REPO_ROOT, '../shared/real/jiangsu');

export interface FixtureChoice {
  files: FixtureFile[];
  /** Where they came from, for messages. */
  origin: string;
}

/**
 * A few documents that are cheap to extract yet cover both formats and real tables: the
 * smallest table-rich PDF (over 100 KB) first, then the smallest DOCX and the smallest PDF,
 * then the rest by size. Empty when there are no documents.
 */
export async function cheapFixtureFiles(max: number): Promise<FixtureChoice> {
  const all = await fixtureFiles(Number.MAX_SAFE_INTEGER, { real: false });
  const source = all.files.length ? all : await fixtureFiles(Number.MAX_SAFE_INTEGER);
  const bySize = [...source.files].sort((a, b) => a.bytes.length - b.bytes.length);
  const pdfs = bySize.filter((f) => f.name.endsWith('.pdf'));
  const docx = bySize.filter((f) => f.name.endsWith('.docx'));
  const preferred = [pdfs.find((f) => f.bytes.length > 100_000), docx[0], pdfs[0]].filter((f): f is FixtureFile => f !== undefined);
  const chosen = [...new Set([...preferred, ...bySize])].slice(0, max);
  return { files: chosen, origin: `${chosen.map((f) => f.name).join(', ')} (of ${source.origin})` };
}

/** Up to `max` documents: samples first, then real ones. Empty when neither exists. */
export async function fixtureFiles(max: number, options: { real?: boolean } = {}): Promise<FixtureChoice> {
  const paths: string[] = [];
  const origins: string[] = [];
  for (const [dir, label] of [[SAMPLES_DIR, 'samples/'], ...(options.real === false ? [] : [[REAL_DIR, '../shared/real/jiangsu']])] as const) {
    if (!existsSync(dir)) continue;
    const found = (await expandInputs([dir])).filter((p) => /\.(pdf|docx)$/i.test(p) && !/\.scan\.pdf$/i.test(p));
    if (found.length === 0) continue;
    paths.push(...found);
    origins.push(`${found.length} from ${label}`);
  }
  const chosen = paths.slice(0, max);
  return { files: chosen.map((p) => ({ name: p.split('/').pop()!, bytes: new Uint8Array(readFileSync(p)) })), origin: origins.join(', ') || 'none' };
}
