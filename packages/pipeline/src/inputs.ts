/** Command-line inputs to a list of sources: files as given, directories walked for documents. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const DOCUMENT_EXTENSIONS = /\.(pdf|docx|doc|wps|xlsx|xls|et)$/i;

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) { out.push(input); continue; }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) out.push(...(await walk(input)));
    else out.push(input); // a missing file still gets its own failed row
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (DOCUMENT_EXTENSIONS.test(entry.name)) out.push(path);
  }
  return out;
}
