export { writeDataset, MANIFEST_FILE, type DatasetWriteResult } from './write-dataset.ts';
export { readDataset, readCsvTable, type Dataset } from './read-dataset.ts';
export { datasetColumns, CONTRACT_COLUMNS, TABLE_NAMES, TABLE_SCHEMAS, type TableName } from './tables.ts';
export { SCHEMA_VERSION, type Manifest } from './manifest.ts';
export { recordJsonSchemas, RECORD_TYPES } from './json-schemas.ts';
export { parseCsv, csvToRecords } from './csv-parse.ts';
export { DatasetValidationError } from './errors.ts';
export type { DatasetInput, DatasetRun } from './run.ts';
export { writeFileAtomic } from './atomic-write.ts';
