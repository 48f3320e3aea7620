import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEADLINE_KEYS } from '@budget/model';
import { csvToRecords, DatasetValidationError, DatasetWriter, datasetColumns, readCsvTable, readDataset, withKeys, writeDataset, type TableName } from '../src/index.ts';
import { formatCell } from '../src/csv-write.ts';
import { parseJsonl } from '../src/jsonl.ts';
import { FAILED_ID, OK_ID, RUN, TRICKY_NAME, okDocument } from './fixtures/documents.ts';

/** The contract's columns, copied from shared/contract/DATASET.md on purpose: this test guards the contract. */
const CONTRACT: Record<TableName, string[]> = {
  documents: [
    'doc_id', 'source', 'format', 'pages', 'province', 'city', 'county', 'region_code', 'department', 'department_code',
    'year', 'kind', 'printed_unit', 'status', 'quality', 'error', 'income_total', 'expenditure_total', 'basic_total',
    'project_total', 'personnel_total', 'public_funds_total', 'three_public_total', 'three_public_overseas',
    'three_public_vehicle_purchase', 'three_public_vehicle_operation', 'three_public_reception', 'staff_authorized', 'staff_actual',
  ],
  budget_lines: [
    'doc_id', 'table', 'table_title', 'page', 'row', 'unit_code', 'unit_name', 'classification', 'item', 'code',
    'gov_economic_code', 'gov_economic_name', 'name', 'measure', 'amount_yuan', 'printed', 'repaired',
  ],
  projects: ['doc_id', 'code', 'name', 'unit_name', 'category', 'amount_yuan', 'page'],
  indicators: ['doc_id', 'project', 'level1', 'level2', 'level3', 'operator', 'value', 'unit', 'weight', 'page'],
  findings: ['doc_id', 'check', 'severity', 'table', 'page', 'code', 'expected', 'actual', 'message'],
};
const TABLES = Object.keys(CONTRACT) as TableName[];
const SCHEMA_NAMES = ['document', 'budget_line', 'project', 'indicator', 'finding', 'spending', 'coverage', 'canonical_document'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emit-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const text = (path: string) => readFile(join(dir, path), 'utf8');
const bytes = (path: string) => readFile(join(dir, path));

describe('writeDataset: layout', () => {
  it('writes every file of the contract', async () => {
    const result = await writeDataset(dir, RUN);
    const expected = [
      'manifest.json',
      ...TABLES.flatMap((t) => [`${t}.csv`, `${t}.jsonl`]),
      'coverage.csv',
      'coverage.jsonl',
      // The analysts' files (issue 13): spending in every format, typed copies, the data package and a README.
      'spending.csv',
      'spending.jsonl',
      ...[...TABLES, 'spending', 'coverage'].map((t) => `${t}.parquet`),
      'dataset.duckdb',
      'datapackage.json',
      'README.md',
      `documents/${OK_ID}.json`,
      `documents/${FAILED_ID}.json`,
      ...SCHEMA_NAMES.map((s) => `schema/${s}.json`),
    ];
    expect([...result.files].sort()).toEqual([...expected].sort());
    const onDisk = [
      ...(await readdir(dir)).filter((f) => f.includes('.')),
      ...(await readdir(join(dir, 'documents'))).map((f) => `documents/${f}`),
      ...(await readdir(join(dir, 'schema'))).map((f) => `schema/${f}`),
    ];
    expect(onDisk.sort()).toEqual([...expected].sort());
    expect(result.files.at(-1)).toBe('manifest.json');
  });

  it('writes the contract header of every CSV, extension columns after it', async () => {
    await writeDataset(dir, RUN);
    for (const table of TABLES) {
      const { header } = await readCsvTable(dir, table);
      expect(header.slice(0, CONTRACT[table].length)).toEqual(CONTRACT[table]);
      expect(header).toEqual([...datasetColumns[table]]);
      expect(header).not.toContain('provenance');
    }
    const { header } = await readCsvTable(dir, 'documents');
    for (const key of HEADLINE_KEYS) expect(header).toContain(key);
    expect(header.at(-1)).toBe('department_key');
  });

  it('writes the manifest with inputs, row counts matching both CSV and JSONL, and timings', async () => {
    const result = await writeDataset(dir, RUN);
    const manifest = JSON.parse(await text('manifest.json'));
    expect(manifest).toMatchObject({
      schema_version: '1',
      tool_version: '0.1.0-test',
      created_at: '2026-11-23T10:00:05.250Z',
      timings: { extract: 4000, emit: 250 },
      csv_bom: false,
    });
    expect(manifest.inputs).toEqual([
      { source: RUN.inputs[0]!.source, sha256: OK_ID, status: 'ok', error: null },
      { source: RUN.inputs[1]!.source, sha256: FAILED_ID, status: 'failed', error: RUN.inputs[1]!.error },
      { source: 'https://example.gov.cn/missing.pdf', sha256: null, status: 'failed', error: 'HTTP 404' },
    ]);
    expect(manifest.row_counts).toEqual(result.counts);
    expect(manifest.row_counts['budget_lines.csv']).toBe(3);
    for (const table of TABLES) {
      const csvRows = (await readCsvTable(dir, table)).rows.length;
      const jsonlRows = (await text(`${table}.jsonl`)).split('\n').filter(Boolean).length;
      expect(csvRows).toBe(manifest.row_counts[`${table}.csv`]);
      expect(jsonlRows).toBe(manifest.row_counts[`${table}.jsonl`]);
    }
    // Every listed file exists with the size the manifest records.
    for (const file of manifest.files) expect((await bytes(file.path)).length).toBe(file.bytes);
  });
});

describe('writeDataset: CSV content', () => {
  it('round-trips commas, quotes and line breaks through RFC 4180 quoting', async () => {
    await writeDataset(dir, RUN);
    const dataset = await readDataset(dir);
    for (const table of TABLES) {
      const { rows } = await readCsvTable(dir, table);
      const expected = dataset[table].map((row) =>
        Object.fromEntries(datasetColumns[table].map((c) => [c, formatCell((row as Record<string, unknown>)[c]) || null])),
      );
      expect(rows).toEqual(expected);
    }
    const lines = (await readCsvTable(dir, 'budget_lines')).rows;
    expect(lines[1]!.name).toBe(TRICKY_NAME);
    expect(await text('budget_lines.csv')).toContain('"一般公共服务,""支出""\n（含，逗号）"');
  });

  it('writes null as the empty cell, booleans as true/false, amounts exactly as stored', async () => {
    await writeDataset(dir, RUN);
    const documents = (await readCsvTable(dir, 'documents')).rows;
    expect(documents[0]!.income_total).toBe('123456789012345678.90');
    expect(documents[0]!.basic_total).toBeNull();
    expect(documents[0]!.quality).toBe('0.95');
    const lines = (await readCsvTable(dir, 'budget_lines')).rows;
    expect(lines.map((l) => l.repaired)).toEqual(['false', 'true', 'false']);
    expect(lines.map((l) => l.amount_yuan)).toEqual(['11038900.00', '11038900.00', '-0.50']);
    expect(lines[1]!.code).toBeNull();
  });

  it('keeps the failed document with its error', async () => {
    await writeDataset(dir, RUN);
    const failed = (await readCsvTable(dir, 'documents')).rows[1]!;
    expect(failed).toMatchObject({ doc_id: FAILED_ID, status: 'failed', format: 'docx', error: 'CorruptDocxError: no end of central directory record' });
  });

  it('adds the BOM only when asked, and never to JSON Lines', async () => {
    await writeDataset(dir, RUN);
    expect([...(await bytes('documents.csv')).subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    await writeDataset(dir, { ...RUN, bom: true });
    for (const table of TABLES) expect([...(await bytes(`${table}.csv`)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await text('documents.csv')).slice(1, 7)).toBe('doc_id');
    expect((await bytes('documents.jsonl'))[0]).toBe('{'.charCodeAt(0));
    expect(JSON.parse(await text('manifest.json')).csv_bom).toBe(true);
  });
});

describe('writeDataset: coverage.csv', () => {
  const unrecognised = {
    ...okDocument,
    findings: [
      ...okDocument.findings,
      { doc_id: OK_ID, check: 'map.table_unrecognised', severity: 'info' as const, table: null, page: 21, code: null, expected: '单位基本情况表', actual: '序号 | 单位', message: 'not mapped' },
      { doc_id: OK_ID, check: 'map.unknown_column', severity: 'warning' as const, table: 'three_public', page: 20, code: null, expected: '“三公”经费支出表', actual: '机关运行经费预算数', message: 'skipped' },
    ],
  };

  it('writes what was not understood, with counts and examples, listed in the manifest', async () => {
    const result = await writeDataset(dir, { ...RUN, documents: [unrecognised, RUN.documents[1]!] });
    const { header, rows } = await csvToRecords(await text('coverage.csv'));
    expect(header).toEqual(['what', 'text', 'table_kind', 'count', 'documents', 'example_doc_ids', 'example_sources', 'example_pages']);
    expect(rows).toEqual([
      { what: 'table_title', text: '单位基本情况表', table_kind: null, count: '1', documents: '1', example_doc_ids: OK_ID, example_sources: okDocument.document.source, example_pages: '21' },
      { what: 'column_header', text: '机关运行经费预算数', table_kind: 'three_public', count: '1', documents: '1', example_doc_ids: OK_ID, example_sources: okDocument.document.source, example_pages: '20' },
    ]);
    expect(parseJsonl(await text('coverage.jsonl'))).toEqual(result.coverage);
    const manifest = JSON.parse(await text('manifest.json'));
    expect(manifest.row_counts).toMatchObject({ 'coverage.csv': 2, 'coverage.jsonl': 2 });
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain('coverage.csv');
  });

  it('writes the header alone when everything was understood, with the BOM when asked', async () => {
    await writeDataset(dir, { ...RUN, bom: true });
    const raw = await bytes('coverage.csv');
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.subarray(3).toString('utf8')).toBe('what,text,table_kind,count,documents,example_doc_ids,example_sources,example_pages\n');
    expect(await text('coverage.jsonl')).toBe('');
  });
});

describe('writeDataset: JSON', () => {
  it('keeps provenance in the JSONL rows, CSV columns first', async () => {
    await writeDataset(dir, RUN);
    const first = JSON.parse((await text('budget_lines.jsonl')).split('\n')[0]!);
    expect(Object.keys(first)).toEqual([...datasetColumns.budget_lines, 'provenance']);
    expect(first.provenance).toEqual(okDocument.budget_lines[0]!.provenance);
  });

  it('writes each canonical document whole, as pretty JSON', async () => {
    await writeDataset(dir, RUN);
    const raw = await text(`documents/${OK_ID}.json`);
    expect(raw).toContain('\n  "document": {');
    // The record as given, plus the keys the writer fills in (line_id, department_key).
    const written = JSON.parse(raw);
    expect(written).toEqual(withKeys([okDocument])[0]);
    expect(written.document.department_key).toMatch(/^.+:.+$/);
    for (const line of written.budget_lines) expect(line.line_id).toMatch(/^[0-9a-f]{16}(-\d+)?$/);
  });

  it('writes JSON Schemas whose required keys every record has', async () => {
    await writeDataset(dir, RUN);
    const schemas = Object.fromEntries(
      await Promise.all(SCHEMA_NAMES.map(async (name) => [name, JSON.parse(await text(`schema/${name}.json`))])),
    );
    const records: Record<string, unknown[]> = {
      document: (await readDataset(dir)).documents,
      budget_line: (await readDataset(dir)).budget_lines,
      project: (await readDataset(dir)).projects,
      indicator: (await readDataset(dir)).indicators,
      finding: (await readDataset(dir)).findings,
      coverage: parseJsonl(await text('coverage.jsonl')),
      spending: parseJsonl(await text('spending.jsonl')),
      canonical_document: [JSON.parse(await text(`documents/${OK_ID}.json`)), JSON.parse(await text(`documents/${FAILED_ID}.json`))],
    };
    for (const name of SCHEMA_NAMES) {
      const schema = schemas[name];
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      for (const record of records[name]!) {
        const keys = Object.keys(record as object);
        for (const required of schema.required) expect(keys).toContain(required);
        if (schema.additionalProperties === false) for (const key of keys) expect(Object.keys(schema.properties)).toContain(key);
      }
    }
    expect(schemas.budget_line.properties.measure.description).toMatch(/basic_general_budget/);
    expect(schemas.canonical_document.properties.budget_lines.items.properties.measure.description).toMatch(/基本支出/);
  });
});

describe('writeDataset: safety', () => {
  it('is deterministic: the same run gives the same bytes', async () => {
    const other = await mkdtemp(join(tmpdir(), 'emit-test-'));
    try {
      const result = await writeDataset(dir, RUN);
      await writeDataset(other, RUN);
      for (const file of result.files) expect(await readFile(join(other, file))).toEqual(await bytes(file));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('rejects records that break the model before writing anything', async () => {
    const broken = { ...okDocument, budget_lines: [{ ...okDocument.budget_lines[0]!, amount_yuan: '1103.891' }] };
    const attempt = writeDataset(dir, { ...RUN, documents: [broken] });
    await expect(attempt).rejects.toThrow(DatasetValidationError);
    await expect(writeDataset(dir, { ...RUN, documents: [broken] })).rejects.toThrow(/budget_lines\.0\.amount_yuan/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects doc_ids that cannot be file names, and duplicates', async () => {
    const escaping = { ...okDocument, document: { ...okDocument.document, doc_id: '../evil' } };
    await expect(writeDataset(dir, { ...RUN, documents: [escaping] })).rejects.toMatchObject({ name: 'DatasetValidationError' });
    await expect(writeDataset(dir, { ...RUN, documents: [okDocument, okDocument] })).rejects.toThrow(/appears twice/);
  });

  it('replaces an existing dataset and leaves no temporary files', async () => {
    await writeDataset(dir, { ...RUN, bom: true });
    await writeDataset(dir, { ...RUN, documents: [okDocument] });
    const dataset = await readDataset(dir);
    expect(dataset.documents.map((d) => d.doc_id)).toEqual([OK_ID]);
    expect(await readdir(join(dir, 'documents'))).toEqual([`${OK_ID}.json`]);
    expect([...(await bytes('documents.csv')).subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const all = [...(await readdir(dir)), ...(await readdir(join(dir, 'documents'))), ...(await readdir(join(dir, 'schema')))];
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('DatasetWriter: a document at a time', () => {
  it('writes what writeDataset writes for the same documents', async () => {
    const other = await mkdtemp(join(tmpdir(), 'emit-test-'));
    try {
      const result = await writeDataset(dir, { ...RUN, bom: true });
      const writer = await DatasetWriter.open(other, { toolVersion: RUN.toolVersion, bom: true });
      for (const doc of RUN.documents) await writer.add(doc);
      const streamed = await writer.finish({ inputs: RUN.inputs, startedAt: RUN.startedAt, finishedAt: RUN.finishedAt, timings: RUN.timings ?? {} });
      expect(streamed.files).toEqual(result.files);
      expect(streamed.counts).toEqual(result.counts);
      for (const file of result.files.filter((f) => !/(manifest\.json|\.duckdb)$/.test(f))) {
        expect(await readFile(join(other, file)), file).toEqual(await bytes(file));
      }
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('refuses a bad document in the middle of a run, and abort() leaves the earlier dataset\'s data files', async () => {
    await writeDataset(dir, RUN);
    const before = await text('budget_lines.csv');
    const writer = await DatasetWriter.open(dir, { toolVersion: 'test', formats: ['csv', 'jsonl'] });
    await writer.add(okDocument);
    const broken = { ...okDocument, document: { ...okDocument.document, doc_id: 'f'.repeat(64) }, budget_lines: [{ ...okDocument.budget_lines[0]!, amount_yuan: '1.001' }] };
    await expect(writer.add(broken)).rejects.toThrow(/documents\[1\]\.budget_lines\.0\.amount_yuan/);
    await expect(writer.add(okDocument)).rejects.toThrow(/appears twice/);
    await writer.abort();
    expect(await text('budget_lines.csv')).toBe(before);
    // No manifest: the folder no longer holds one consistent run.
    expect(await readdir(dir)).not.toContain('manifest.json');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
