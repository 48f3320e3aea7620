/**
 * The type of every column of every data file, read from the zod schemas (through their JSON
 * Schema), so the Parquet/DuckDB types and datapackage.json cannot drift from the model:
 * amounts (the Yuan pattern) are decimals, zod ints integers, booleans booleans.
 */
import { z } from 'zod';
import { CoverageRow, COVERAGE_COLUMNS, COVERAGE_FILE } from './coverage.ts';
import { SPENDING_COLUMNS, SPENDING_FILE, SpendingRow } from './spending.ts';
import { datasetColumns, TABLE_NAMES, TABLE_SCHEMAS } from './tables.ts';

export type FieldType = 'decimal' | 'integer' | 'number' | 'boolean' | 'string';

export interface Field {
  name: string;
  type: FieldType;
  /** Whether the value may be missing (empty in the CSV). */
  nullable: boolean;
  description?: string;
}

/** Every data file (CSV/JSONL/Parquet/DuckDB table) by its base name, with its columns in CSV order. */
export function dataFiles(): { name: string; fields: Field[] }[] {
  const files = TABLE_NAMES.map((table) => ({ name: table as string, fields: fieldsOf(TABLE_SCHEMAS[table], datasetColumns[table]) }));
  files.push({ name: SPENDING_FILE, fields: fieldsOf(SpendingRow, SPENDING_COLUMNS) });
  files.push({ name: COVERAGE_FILE, fields: fieldsOf(CoverageRow, COVERAGE_COLUMNS) });
  return files;
}

function fieldsOf(schema: z.ZodObject, columns: readonly string[]): Field[] {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as {
    properties: Record<string, JsonProperty>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  return columns.map((name) => {
    const property = json.properties[name];
    if (!property) throw new Error(`column ${name} is not in its schema`);
    const variants = (property.anyOf ?? [property]).flatMap((variant) =>
      Array.isArray(variant.type) ? variant.type.map((type) => ({ ...variant, type })) : [variant],
    );
    const value = variants.find((variant) => variant.type !== 'null') ?? {};
    const nullable = !required.has(name) || variants.some((variant) => variant.type === 'null');
    const field: Field = { name, type: typeOf(value), nullable };
    if (property.description) field.description = property.description;
    return field;
  });
}

interface JsonProperty {
  type?: string | string[];
  pattern?: string;
  anyOf?: JsonProperty[];
  description?: string;
}

function typeOf(property: JsonProperty): FieldType {
  if (property.type === 'string' && property.pattern === '^-?\\d+\\.\\d{2}$') return 'decimal';
  if (property.type === 'integer') return 'integer';
  if (property.type === 'number') return 'number';
  if (property.type === 'boolean') return 'boolean';
  return 'string';
}
