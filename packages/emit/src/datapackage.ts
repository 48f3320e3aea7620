/**
 * datapackage.json (Frictionless Data Package, v1 profile tabular-data-package): one resource
 * per CSV with its fields, types, units and keys, so tools that know the standard load and
 * check the dataset without our docs. Types come from field-types.ts; decimals are Table
 * Schema `number` (exact text with two decimals; `unit` says 元).
 */
import { dataFiles, type Field } from './field-types.ts';
import { DUCKDB_FILE } from './typed-outputs.ts';

/** Row keys per file; files without a key that holds over every run have none. */
export const PRIMARY_KEYS: Record<string, string[]> = {
  documents: ['doc_id'],
  budget_lines: ['line_id'],
  spending: ['doc_id', 'classification', 'code', 'measure'],
};

const TABLE_SCHEMA_TYPES: Record<Field['type'], string> = {
  decimal: 'number',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  string: 'string',
};

export interface DataPackageOptions {
  toolVersion: string;
  createdAt: Date;
  /** Which typed copies exist beside each CSV. */
  parquet: boolean;
  duckdb: boolean;
  jsonl: boolean;
}

export function buildDataPackage(options: DataPackageOptions): Record<string, unknown> {
  const resources = dataFiles().map((file) => {
    const alternates = [
      ...(options.jsonl ? [`${file.name}.jsonl`] : []),
      ...(options.parquet ? [`${file.name}.parquet`] : []),
      ...(options.duckdb ? [`${DUCKDB_FILE} (table ${file.name})`] : []),
    ];
    const schema: Record<string, unknown> = {
      fields: file.fields.map(tableSchemaField),
      missingValues: [''],
    };
    if (PRIMARY_KEYS[file.name]) schema.primaryKey = PRIMARY_KEYS[file.name];
    if (file.name !== 'documents' && file.fields.some((field) => field.name === 'doc_id')) {
      schema.foreignKeys = [{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }];
    }
    return {
      name: file.name,
      path: `${file.name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true },
      schema,
      // Not part of the standard: the same rows in other formats (docs/DATASET.md).
      'x-alternates': alternates,
    };
  });
  return {
    profile: 'tabular-data-package',
    name: 'budget-disclosures',
    title: 'Chinese government budget disclosures (部门预算 / 部门决算) as tables',
    description: 'Made by budget-pipeline; README.md in this folder says what each file holds. Amounts are in 元 with two decimals.',
    version: options.toolVersion,
    created: options.createdAt.toISOString(),
    licenses: [{ name: 'other-pd', title: 'Government disclosures; check the source documents\' terms' }],
    resources,
  };
}

function tableSchemaField(field: Field): Record<string, unknown> {
  const out: Record<string, unknown> = { name: field.name, type: TABLE_SCHEMA_TYPES[field.type] };
  if (field.description) out.description = field.description;
  if (field.type === 'decimal') {
    out.unit = '元';
    out.description = [field.description, 'Amount in 元 (CNY), exactly two decimals; DECIMAL(38,2) in Parquet/DuckDB.'].filter(Boolean).join(' ');
  }
  if (field.type === 'boolean') Object.assign(out, { trueValues: ['true'], falseValues: ['false'] });
  // A CSV cannot tell an empty string from null (both are the empty cell, our missingValue),
  // so only non-text fields are marked required.
  if (!field.nullable && field.type !== 'string') out.constraints = { required: true };
  return out;
}
