/**
 * The command line's inputs to sources: URLs as given; directories walked for documents
 * exactly as `pnpm extract` walks them (same order, same spelling of paths); `.txt` files
 * read as lists, one URL or path per line (UTF-8 or GBK, `#` comments and blank lines
 * skipped); other files as themselves. A source keeps the spelling the user gave (it is
 * the dataset's `source`); its location is what a worker reads (paths made absolute).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expandInputs } from '@budget/pipeline';
import { isUrl } from './fetch-source.ts';
import { decodeText } from './text-decoding.ts';

export interface Source {
  /** URL or path as given. */
  source: string;
  /** URL, or absolute path, that workers read. */
  location: string;
}

export async function sourcesFromInputs(inputs: string[], cwd = process.cwd()): Promise<Source[]> {
  const out: Source[] = [];
  for (const input of inputs) {
    if (!isUrl(input) && /\.txt$/i.test(input)) out.push(...(await sourcesFromList(resolve(cwd, input), cwd)));
    else out.push(...(await expandInputs([input])).map((source) => toSource(source, cwd)));
  }
  return dedupe(out);
}

async function sourcesFromList(path: string, cwd: string): Promise<Source[]> {
  const text = decodeText(new Uint8Array(await readFile(path)));
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const out: Source[] = [];
  for (const line of lines) out.push(...(isUrl(line) ? [toSource(line, cwd)] : (await expandInputs([line])).map((s) => toSource(s, cwd))));
  return out;
}

function toSource(source: string, cwd: string): Source {
  return { source, location: isUrl(source) ? source : resolve(cwd, source) };
}

/** A source listed twice is one document (the first position counts). */
function dedupe(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.source) ? false : (seen.add(s.source), true)));
}
