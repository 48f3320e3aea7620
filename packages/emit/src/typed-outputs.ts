/**
 * Typed copies of the CSVs for analysts: <name>.parquet per data file and dataset.duckdb with
 * those tables and the views of docs/DATASET.md (lines, spending_by_document, panel). DuckDB
 * reads each CSV with the column types of field-types.ts (amounts DECIMAL(38,2), integers
 * INTEGER, booleans BOOLEAN), so every reader gets exact decimals without being told.
 */
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { removeIfPresent } from './atomic-write.ts';
import { dataFiles, type FieldType } from './field-types.ts';

export const DUCKDB_FILE = 'dataset.duckdb';

/** DuckDB's memory while it builds the typed copies (its default is 80% of the machine's). */
const DUCKDB_MEMORY_LIMIT = '256MB';

const SQL_TYPES: Record<FieldType, string> = {
  // 38 digits: the model's amounts have no length bound, and 18 digits overflow on a 10^16 元 figure.
  decimal: 'DECIMAL(38,2)',
  integer: 'INTEGER',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  string: 'VARCHAR',
};

/**
 * Views over the tables. `table` and `row` are reserved words in DuckDB: the tables keep the
 * CSV's names (quote them: "table", "row"); the views rename them to table_kind and row_index.
 */
export const DUCKDB_VIEWS: Record<string, { sql: string; description: string }> = {
  lines: {
    description: 'budget_lines with "table" renamed table_kind and "row" row_index, and the document\'s year, kind and department_key.',
    sql: `SELECT l.* EXCLUDE ("table", "row"), l."table" AS table_kind, l."row" AS row_index,
            d.year, d.kind, d.department_key, d.region_code
          FROM budget_lines l JOIN documents d USING (doc_id)`,
  },
  spending_by_document: {
    description: 'spending with the document\'s department_key, department, region_code, year and kind.',
    sql: `SELECT d.department_key, d.department, d.region_code, d.year, d.kind, s.*
          FROM spending s JOIN documents d USING (doc_id)`,
  },
  panel: {
    description:
      'One row per department_key × year × kind × classification × code × measure: where two documents of a run cover the same department and year, the one with more spending rows (then the smaller doc_id).',
    sql: `WITH per_doc AS (
            SELECT doc_id, count(*) AS n FROM spending GROUP BY doc_id
          ), chosen AS (
            SELECT d.doc_id FROM documents d JOIN per_doc USING (doc_id)
            WHERE d.department_key IS NOT NULL AND d.year IS NOT NULL
            QUALIFY row_number() OVER (PARTITION BY d.department_key, d.year, d.kind ORDER BY per_doc.n DESC, d.doc_id) = 1
          )
          SELECT d.department_key, d.year, d.kind, s.classification, s.code, s.level, s.name, s.measure, s.amount_yuan,
                 d.department, d.region_code, s.doc_id, s.source_table, s.line_id
          FROM spending s JOIN chosen USING (doc_id) JOIN documents d USING (doc_id)`,
  },
};

/** Writes the chosen typed formats from the CSVs in csvDir into outDir; returns the paths written (relative). */
export async function writeTypedOutputs(
  csvDir: string,
  outDir: string,
  formats: { parquet: boolean; duckdb: boolean },
): Promise<string[]> {
  const written: string[] = [];
  const dbTemp = join(outDir, `.${DUCKDB_FILE}.tmp`);
  await removeIfPresent(dbTemp);
  await removeIfPresent(`${dbTemp}.wal`);
  // DuckDB would otherwise keep up to 80% of the machine's memory of buffers while it loads a
  // big run's CSVs; past this limit it spills to the scratch folder (removed below). Neither
  // changes what is written.
  const spill = join(outDir, `.${DUCKDB_FILE}.spill`);
  await rm(spill, { recursive: true, force: true });
  // Loaded here, not at start-up: a run that writes no typed outputs never pays for DuckDB's native library.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(formats.duckdb ? dbTemp : ':memory:', { memory_limit: DUCKDB_MEMORY_LIMIT, temp_directory: spill });
  const connection = await instance.connect();
  try {
    for (const file of dataFiles()) {
      const columns = file.fields.map((field) => `${quoteString(field.name)}: ${quoteString(SQL_TYPES[field.type])}`).join(', ');
      await connection.run(
        `CREATE TABLE ${quoteIdentifier(file.name)} AS SELECT * FROM read_csv(${quoteString(join(csvDir, `${file.name}.csv`))},
           header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = '', columns = {${columns}})`,
      );
      if (formats.parquet) {
        const target = `${file.name}.parquet`;
        const temp = join(outDir, `.${target}.tmp`);
        await connection.run(`COPY ${quoteIdentifier(file.name)} TO ${quoteString(temp)} (FORMAT parquet, COMPRESSION zstd)`);
        await rename(temp, join(outDir, target));
        written.push(target);
      }
    }
    if (formats.duckdb) {
      for (const [name, view] of Object.entries(DUCKDB_VIEWS)) await connection.run(`CREATE VIEW ${quoteIdentifier(name)} AS ${view.sql}`);
      await connection.run('CHECKPOINT');
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(spill, { recursive: true, force: true });
  }
  if (formats.duckdb) {
    await rename(dbTemp, join(outDir, DUCKDB_FILE));
    written.push(DUCKDB_FILE);
  }
  return written;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
