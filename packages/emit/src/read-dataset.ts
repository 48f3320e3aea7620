/**
 * Reads a dataset back (for golden tests and tools): the manifest, and every table's
 * rows from its JSONL twin, checked against the model's schemas. readCsvTable reads a
 * CSV itself, as strings, for tests of the CSV form.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { csvToRecords } from './csv-parse.ts';
import { parseJsonl } from './jsonl.ts';
import type { Manifest } from './manifest.ts';
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from './tables.ts';
import { MANIFEST_FILE } from './write-dataset.ts';

export type DatasetTables = { [T in TableName]: z.infer<(typeof TABLE_SCHEMAS)[T]>[] };

export interface Dataset extends DatasetTables {
  manifest: Manifest;
}

export async function readDataset(outDir: string): Promise<Dataset> {
  const manifest = JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')) as Manifest;
  const tables = {} as Record<TableName, unknown[]>;
  for (const table of TABLE_NAMES) {
    const rows = parseJsonl(await readFile(join(outDir, `${table}.jsonl`), 'utf8'));
    tables[table] = rows.map((row) => TABLE_SCHEMAS[table].parse(row));
  }
  return { manifest, ...(tables as DatasetTables) };
}

/** One CSV as its header and rows keyed by column (empty cell = null, everything else a string). */
export async function readCsvTable(outDir: string, table: TableName) {
  return csvToRecords(await readFile(join(outDir, `${table}.csv`), 'utf8'));
}
