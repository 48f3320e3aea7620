/**
 * Reads a dataset back (for golden tests and tools): the manifest, and every table's
 * rows from its JSONL twin, checked against the model's schemas. readCsvTable reads a
 * CSV itself, as strings, for tests of the CSV form.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { PriorYearStatement } from '@budget/model';
import { csvToRecords } from './csv-parse.ts';
import { parseJsonl } from './jsonl.ts';
import type { Manifest } from './manifest.ts';
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from './tables.ts';
import { MANIFEST_FILE } from './write-dataset.ts';
import type { PanelInput } from './panel.ts';
import { SPENDING_FILE, SpendingRow } from './spending.ts';

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

/** What `pnpm panel` reads of one dataset folder. */
export async function readPanelInput(dir: string): Promise<PanelInput> {
  const read = async (name: string) => parseJsonl(await readFile(join(dir, `${name}.jsonl`), 'utf8'));
  const documents = (await read('documents')).map((row) => TABLE_SCHEMAS.documents.parse(row));
  return {
    documents,
    budget_lines: (await read('budget_lines')).map((row) => TABLE_SCHEMAS.budget_lines.parse(row)),
    spending: (await read(SPENDING_FILE)).map((row) => SpendingRow.parse(row)),
    prior_year_statements: await readPriorYearStatements(dir, documents.map((doc) => doc.doc_id)),
  };
}

/** Last year's figures each document's prose implies, kept in its documents/<doc_id>.json. */
async function readPriorYearStatements(dir: string, docIds: readonly string[]): Promise<Map<string, PriorYearStatement[]>> {
  const statements = new Map<string, PriorYearStatement[]>();
  for (const docId of docIds) {
    const json = await readFile(join(dir, 'documents', `${docId}.json`), 'utf8').catch(() => null);
    if (!json) continue;
    const stated = (JSON.parse(json) as { prior_year_statements?: unknown[] }).prior_year_statements ?? [];
    statements.set(docId, stated.map((statement) => PriorYearStatement.parse(statement)));
  }
  return statements;
}
