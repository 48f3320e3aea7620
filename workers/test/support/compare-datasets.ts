/**
 * Compares two datasets row for row: every CSV and JSONL data file, the per-document
 * JSON files and the manifest's inputs (created_at and timings naturally differ). Sources
 * listed in `except` are left out of documents.* and the inputs (their rows are checked
 * by the caller): they are downloads the queue path fails on purpose where `pnpm extract`
 * reads the bytes it got.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, TABLE_NAMES } from '@budget/emit';

export interface DatasetDifference {
  file: string;
  detail: string;
}

export function compareDatasets(a: string, b: string, except: ReadonlySet<string> = new Set()): DatasetDifference[] {
  const differences: DatasetDifference[] = [];
  for (const table of TABLE_NAMES) {
    const csvA = csvRows(join(a, `${table}.csv`), table === 'documents' ? except : null);
    const csvB = csvRows(join(b, `${table}.csv`), table === 'documents' ? except : null);
    diffLines(`${table}.csv`, csvA, csvB, differences);
    const jsonA = jsonlRows(join(a, `${table}.jsonl`), table === 'documents' ? except : null);
    const jsonB = jsonlRows(join(b, `${table}.jsonl`), table === 'documents' ? except : null);
    diffLines(`${table}.jsonl`, jsonA, jsonB, differences);
  }
  // Run-wide counts: the sources left out are failed downloads on the queue path, which contribute none.
  for (const file of ['coverage.csv', 'coverage.jsonl']) {
    diffLines(file, readFileSync(join(a, file), 'utf8').split('\n'), readFileSync(join(b, file), 'utf8').split('\n'), differences);
  }
  const docsA = readdirSync(join(a, 'documents')).sort();
  const docsB = readdirSync(join(b, 'documents')).sort();
  for (const name of new Set([...docsA, ...docsB])) {
    const textA = safeRead(join(a, 'documents', name));
    const textB = safeRead(join(b, 'documents', name));
    const source = (JSON.parse((textA ?? textB)!) as { document: { source: string } }).document.source;
    if (except.has(source)) continue;
    if (textA === null || textB === null) differences.push({ file: `documents/${name}`, detail: `only in ${textA === null ? b : a}` });
    else if (textA !== textB) differences.push({ file: `documents/${name}`, detail: 'differs' });
  }
  const inputs = (dir: string) => (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { inputs: Array<{ source: string }> }).inputs.filter((i) => !except.has(i.source));
  diffLines('manifest.json inputs', inputs(a).map((i) => JSON.stringify(i)), inputs(b).map((i) => JSON.stringify(i)), differences);
  return differences;
}

function csvRows(path: string, except: ReadonlySet<string> | null): string[] {
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const sourceColumn = rows[0]?.indexOf('source') ?? -1;
  return rows.filter((row, i) => i === 0 || !except || !except.has(row[sourceColumn]!)).map((row) => JSON.stringify(row));
}

function jsonlRows(path: string, except: ReadonlySet<string> | null): string[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).filter((line) => !except || !except.has((JSON.parse(line) as { source?: string }).source ?? ''));
}

function diffLines(file: string, a: string[], b: string[], out: DatasetDifference[]): void {
  if (a.length !== b.length) out.push({ file, detail: `${a.length} rows against ${b.length}` });
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      out.push({ file, detail: `row ${i} differs:\n  ${a[i]!.slice(0, 300)}\n  ${b[i]!.slice(0, 300)}` });
      return;
    }
  }
}

function safeRead(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
