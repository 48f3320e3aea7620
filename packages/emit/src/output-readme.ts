/** README.md written into every dataset folder: what is here and how to load it, in a page. */
import { AUTHORITATIVE_TABLES } from './spending.ts';
import { DUCKDB_FILE, DUCKDB_VIEWS } from './typed-outputs.ts';

export function datasetReadme(formats: { csv: boolean; jsonl: boolean; parquet: boolean; duckdb: boolean }, counts: Record<string, number>): string {
  const rows = (name: string) => counts[`${name}.csv`] ?? counts[`${name}.jsonl`] ?? counts[`${name}.parquet`] ?? '?';
  const lines = [
    '# Budget disclosures dataset',
    '',
    'Chinese government budget disclosures (部门预算 / 部门决算) turned into tables by budget-pipeline.',
    'The full data dictionary is docs/DATASET.md in the project; `datapackage.json` here describes every',
    'CSV (fields, types, units, keys) in the Frictionless Data Package standard, and `schema/` holds a JSON',
    'Schema per record type. `manifest.json` lists every file with its sha256 and the run\'s inputs.',
    '',
    '| file | rows | one row is |',
    '|---|---|---|',
    `| documents | ${rows('documents')} | a source document; \`department_key\` links a department across years |`,
    `| budget_lines | ${rows('budget_lines')} | an amount printed in a budget table; \`line_id\` is its key |`,
    `| spending | ${rows('spending')} | one figure per document × classification × code × measure (sum this, not budget_lines) |`,
    `| projects | ${rows('projects')} | a project |`,
    `| indicators | ${rows('indicators')} | a performance indicator |`,
    `| findings | ${rows('findings')} | a check or repair that is not a plain pass |`,
    `| coverage | ${rows('coverage')} | something the documents printed that the run did not understand |`,
    '',
    'Formats written: ' + Object.entries(formats).filter(([, on]) => on).map(([name]) => name).join(', ') + '.',
    'Amounts (`*_yuan`, `*_total`) are 元 with two decimals: text in CSV/JSONL, DECIMAL(38,2) in Parquet and DuckDB.',
    '',
    '## Which table to sum',
    '',
    'A document prints the same amount in several tables. `spending` keeps one: per classification, the first',
    'table kind in this order that printed coded lines of that measure:',
    '',
    ...Object.entries(AUTHORITATIVE_TABLES).map(([classification, tables]) => `- ${classification}: ${tables.join(' → ')}`),
    '',
    'Sum `spending` rows with `top` to get a document\'s total once. A row with `basis = \'remainder\'` (empty code)',
    'carries the part of the document\'s 支出总计 that its table by function does not show (other funds).',
    '',
  ];
  if (formats.duckdb) {
    lines.push(
      `## ${DUCKDB_FILE}`,
      '',
      'Tables of the same names as the CSVs. `table` and `row` are reserved words in DuckDB: write `"table"` and `"row"`,',
      'or use the views, which rename them:',
      '',
      ...Object.entries(DUCKDB_VIEWS).map(([name, view]) => `- \`${name}\`: ${view.description}`),
      '',
      '```sql',
      `-- duckdb ${DUCKDB_FILE}`,
      "SELECT doc_id, sum(amount_yuan) FROM spending WHERE classification = 'function' AND top AND measure = 'total' GROUP BY doc_id;",
      '```',
      '',
    );
  }
  if (formats.parquet) {
    lines.push(
      '## Parquet in pandas',
      '',
      '```python',
      'import pandas as pd',
      "lines = pd.read_parquet('budget_lines.parquet')   # amount_yuan holds decimal.Decimal",
      '```',
      '',
    );
  }
  return lines.join('\n');
}
