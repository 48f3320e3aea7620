/**
 * Issue 13, the analysts' outputs, over a dataset of real sample files: typed Parquet and
 * DuckDB, the data package checked against the Table Schema rules, unique line_ids,
 * department keys, and spending that sums to each document's total.
 *
 * The data package is checked by the rules of the Frictionless spec we can state (no
 * maintained validator is installable here: python frictionless needs PyPI, the npm
 * `datapackage` package is the unmaintained v1 library): every resource's path exists, its
 * CSV header is its fields in order, required fields are filled, values parse as their
 * type, primary keys are unique, foreign keys resolve.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvToRecords, departmentKey, DUCKDB_VIEWS } from '@budget/emit';
import { runExtraction } from '@budget/pipeline';

const SAMPLES = ['A-1-dalian-xigang-2025.docx', 'A-2-dalian-zhongshan-2023.docx', 'B-1-luoyang-xigong-2025.docx', 'C-1-shijiazhuang-qiaoxi-2024.docx'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'analysts-'));
  await runExtraction(SAMPLES.map((name) => join('samples', name)), { out: dir, toolVersion: 'test', isolate: false });
}, 240_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const csv = async (name: string) => csvToRecords(await readFile(join(dir, name), 'utf8'));

async function query(sql: string, path = ':memory:'): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('department_key', () => {
  const jiangsu = { region_code: '320000', province: '江苏省', city: null, county: null };
  it('gives one key to the spellings of one department', () => {
    const keys = ['江苏省委办公厅', '中共江苏省委办公厅', '中国共产党江苏省委员会办公厅', '省委办公厅（本级）', '江苏省委办公厅 本级']
      .map((department) => departmentKey({ ...jiangsu, department }));
    expect(new Set(keys)).toEqual(new Set(['320000:委办公厅']));
    expect(departmentKey({ ...jiangsu, department: '江苏省人大常委会办公厅' })).toBe(departmentKey({ ...jiangsu, department: '江苏省人大办公厅' }));
    expect(departmentKey({ ...jiangsu, department: '省检察院' })).toBe(departmentKey({ ...jiangsu, department: '江苏省人民检察院' }));
    const xihu = { region_code: '360103', province: '江西省', city: '南昌市', county: '西湖区' };
    expect(departmentKey({ ...xihu, department: '南昌市西湖区人民政府办公室' })).toBe(departmentKey({ ...xihu, department: '西湖区人民政府办公厅' }));
  });
  it('keeps different departments and regions apart', () => {
    expect(departmentKey({ ...jiangsu, department: '江苏省政协办公厅' })).not.toBe(departmentKey({ ...jiangsu, department: '江苏省委办公厅' }));
    expect(departmentKey({ ...jiangsu, region_code: '320100', department: '江苏省委办公厅' })).not.toBe(departmentKey({ ...jiangsu, department: '江苏省委办公厅' }));
  });
});

describe('typed outputs', () => {
  it('types the Parquet columns: amounts exact decimals, integers, booleans', async () => {
    const columns = await query(`DESCRIBE SELECT * FROM read_parquet('${join(dir, 'budget_lines.parquet')}')`);
    const type = (name: string) => columns.find((column) => column.column_name === name)?.column_type;
    expect(type('amount_yuan')).toMatch(/^DECIMAL\(\d+,2\)$/);
    expect(type('row')).toBe('INTEGER');
    expect(type('repaired')).toBe('BOOLEAN');
    const documents = await query(`DESCRIBE SELECT * FROM read_parquet('${join(dir, 'documents.parquet')}')`);
    expect(documents.find((column) => column.column_name === 'year')?.column_type).toBe('INTEGER');
    // The same figures as the CSV, to the fen.
    const [sum] = await query(`SELECT sum(amount_yuan)::VARCHAR AS total FROM read_parquet('${join(dir, 'budget_lines.parquet')}')`);
    const { rows } = await csv('budget_lines.csv');
    expect(sum!.total).toBe(rows.reduce((total, row) => total.plus(row.amount_yuan!), new Decimal(0)).toFixed(2));
  });

  it('opens dataset.duckdb and runs every view', async () => {
    for (const view of Object.keys(DUCKDB_VIEWS)) {
      const [count] = await query(`SELECT count(*) AS n FROM ${view}`, join(dir, 'dataset.duckdb'));
      expect(Number(count!.n), view).toBeGreaterThan(0);
    }
  });

  // .ci/run installs pandas and pyarrow into .cache/py-analysis (scripts/ensure-python-analysis.sh).
  const python = [join('.cache', 'py-analysis', 'bin', 'python'), 'python3']
    .find((candidate) => spawnSync(candidate, ['-c', 'import pandas, pyarrow'], { encoding: 'utf8' }).status === 0);
  it.skipIf(!python)('reads every Parquet file in pandas with exact decimals, integer years and booleans (skipped without pandas/pyarrow)', () => {
    const script = [
      'import pandas as pd, sys, json',
      'out = {}',
      'for name in sys.argv[1:]:',
      '    frame = pd.read_parquet(name)',
      '    for column in frame.columns:',
      '        values = frame[column].dropna()',
      '        if len(values): out[name.split("/")[-1] + ":" + column] = type(values.iloc[0]).__name__',
      'print(json.dumps(out))',
    ].join('\n');
    const files = ['budget_lines', 'documents', 'spending'].map((name) => join(dir, `${name}.parquet`));
    const types = JSON.parse(execFileSync(python!, ['-c', script, ...files], { encoding: 'utf8' })) as Record<string, string>;
    expect(types['budget_lines.parquet:amount_yuan']).toBe('Decimal');
    expect(types['spending.parquet:amount_yuan']).toBe('Decimal');
    expect(types['documents.parquet:expenditure_total']).toBe('Decimal');
    expect(types['documents.parquet:year']).toMatch(/^(int|int32|int64)$/);
    expect(types['spending.parquet:top']).toMatch(/^(bool|bool_)$/);
  });
  if (!python) console.warn('analysts.test: no python with pandas/pyarrow here (bash scripts/ensure-python-analysis.sh installs them); the pandas check is skipped');
});

describe('datapackage.json', () => {
  interface TableField { name: string; type: string; constraints?: { required?: boolean } }
  interface Resource { name: string; path: string; schema: { fields: TableField[]; primaryKey?: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }

  // The Frictionless validator itself where a Python has it (pip install frictionless, or
  // FRICTIONLESS_PYTHON naming one; scripts/ensure-python-analysis.sh tries to install it).
  const frictionless = [process.env.FRICTIONLESS_PYTHON, join('.cache', 'py-analysis', 'bin', 'python'), 'python3']
    .find((candidate) => candidate && spawnSync(candidate, ['-c', 'import frictionless'], { encoding: 'utf8' }).status === 0);
  it.skipIf(!frictionless)('passes `frictionless validate` (skipped where no Python has frictionless)', () => {
    const run = spawnSync(frictionless!, ['-m', 'frictionless', 'validate', '--json', 'datapackage.json'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
    const report = JSON.parse(run.stdout) as { valid: boolean; tasks: { name: string; valid: boolean; errors: { message: string }[] }[] };
    expect(report.tasks.filter((task) => !task.valid).map((task) => [task.name, task.errors.slice(0, 3).map((e) => e.message)])).toEqual([]);
    expect(report.valid).toBe(true);
  });
  if (!frictionless) console.warn('analysts.test: no Python with frictionless here; `frictionless validate` is not run (the spec rules below still are)');

  it('describes every CSV as the Table Schema rules require', async () => {
    const pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as { profile: string; resources: Resource[] };
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((resource) => resource.name).sort()).toEqual(
      ['budget_lines', 'coverage', 'documents', 'findings', 'indicators', 'projects', 'spending'],
    );
    const tables = new Map<string, Record<string, string | null>[]>();
    for (const resource of pkg.resources) {
      const { header, rows } = await csv(resource.path);
      expect(header, resource.name).toEqual(resource.schema.fields.map((field) => field.name));
      tables.set(resource.name, rows);
      for (const field of resource.schema.fields) {
        for (const row of rows) {
          const value = row[field.name];
          if (value === null) {
            expect(field.constraints?.required, `${resource.name}.${field.name} is required`).not.toBe(true);
            continue;
          }
          expect(parses(field.type, value), `${resource.name}.${field.name} = ${value} as ${field.type}`).toBe(true);
        }
      }
      if (resource.schema.primaryKey) {
        const keys = rows.map((row) => JSON.stringify(resource.schema.primaryKey!.map((name) => row[name])));
        expect(new Set(keys).size, `${resource.name} primary key`).toBe(keys.length);
      }
    }
    for (const resource of pkg.resources) {
      for (const foreign of resource.schema.foreignKeys ?? []) {
        const targets = new Set(tables.get(foreign.reference.resource)!.map((row) => row[foreign.reference.fields[0]!]));
        for (const row of tables.get(resource.name)!) expect(targets.has(row[foreign.fields[0]!]!)).toBe(true);
      }
    }
  });

  function parses(type: string, value: string): boolean {
    if (type === 'integer') return /^-?\d+$/.test(value);
    if (type === 'number') return /^-?\d+(\.\d+)?$/.test(value);
    if (type === 'boolean') return value === 'true' || value === 'false';
    return true;
  }
});

describe('spending', () => {
  it('sums, over its top rows by 类, to each document\'s expenditure total exactly', async () => {
    const { rows: documents } = await csv('documents.csv');
    const { rows: spending } = await csv('spending.csv');
    for (const doc of documents) {
      const top = spending.filter((row) => row.doc_id === doc.doc_id && row.classification === 'function' && row.measure === 'total' && row.top === 'true');
      expect(top.length, doc.source!).toBeGreaterThan(0);
      const byClass = new Map<string, Decimal>();
      for (const row of top) byClass.set(row.class_code!, (byClass.get(row.class_code!) ?? new Decimal(0)).plus(row.amount_yuan!));
      const total = [...byClass.values()].reduce((sum, amount) => sum.plus(amount), new Decimal(0));
      expect(total.toFixed(2), doc.source!).toBe(doc.expenditure_total);
    }
  });

  it('gives every budget line a unique line_id, and spending points at real lines', async () => {
    const { rows: lines } = await csv('budget_lines.csv');
    const ids = new Set(lines.map((line) => line.line_id));
    expect(ids.size).toBe(lines.length);
    const { rows: spending } = await csv('spending.csv');
    for (const row of spending) expect(row.basis === 'remainder' ? row.line_id === null : ids.has(row.line_id)).toBe(true);
  });
});
