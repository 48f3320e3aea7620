/**
 * The command line's inputs to sources: URLs as given; directories walked for documents
 * exactly as `pnpm extract` walks them (same order, same spelling of paths); `.txt` files
 * read as lists, one URL or path per line (UTF-8 or GBK, `#` comments and blank lines
 * skipped); other files as themselves. A source keeps the spelling the user gave (it is
 * the dataset's `source`); its location is what a worker reads (paths made absolute).
 *
 * A list is somebody else's text: its lines must be http(s) URLs, or local paths under a
 * folder the operator named (`--root DIR`, config `sources.roots`), so that a list cannot
 * make the harvester read /etc/shadow or /proc/self/environ. Paths typed on the command
 * line are the operator's own and are read as given. Lists are read as streams, line by
 * line, so a huge list costs little memory; `checkSourceLists` reads them once first so a
 * bad line is one clear error before anything is queued.
 */
import { createReadStream } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { resolve, sep } from 'node:path';
import { displayLocation } from '@budget/model';
import { expandInputs } from '@budget/pipeline';
import { isUrl } from './fetch-source.ts';
import { decodeText } from './text-decoding.ts';

export interface Source {
  /** URL or path as given. */
  source: string;
  /** URL, or absolute path, that workers read. */
  location: string;
}

export interface SourceOptions {
  /** Folders from which a list may name local files (absolute or relative to `cwd`). Default none. */
  roots?: readonly string[];
  /** Where relative paths are taken from. Default `process.cwd()`. */
  cwd?: string;
}

/** A line of a URL list that is neither an http(s) URL nor a path under a permitted root. */
export class SourceListError extends Error {
  override readonly name = 'SourceListError';
}

const LIST = /\.txt$/i;

/** Every source, in order, repeats removed (the first position counts). */
export async function sourcesFromInputs(inputs: string[], options: SourceOptions = {}): Promise<Source[]> {
  const out: Source[] = [];
  for await (const source of streamSources(inputs, options)) out.push(source);
  return out;
}

/** Reads every list once, throwing SourceListError at the first line that is not acceptable. */
export async function checkSourceLists(inputs: string[], options: SourceOptions = {}): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const roots = await resolveRoots(options.roots ?? [], cwd);
  for (const input of inputs) {
    if (isUrl(input) || !LIST.test(input)) continue;
    for await (const { line, number } of listLines(resolve(cwd, input))) await checkLine(line, `${input} line ${number}`, roots, cwd);
  }
}

/** Sources one at a time (lists are streamed), repeats removed. */
export async function* streamSources(inputs: string[], options: SourceOptions = {}): AsyncGenerator<Source> {
  const cwd = options.cwd ?? process.cwd();
  const roots = await resolveRoots(options.roots ?? [], cwd);
  const seen = new Set<string>();
  const fresh = (s: Source) => (seen.has(s.source) ? false : (seen.add(s.source), true));
  for (const input of inputs) {
    if (!isUrl(input) && LIST.test(input)) {
      for await (const { line, number } of listLines(resolve(cwd, input))) {
        const where = `${input} line ${number}`;
        await checkLine(line, where, roots, cwd);
        if (isUrl(line)) {
          if (fresh(toSource(line, cwd))) yield toSource(line, cwd);
          continue;
        }
        for (const path of await expandInputs([line])) {
          await checkUnderRoots(path, where, roots, cwd); // a walked folder may hold links that lead out
          if (fresh(toSource(path, cwd))) yield toSource(path, cwd);
        }
      }
    } else {
      for (const path of await expandInputs([input])) if (fresh(toSource(path, cwd))) yield toSource(path, cwd);
    }
  }
}

async function* listLines(path: string): AsyncGenerator<{ line: string; number: number }> {
  // latin1 keeps every byte as one character, so each line can be decoded on its own
  // (UTF-8 or GBK: neither uses the byte 0x0A inside a character).
  const reader = createInterface({ input: createReadStream(path, { encoding: 'latin1' }), crlfDelay: Infinity });
  let number = 0;
  for await (const raw of reader) {
    number++;
    const line = decodeText(new Uint8Array(Buffer.from(raw, 'latin1'))).trim();
    if (line && !line.startsWith('#')) yield { line, number };
  }
}

async function checkLine(line: string, where: string, roots: string[], cwd: string): Promise<void> {
  if (/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(line)) throw new SourceListError(`${where}: not a URL or a path (control or undecodable characters): ${quote(line)}`);
  if (isUrl(line)) {
    if (!/^https?:\/\//i.test(line) || !URL.canParse(line)) throw new SourceListError(`${where}: ${quote(line)} is not an http(s) URL`);
    return;
  }
  if (roots.length === 0) {
    throw new SourceListError(`${where}: ${quote(line)} is a local path; a URL list may name local files only under a folder given with --root DIR (config sources.roots)`);
  }
  await checkUnderRoots(line, where, roots, cwd);
}

async function checkUnderRoots(path: string, where: string, roots: string[], cwd: string): Promise<void> {
  const absolute = resolve(cwd, path);
  // Links are followed before comparing: a link under the root may point anywhere.
  const real = await realpath(absolute).catch(() => absolute);
  if (!roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep))) {
    throw new SourceListError(`${where}: ${quote(path)} is not under ${roots.length === 1 ? 'the folder' : 'any of the folders'} given with --root (${roots.join(', ')})`);
  }
}

async function resolveRoots(roots: readonly string[], cwd: string): Promise<string[]> {
  return Promise.all(roots.map(async (root) => realpath(resolve(cwd, root)).catch(() => resolve(cwd, root))));
}

function quote(text: string): string {
  const shown = displayLocation(text);
  return JSON.stringify(shown.length > 80 ? `${shown.slice(0, 77)}…` : shown);
}

function toSource(source: string, cwd: string): Source {
  return { source, location: isUrl(source) ? source : resolve(cwd, source) };
}
