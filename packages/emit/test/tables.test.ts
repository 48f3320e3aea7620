import { describe, expect, it } from 'vitest';
import { CONTRACT_COLUMNS, TABLE_NAMES, TABLE_SCHEMAS, datasetColumns } from '../src/index.ts';

describe('datasetColumns', () => {
  it('names only fields the model has: a renamed field breaks this test, not a downstream loader', () => {
    for (const table of TABLE_NAMES) {
      const fields = Object.keys(TABLE_SCHEMAS[table].shape);
      for (const column of datasetColumns[table]) expect(fields).toContain(column);
      expect(datasetColumns[table].slice(0, CONTRACT_COLUMNS[table].length)).toEqual(CONTRACT_COLUMNS[table]);
    }
  });

  it('lists extension columns after the contract and keeps provenance out of the CSV', () => {
    // Extensions in the order the model lists them; the analysts' keys (issue 13) last.
    expect(datasetColumns.documents.slice(-3)).toEqual(['table_kinds', 'conversion', 'department_key']);
    expect(datasetColumns.budget_lines.at(-1)).toBe('line_id');
    for (const table of TABLE_NAMES) expect(datasetColumns[table]).not.toContain('provenance');
  });
});
